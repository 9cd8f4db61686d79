package dk.samspil.plans;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import dk.samspil.Race;
import dk.samspil.SamspilTest;
import dk.samspil.Visitors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SamspilTest
class PlanPagesTest {

	static final String[] SEVEN = { "0530", "0607", "0510", "0621", "0410", "0575", "0630" };

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theSecretariatWritesAPlanAndANewVersionShowsWhatChanged() throws Exception {
		long id = createPlan();
		assertThat(page("/plans/" + id + "/versions/1", Visitors.MEMBER)).contains("Vand som ressource")
			.contains("id=\"vand-som-ressource\"");
		String location = mvc
			.perform(post("/plans/" + id + "/versions").with(csrf())
				.with(Visitors.as(users, Visitors.SECRETARIAT))
				.param("note", "Efter høringen")
				.param("basedOn", "1")
				.param("text",
						"# Vision\nÉn region.\n# Vand som ressource\nDrikkevand først, og teknisk vand til PtX.\n"
								+ "# Natur\nNy."))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).endsWith("/plans/" + id + "/versions/2/compare");
		String compare = page(location, Visitors.MEMBER);
		assertThat(compare).contains("2 afsnit er ændret, tilføjet eller fjernet")
			.containsSubsequence("Vand som ressource", "Ændret", "Før", "Drikkevand først", "Natur", "Nyt");
	}

	@Test
	void aPlanForAGroupThatDoesNotExistIsRefusedBesideTheGroupWithWhatWasTypedKept() throws Exception {
		String page = mvc
			.perform(post("/plans").with(csrf())
				.with(Visitors.as(users, Visitors.SECRETARIAT))
				.param("title", "Plan uden gruppe")
				.param("text", "# Vision\nTeksten bliver.")
				.param("ownerGroup", "999999999"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Vælg en af grupperne på listen.", "value=\"Plan uden gruppe\"", "Teksten bliver.");
		assertThat(
				jdbc.sql("select count(*) from plans_plan where title = 'Plan uden gruppe'").query(Long.class).single())
			.isZero();
	}

	@Test
	void aVersionWrittenOverAnOlderOneIsRefusedWithWhatWasTypedKeptAndTheNewerOneNamed() throws Exception {
		long id = createPlan();
		mvc.perform(newVersion(id, 1, "# Vision\nFørst gemt.")).andExpect(status().is3xxRedirection());
		String page = mvc.perform(newVersion(id, 1, "# Vision\nSkrevet imens."))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("men en kollega har gemt version 2 imens. Intet er gemt")
			.contains("Skrevet imens.")
			.contains("/plans/" + id + "/versions/2/compare");
		assertThat(jdbc.sql("select count(*) from plans_version where plan_id = ?")
			.param(id)
			.query(Integer.class)
			.single()).isEqualTo(2);
	}

	@Test
	void twoVersionsSavedAtOnceOverTheSameVersionKeepOneAndTellTheOther() throws Exception {
		long id = createPlan();
		var outcomes = Race.twoAtOnce(
				() -> mvc.perform(newVersion(id, 1, "# Vision\nA.")).andReturn().getResponse().getStatus(),
				() -> mvc.perform(newVersion(id, 1, "# Vision\nB.")).andReturn().getResponse().getStatus());
		assertThat(outcomes).extracting(Race.Outcome::value).containsExactlyInAnyOrder(302, 200);
		assertThat(jdbc.sql("select count(*) from plans_version where plan_id = ?")
			.param(id)
			.query(Integer.class)
			.single()).isEqualTo(2);
	}

	private MockHttpServletRequestBuilder newVersion(long plan, int basedOn, String text) {
		return post("/plans/" + plan + "/versions").with(csrf())
			.with(Visitors.as(users, Visitors.SECRETARIAT))
			.param("basedOn", String.valueOf(basedOn))
			.param("text", text);
	}

	@Test
	void aProgramOrAPageNamedAsMarkdownIsRefusedBesideTheFieldWithTheTitleKept() throws Exception {
		byte[] program = "MZ\u0090\0\u0003\0 This program cannot be run in DOS mode"
			.getBytes(StandardCharsets.ISO_8859_1);
		Document danish = Jsoup.parse(refusedPlan("plan.md", program, "da"));
		assertThat(danish.select("#file-error").text())
			.isEqualTo("Filen plan.md er ikke en Markdown- eller tekstfil. Resten af formularen er bevaret.");
		assertThat(danish.select("#file").attr("aria-invalid")).isEqualTo("true");
		assertThat(danish.select("#title").val()).isEqualTo("Plan fra fil");

		byte[] page = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
		assertThat(Jsoup.parse(refusedPlan("plan.md", page, "en")).select("#file-error").text())
			.isEqualTo("The file plan.md is not a Markdown or text file. The rest of the form is kept.");

		long id = createPlan();
		Document version = Jsoup.parse(mvc
			.perform(multipart("/plans/" + id + "/versions")
				.file(new MockMultipartFile("file", "ny.md", "text/markdown", page))
				.param("basedOn", "1")
				.param("note", "Fra fil")
				.param("text", "")
				.with(csrf())
				.with(Visitors.as(users, Visitors.SECRETARIAT)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(version.select("#vfile-error").text())
			.startsWith("Filen ny.md er ikke en Markdown- eller tekstfil.");
		assertThat(version.select("#note").val()).isEqualTo("Fra fil");
		assertThat(page("/plans/" + id, Visitors.MEMBER)).doesNotContain("Fra fil");
	}

	@Test
	void aPlanTextOverTheLimitIsRefusedBesideTheField() throws Exception {
		byte[] large = "# Afsnit\nTekst.\n".repeat(2 * 1024 * 1024 / 16 + 1).getBytes(StandardCharsets.UTF_8);
		assertThat(Jsoup.parse(refusedPlan("plan.md", large, "da")).select("#file-error").text())
			.isEqualTo("Filen plan.md er for stor; en plantekst må højst fylde 2 MB. Resten af formularen er bevaret.");
	}

	private String refusedPlan(String filename, byte[] content, String language) throws Exception {
		return mvc
			.perform(multipart("/plans").file(new MockMultipartFile("file", filename, "text/markdown", content))
				.param("title", "Plan fra fil")
				.param("text", "")
				.param("lang", language)
				.with(csrf())
				.with(Visitors.as(users, Visitors.SECRETARIAT)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void aPlanIsImportedFromAMarkdownFileAndNoTextAtAllIsRefused() throws Exception {
		String location = mvc
			.perform(multipart("/plans")
				.file(new MockMultipartFile("file", "plan.md", "text/markdown",
						"# Importeret afsnit\nFra en fil.".getBytes(StandardCharsets.UTF_8)))
				.param("title", "Importeret plan")
				.param("text", "")
				.with(csrf())
				.with(Visitors.as(users, Visitors.SECRETARIAT)))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(page(location + "/versions/1", Visitors.MEMBER)).contains("id=\"importeret-afsnit\"")
			.contains("Fra en fil.");
		assertThat(mvc
			.perform(post("/plans").with(csrf())
				.with(Visitors.as(users, Visitors.SECRETARIAT))
				.param("title", "Tom")
				.param("text", " "))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("Skal udfyldes.");
	}

	@Test
	void aFiftyFiveDayConsultationIsRefusedWithTheParagraphNamed() throws Exception {
		long id = createPlan();
		LocalDate start = LocalDate.now().plusDays(3);
		String page = mvc
			.perform(post("/plans/" + id + "/versions/1/consultation").with(csrf())
				.with(Visitors.as(users, Visitors.SECRETARIAT))
				.param("startsOn", start.toString())
				.param("endsOn", start.plusDays(55).toString()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Planloven § 24 kræver en høringsperiode på mindst 8 uger; 55 dage er for kort.");
		assertThat(page("/plans/" + id, Visitors.SECRETARIAT)).doesNotContain("/processing/");
		mvc.perform(post("/plans/" + id + "/versions/1/consultation").with(csrf())
			.with(Visitors.as(users, Visitors.SECRETARIAT))
			.param("startsOn", start.toString())
			.param("endsOn", start.plusWeeks(8).toString())).andExpect(status().is3xxRedirection());
		assertThat(page("/plans/" + id, Visitors.SECRETARIAT)).contains("/processing/").contains("ingen svar");
	}

	@Test
	void vejlesCouncilSecretaryCannotRecordKoldingsDecision() throws Exception {
		long id = createPlan();
		mvc.perform(step(id, "vejle.byraad", "0621", "COUNCIL", "ADOPTS")).andExpect(status().isForbidden());
		mvc.perform(step(id, Visitors.MEMBER, "0630", "COUNCIL", "ADOPTS")).andExpect(status().isForbidden());
		mvc.perform(step(id, "vejle.byraad", "0630", "SUBJECT_COMMITTEE", "RECOMMENDS").param("dissent",
				"Et mindretal ønsker <b>mere</b> natur."))
			.andExpect(status().is3xxRedirection());
		String page = page("/plans/" + id, "vejle.byraad");
		assertThat(page).contains("indstiller version 1")
			.contains("Et mindretal ønsker &lt;b&gt;mere&lt;/b&gt; natur.");
		assertThat(page).containsOnlyOnce("<option value=\"0630\"");
		assertThat(page("/plans/" + id + "/audit", Visitors.SECRETARIAT)).contains("Byrådssekretær Vejle")
			.contains("Behandling registreret")
			.contains("Vejle · Fagudvalg · version 1 · indstiller · ")
			.contains(" kl. ")
			.doesNotContain("SUBJECT_COMMITTEE")
			.doesNotContain("RECOMMENDS")
			.doesNotContain(">" + LocalDate.now().getYear() + "-");
		assertThat(page("/plans/" + id + "/audit?lang=en", Visitors.SECRETARIAT))
			.contains("Vejle · Subject committee · version 1 · recommends · ");
	}

	@Test
	void adoptionWaitsForTheSeventhCouncilAndForObjectionsToBeLifted() throws Exception {
		long id = createPlanAfterConsultation();
		mvc.perform(post("/plans/" + id + "/objections").with(csrf())
			.with(Visitors.as(users, Visitors.SECRETARIAT))
			.param("paragraph", "P29")
			.param("raisedBy", "Erhvervsstyrelsen")
			.param("raisedOn", LocalDate.now().toString())).andExpect(status().is3xxRedirection());
		for (int i = 0; i < 6; i++) {
			mvc.perform(step(id, Visitors.SECRETARIAT, SEVEN[i], "COUNCIL", "ADOPTS"))
				.andExpect(status().is3xxRedirection());
		}
		assertThat(page("/plans/" + id, Visitors.MEMBER)).contains("6 af 7 byråd har vedtaget")
			.doesNotContain("Endeligt vedtaget");
		mvc.perform(step(id, Visitors.SECRETARIAT, SEVEN[6], "COUNCIL", "ADOPTS"));
		assertThat(page("/plans/" + id, Visitors.MEMBER)).contains("7 af 7 byråd har vedtaget")
			.contains("Vedtagelsen venter på, at en indsigelse ophæves.");
		String objection = page("/plans/" + id, Visitors.SECRETARIAT).replaceAll("(?s).*/objections/(\\d+)/lift.*",
				"$1");
		mvc.perform(post("/plans/" + id + "/objections/" + objection + "/lift").with(csrf())
			.with(Visitors.as(users, Visitors.SECRETARIAT))).andExpect(status().is3xxRedirection());
		assertThat(page("/plans/" + id, Visitors.MEMBER)).contains("Endeligt vedtaget.");
		assertThat(page("/plans/" + id + "/audit", Visitors.MEMBER)).contains("Indsigelse ophævet")
			.contains("Endeligt vedtaget");
	}

	@Test
	void adoptsWithChangesDivergesUntilTheSecretariatReconciles() throws Exception {
		long id = createPlanAfterConsultation();
		for (int i = 0; i < 7; i++) {
			mvc.perform(step(id, Visitors.SECRETARIAT, SEVEN[i], "COUNCIL", i == 3 ? "ADOPTS_WITH_CHANGES" : "ADOPTS"));
		}
		assertThat(page("/plans/" + id, Visitors.SECRETARIAT)).contains("Byrådene har ikke vedtaget den samme version.")
			.contains("Kolding har vedtaget version 1 med ændringer")
			.contains("Billund, Fredericia, Haderslev, Middelfart, Vejen, Vejle har vedtaget version 1.")
			.contains("Markér versionerne som afstemt");
		mvc.perform(post("/plans/" + id + "/reconcile").with(csrf()).with(Visitors.as(users, Visitors.SECRETARIAT)));
		assertThat(page("/plans/" + id, Visitors.SECRETARIAT)).contains("Endeligt vedtaget.");
	}

	@Test
	void aStepCannotBeDatedInTheFutureAndOnlyTheCouncilAdopts() throws Exception {
		long id = createPlanAfterConsultation();
		String future = mvc
			.perform(step(id, "vejle.byraad", "0630", "SUBJECT_COMMITTEE", "RECOMMENDS", 1,
					LocalDate.now().plusDays(14)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(future).contains("Mødedatoen ligger i fremtiden.");
		String committee = mvc.perform(step(id, "vejle.byraad", "0630", "FINANCE_COMMITTEE", "ADOPTS"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(committee).contains("Kun byrådet vedtager planen");
		assertThat(page("/plans/" + id, Visitors.MEMBER)).contains("Ingen kommune har behandlet planen endnu.");
	}

	@Test
	void noCouncilAdoptsWhileTheConsultationIsOpenOrBeforeThereWasOne() throws Exception {
		long none = createPlan();
		assertThat(refusal(none, "0630")).contains("Version 1 kan ikke vedtages endeligt: planen har ikke været i "
				+ "offentlig høring (Planloven § 24).");
		long open = createPlan();
		consultation(open, LocalDate.now().minusWeeks(2), LocalDate.now().plusWeeks(6));
		String refused = refusal(open, "0630");
		assertThat(refused)
			.contains("Version 1 kan ikke vedtages endeligt, før høringen er slut; fristen for " + "høringssvar er "
					+ LocalDate.now().plusWeeks(6).getDayOfMonth() + ". ")
			.doesNotContain(LocalDate.now().plusWeeks(6).toString());
		assertThat(mvc.perform(step(open, Visitors.SECRETARIAT, "0630", "COUNCIL", "ADOPTS").param("lang", "en"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString())
			.contains("responses are due by "
					+ DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).format(LocalDate.now().plusWeeks(6)));
		assertThat(page("/plans/" + open, Visitors.MEMBER)).contains("0 af 7 byråd har vedtaget")
			.contains("Ikke endnu: høringen slutter");
	}

	@Test
	void unprocessedResponsesHoldAdoptionUntilTheSecretariatDecidesToGoOn() throws Exception {
		long id = createPlanAfterConsultation();
		long consultation = jdbc.sql("""
				select c.id from consultations_consultation c join plans_version v on v.id = c.subject_id
				where c.subject_kind = 'plan-version' and v.plan_id = ?""").param(id).query(Long.class).single();
		jdbc.sql(
				"""
						insert into consultations_response (consultation_id, receipt, form_token, withdraw_token, whole_document,
						  body) values (?, 'T-' || ?, 'form-' || ?, 'withdraw-' || ?, true, 'Mere natur')""")
			.params(consultation, consultation, consultation, consultation)
			.update();
		assertThat(refusal(id, "0630")).contains("1 høringssvar er ikke færdigbehandlet");
		assertThat(page("/plans/" + id, Visitors.SECRETARIAT)).contains("Ikke endnu: 1 høringssvar er ikke");
		mvc.perform(post("/plans/" + id + "/versions/1/proceed").with(csrf())
			.with(Visitors.as(users, "vejle.byraad"))
			.param("reason", "Nej")).andExpect(status().isForbidden());
		assertThat(mvc
			.perform(post("/plans/" + id + "/versions/1/proceed").with(csrf())
				.with(Visitors.as(users, Visitors.SECRETARIAT))
				.param("reason", " "))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("Skal udfyldes.");
		mvc.perform(post("/plans/" + id + "/versions/1/proceed").with(csrf())
			.with(Visitors.as(users, Visitors.SECRETARIAT))
			.param("reason", "Svaret gentager et svar, der er behandlet")).andExpect(status().is3xxRedirection());
		mvc.perform(step(id, "vejle.byraad", "0630", "COUNCIL", "ADOPTS")).andExpect(status().is3xxRedirection());
		assertThat(page("/plans/" + id, Visitors.MEMBER)).contains("1 af 7 byråd har vedtaget");
		assertThat(page("/plans/" + id + "/audit", Visitors.MEMBER))
			.contains("Svaret gentager et svar, der er behandlet");
	}

	@Test
	void aCouncilSecretaryCorrectsAndWithdrawsAStepWithAReasonKeptInTheLog() throws Exception {
		long id = createPlanAfterConsultation();
		mvc.perform(step(id, "vejle.byraad", "0630", "COUNCIL", "ADOPTS")).andExpect(status().is3xxRedirection());
		long stepId = jdbc.sql("""
				select s.id from plans_step s join plans_version v on v.id = s.version_id where v.plan_id = ?""")
			.param(id)
			.query(Long.class)
			.single();
		mvc.perform(post("/plans/" + id + "/steps/" + stepId + "/withdraw").with(csrf())
			.with(Visitors.as(users, "kolding.byraad"))
			.param("reason", "Ikke min")).andExpect(status().isForbidden());
		mvc.perform(post("/plans/" + id + "/steps/" + stepId + "/correct").with(csrf())
			.with(Visitors.as(users, "vejle.byraad"))
			.param("meetingDate", LocalDate.now().minusDays(2).toString())
			.param("decision", "POSTPONES")
			.param("reason", "Byrådet udsatte punktet")).andExpect(status().is3xxRedirection());
		assertThat(page("/plans/" + id, Visitors.MEMBER)).contains("0 af 7 byråd har vedtaget")
			.contains("udsætter version 1");
		String noReason = mvc
			.perform(post("/plans/" + id + "/steps/" + stepId + "/withdraw").with(csrf())
				.with(Visitors.as(users, "vejle.byraad"))
				.param("reason", ""))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getFlashMap()
			.get("refused")
			.toString();
		assertThat(noReason).contains("Skriv en begrundelse");
		mvc.perform(post("/plans/" + id + "/steps/" + stepId + "/withdraw").with(csrf())
			.with(Visitors.as(users, "vejle.byraad"))
			.param("reason", "Registreret på den forkerte plan")).andExpect(status().is3xxRedirection());
		assertThat(page("/plans/" + id, Visitors.MEMBER)).contains("Ingen kommune har behandlet planen endnu.");
		assertThat(page("/plans/" + id + "/audit", Visitors.MEMBER)).contains("Behandling rettet")
			.contains("Byrådet udsatte punktet")
			.contains("Behandling tilbagekaldt")
			.contains("Registreret på den forkerte plan");
	}

	@Test
	void councilsThatAdoptDifferentVersionsAreNamedWithTheirVersions() throws Exception {
		long id = createPlanAfterConsultation();
		mvc.perform(post("/plans/" + id + "/versions").with(csrf())
			.with(Visitors.as(users, Visitors.SECRETARIAT))
			.param("basedOn", "1")
			.param("text", "# Vision\nTo regioner.")).andExpect(status().is3xxRedirection());
		mvc.perform(step(id, "vejle.byraad", "0630", "COUNCIL", "ADOPTS")).andExpect(status().is3xxRedirection());
		mvc.perform(step(id, "kolding.byraad", "0621", "COUNCIL", "ADOPTS", 2, LocalDate.now().minusDays(1)))
			.andExpect(status().is3xxRedirection());
		assertThat(page("/plans/" + id, Visitors.MEMBER)).contains("Byrådene har ikke vedtaget den samme version.")
			.contains("Vejle har vedtaget version 1.")
			.contains("Kolding har vedtaget version 2.")
			.doesNotContain("med ændringer")
			.doesNotContain("Markér versionerne som afstemt");
		assertThat(page("/plans/" + id + "?lang=en", Visitors.MEMBER)).contains("Kolding adopted version 2.")
			.contains("one shared timeline");
	}

	@Test
	void theTextBeforeThePlansFirstHeadingIsCalledIntroductionOnEnglishPages() throws Exception {
		long id = createPlan("Plan med indledning", "Planen gælder for syv kommuner.\n# Vision\nÉn region.");
		consultation(id, LocalDate.now(), LocalDate.now().plusWeeks(8));
		long consultation = jdbc.sql("""
				select c.id from consultations_consultation c join plans_version v on v.id = c.subject_id
				where c.subject_kind = 'plan-version' and v.plan_id = ?""").param(id).query(Long.class).single();

		Document version = Jsoup.parse(page("/plans/" + id + "/versions/1?lang=en", Visitors.MEMBER));
		assertThat(version.select("nav.toc li").eachText()).containsExactly("Introduction", "1 Vision");
		assertThat(version.select("#h-indledning").text()).isEqualTo("Introduction");
		// no empty number, nor the space after one, in front of the name
		assertThat(version.select("#h-indledning").html()).isEqualTo("<span>Introduction</span>");
		Document visitor = Jsoup.parse(mvc.perform(get("/consultations/" + consultation + "?lang=en"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(visitor.select("nav.toc li").eachText()).containsExactly("Introduction", "1 Vision");
		assertThat(visitor.select("#h-indledning").text()).isEqualTo("Introduction");
		assertThat(visitor.select("#h-indledning").html()).isEqualTo("<span>Introduction</span>");
		assertThat(visitor.select("#indledning a").text()).isEqualTo("Respond to the section “Introduction”");
		Document form = Jsoup.parse(mvc.perform(get("/consultations/" + consultation + "/respond?lang=en"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(form.select(".choice label").eachText()).containsExactly("Introduction", "1 Vision");
		Document danish = Jsoup.parse(page("/plans/" + id + "/versions/1?lang=da", Visitors.MEMBER));
		assertThat(danish.select("nav.toc li").eachText()).containsExactly("Indledning", "1 Vision");
	}

	private String refusal(long plan, String municipality) throws Exception {
		return mvc.perform(step(plan, Visitors.SECRETARIAT, municipality, "COUNCIL", "ADOPTS"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private MockHttpServletRequestBuilder step(long plan, String user, String municipality, String body,
			String decision) {
		return step(plan, user, municipality, body, decision, 1, LocalDate.now().minusDays(1));
	}

	private MockHttpServletRequestBuilder step(long plan, String user, String municipality, String body,
			String decision, int version, LocalDate date) {
		return post("/plans/" + plan + "/steps").with(csrf())
			.with(Visitors.as(users, user))
			.param("version", String.valueOf(version))
			.param("municipality", municipality)
			.param("body", body)
			.param("meetingDate", date.toString())
			.param("decision", decision)
			.param("minutesUrl", "https://example.org/referat");
	}

	/**
	 * A plan whose version 1 was in public consultation that ended last week, with no
	 * responses.
	 */
	private long createPlanAfterConsultation() throws Exception {
		long id = createPlan();
		consultation(id, LocalDate.now().minusWeeks(10), LocalDate.now().minusWeeks(1));
		return id;
	}

	private void consultation(long plan, LocalDate start, LocalDate end) throws Exception {
		mvc.perform(post("/plans/" + plan + "/versions/1/consultation").with(csrf())
			.with(Visitors.as(users, Visitors.SECRETARIAT))
			.param("startsOn", start.toString())
			.param("endsOn", end.toString())).andExpect(status().is3xxRedirection());
	}

	private long createPlan() throws Exception {
		return createPlan("Testplan", "# Vision\nÉn region.\n# Vand som ressource\nDrikkevand først.");
	}

	private long createPlan(String title, String text) throws Exception {
		String location = mvc
			.perform(post("/plans").with(csrf())
				.with(Visitors.as(users, Visitors.SECRETARIAT))
				.param("title", title)
				.param("text", text))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(location.replaceAll(".*/", ""));
	}

	private String page(String path, String user) throws Exception {
		return mvc.perform(get(path).with(Visitors.as(users, user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
