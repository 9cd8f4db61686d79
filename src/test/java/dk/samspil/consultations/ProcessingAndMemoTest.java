package dk.samspil.consultations;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dk.samspil.Race;
import dk.samspil.SamspilTest;
import dk.samspil.Visitors;
import dk.samspil.accounts.Accounts;
import dk.samspil.accounts.PersonId;
import dk.samspil.groups.ThemeDesk;
import dk.samspil.groups.ThemeId;
import dk.samspil.groups.Themes;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Officials process responses grouped into campaigns; the memo shows the outcome and
 * hides citizens in public.
 */
@SamspilTest
class ProcessingAndMemoTest {

	static final String SCRIPT = "<script>alert('x')</script>";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	ConsultationDesk desk;

	@Autowired
	Responses responses;

	@Autowired
	ProcessingDesk processing;

	@Autowired
	Accounts accounts;

	@Autowired
	PersonalDataRetention retention;

	@Autowired
	Themes themes;

	@Autowired
	ThemeDesk themeDesk;

	long consultation;

	long subject;

	@BeforeEach
	void aConsultationWithACampaignACitizenAndAnOrganisation() {
		// over a week ago, so the secretariat may publish the memo
		LocalDate start = LocalDate.now().minusWeeks(9);
		subject = System.nanoTime();
		consultation = desk
			.open(new OpenConsultation("memo-test", subject, "Memoplan",
					List.of(new ConsultedSection("1", "vind", "Vind", "<p>Vind.</p>"),
							new ConsultedSection("2", "vand", "Vand", "<p>Vand.</p>")),
					start, start.plusWeeks(8), false, null, null))
			.value();
		for (int i = 0; i < 5; i++) {
			store("Borger Kampagne" + i, null, "7100", "vind",
					"Kære byråd. Vi protesterer mod vindmøllerne ved Randbøldal, landskabet er unikt og støjen "
							+ "rammer naboerne. Tag området ud af planen. Hilsen nr " + i);
		}
		store("Karen Hemmelig", null, "6000", "vand", "Drikkevandet først! " + SCRIPT);
		store("Ole Formand", "Vejle Naturforening", "2100", "vand", "Foreningen ønsker mere skov.");
	}

	@Test
	void officialsSeeACampaignAsOneGroupAndAScriptAsText() throws Exception {
		String page = page("/processing/" + consultation);
		assertThat(page).contains("7 af 7 svar vises, samlet i 3 grupper").contains("Kampagne: 5 enslydende svar");
		assertThat(page).doesNotContain(SCRIPT).contains("&lt;script&gt;");
		assertThat(page("/processing/" + consultation + "?municipality=outside")).contains("Vejle Naturforening")
			.doesNotContain("Karen Hemmelig");
		Response karen = responses.ofConsultation(consultation).get(5);
		assertThat(page("/processing/responses/" + karen.id())).doesNotContain(SCRIPT).contains("&lt;script&gt;");
	}

	@Test
	void processingAGroupGivesEveryMemberItsOutcomeAndThePublicMemoHidesCitizens() throws Exception {
		Response first = responses.ofConsultation(consultation).get(0);
		mvc.perform(post("/processing/responses/" + first.id()).with(csrf())
			.param("version", version(first))
			.with(Visitors.as(users, Visitors.SECRETARIAT))
			.param("summary", "Ønsker vindmølleområdet ved Randbøldal udtaget.")
			.param("comment", "Området tages ud.")
			.param("outcome", "ACCOMMODATED")
			.param("changeText", "Randbøldal er udtaget.")
			.param("changeAnchor", "vind")
			.param("wholeGroup", "true")).andExpect(status().is3xxRedirection());
		assertThat(responses.ofConsultation(consultation).subList(0, 5))
			.allSatisfy(r -> assertThat(r.outcome()).isEqualTo(Outcome.ACCOMMODATED));
		assertThat(desk.trail("memo-test", subject)).filteredOn(t -> t.concerns("vind"))
			.singleElement()
			.satisfies(t -> assertThat(t.count()).isEqualTo(5))
			.satisfies(t -> assertThat(t.changeText()).isEqualTo("Randbøldal er udtaget."));

		publishMemo();
		String memo = mvc.perform(get("/consultations/" + consultation + "/memo"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String karen = responses.ofConsultation(consultation).get(5).receipt();
		assertThat(memo).contains("Randbøldal er udtaget.")
			.contains("5 enslydende svar")
			.contains("Vejle Naturforening")
			.as("a citizen is named by the receipt number they hold")
			.contains("Borger " + karen + "</h3>")
			.contains("Uden for regionen (1 svar)")
			.doesNotContain("Karen Hemmelig")
			.doesNotContain("Kampagne0")
			.doesNotContain("Ole Formand")
			.doesNotContain(SCRIPT);
		String internal = page("/processing/" + consultation + "/memo");
		assertThat(internal).contains("Karen Hemmelig").contains("Ole Formand");
	}

	@Test
	void everySaveOfTheProcessingIsWrittenDownWithWhoChangedWhat() throws Exception {
		mvc.perform(post("/processing/" + consultation + "/caseworkers").with(csrf())
			.with(Visitors.as(users, Visitors.SECRETARIAT))
			.param("person", String.valueOf(accounts.findByUsername(Visitors.MEMBER).orElseThrow().value()))
			.param("municipality", "")).andExpect(status().is3xxRedirection());
		Response response = responses.ofConsultation(consultation).get(5);
		mvc.perform(post("/processing/responses/" + response.id()).with(csrf())
			.param("version", version(response))
			.with(Visitors.as(users, Visitors.SECRETARIAT))
			.param("summary", "Vil have drikkevandet prioriteret.")
			.param("outcome", "NOT_ACCOMMODATED")).andExpect(status().is3xxRedirection());
		mvc.perform(post("/processing/responses/" + response.id()).with(csrf())
			.param("version", version(response))
			.with(Visitors.as(users, Visitors.MEMBER))
			.param("summary", "Vil have drikkevandet prioriteret.")
			.param("outcome", "PARTLY")
			.param("assignedTo", "0630")
			.param("comment", "Delvist: " + SCRIPT)).andExpect(status().is3xxRedirection());

		String page = page("/processing/responses/" + response.id());
		String history = page.substring(page.indexOf("id=\"history-heading\""));
		String secretariat = accounts.findByUsername(Visitors.SECRETARIAT)
			.flatMap(accounts::find)
			.orElseThrow()
			.displayName();
		String member = accounts.findByUsername(Visitors.MEMBER).flatMap(accounts::find).orElseThrow().displayName();
		assertThat(history).contains(secretariat, member)
			.contains("Ikke imødekommet → Delvist imødekommet")
			.contains("— → Vejle")
			.contains("Administrationens bemærkning</span>:")
			.doesNotContain(SCRIPT);
		assertThat(history.indexOf(member)).as("newest first").isLessThan(history.indexOf(secretariat));
		// saving again without changing anything writes nothing down
		mvc.perform(post("/processing/responses/" + response.id()).with(csrf())
			.param("version", version(response))
			.with(Visitors.as(users, Visitors.MEMBER))
			.param("summary", "Vil have drikkevandet prioriteret.")
			.param("outcome", "PARTLY")
			.param("assignedTo", "0630")
			.param("comment", "Delvist: " + SCRIPT)).andExpect(status().is3xxRedirection());
		String again = page("/processing/responses/" + response.id());
		assertThat(again.substring(again.indexOf("id=\"history-heading\""))).isEqualTo(history);
	}

	@Test
	void aResponsesThemeFollowsWhenTheSecretariatRenamesOrMergesIt() throws Exception {
		String name = "Skovrejsning " + subject;
		ThemeId theme = themes.add(name);
		ThemeId other = themes.add("Natur og skov " + subject);
		Response response = responses.ofConsultation(consultation).get(6);
		mvc.perform(post("/processing/responses/" + response.id()).with(csrf())
			.param("version", version(response))
			.with(Visitors.as(users, Visitors.SECRETARIAT))
			.param("theme", name)).andExpect(status().is3xxRedirection());
		assertThat(responses.find(response.id()).orElseThrow().theme()).isEqualTo(name);

		themeDesk.rename(theme, name, "Skov " + subject);
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(
					() -> assertThat(responses.find(response.id()).orElseThrow().theme()).isEqualTo("Skov " + subject));
		themeDesk.merge(theme, other);
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(responses.find(response.id()).orElseThrow().theme())
				.isEqualTo("Natur og skov " + subject));
		String filtered = mvc
			.perform(get("/processing/" + consultation).param("theme", "Natur og skov " + subject)
				.with(Visitors.as(users, Visitors.SECRETARIAT)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(filtered).contains("Vejle Naturforening").doesNotContain("Karen Hemmelig");
	}

	@Test
	void aResponseIsAssignedToAMunicipalityAndACaseworkerOtherThanTheOfficialSavingIt() throws Exception {
		Response response = responses.ofConsultation(consultation).get(6);
		long caseworker = accounts.findByUsername("vejle.plan").orElseThrow().value();
		mvc.perform(post("/processing/responses/" + response.id()).with(csrf())
			.param("version", version(response))
			.with(Visitors.as(users, Visitors.SECRETARIAT))
			.param("assignedTo", "0630")
			.param("caseworker", String.valueOf(caseworker))).andExpect(status().is3xxRedirection());
		Response assigned = responses.find(response.id()).orElseThrow();
		assertThat(assigned.assignedTo()).isEqualTo("0630");
		assertThat(assigned.caseworker()).isEqualTo(new PersonId(caseworker));
		assertThat(page("/processing/responses/" + response.id())).contains("Sagsbehandler");

		String refused = mvc
			.perform(post("/processing/responses/" + response.id()).with(csrf())
				.param("version", version(response))
				.with(Visitors.as(users, Visitors.SECRETARIAT))
				.param("caseworker", "999999"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("Vælg en af de personer, der står på listen.");
		assertThat(responses.find(response.id()).orElseThrow().caseworker()).isEqualTo(new PersonId(caseworker));
	}

	@Test
	void thePublicPdfShowsNoCitizensName() throws Exception {
		publishMemo();
		byte[] pdf = mvc.perform(get("/consultations/" + consultation + "/memo.pdf"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Høringsnotat")
				.contains("Vejle Naturforening")
				.contains("Borger " + responses.ofConsultation(consultation).get(5).receipt())
				.doesNotContain("Karen")
				.doesNotContain("Hemmelig");
		}
	}

	@Test
	void personalDataIsErasedAfterTheRetentionPeriodAndCanBeExportedBefore() throws Exception {
		store("Eva Eksport", null, "7000", "vand", "Mit svar.");
		String export = page("/processing/personal-data?email=eva.eksport@example.org");
		assertThat(export).contains("Eva Eksport").contains("Memoplan").contains("Mit svar.");
		mvc.perform(get("/processing/personal-data?email=eva.eksport@example.org")
			.with(Visitors.as(users, Visitors.SECRETARIAT)))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Content-Security-Policy", "sandbox"))
			.andExpect(header().string("Content-Disposition",
					"attachment; filename=\"personal-data.json\"; filename*=UTF-8''personal-data.json"))
			.andExpect(content().contentType("application/json"));
		desk.subjectFinished("memo-test", subject, LocalDate.now().plusDays(30));
		assertThat(retention.eraseDue(LocalDate.now().plusDays(29))).isZero();
		assertThat(retention.eraseDue(LocalDate.now().plusDays(30))).isEqualTo(8);
		assertThat(responses.ofConsultation(consultation)).allSatisfy(r -> {
			assertThat(r.name()).isNull();
			assertThat(r.email()).isNull();
		});
		assertThat(page("/processing/personal-data?email=eva.eksport@example.org")).doesNotContain("Mit svar.");
		publishMemo();
		assertThat(page("/consultations/" + consultation + "/memo")).contains("Vejle Naturforening");
	}

	@Test
	void aCaseworkerReadsSectionTitlesAttachmentSizesAndMovesToTheNextResponse() throws Exception {
		responses.store(consultation,
				new NewResponse(UUID.randomUUID().toString(), "Bo Bilag", null, "6040", "0630", null,
						List.of("vand", "vind"), "Se bilaget.",
						List.of(new NewResponse.Upload("kort.pdf", "application/pdf", new byte[1_258_291])), null),
				false, UUID.randomUUID().toString());
		List<Response> all = responses.ofConsultation(consultation);
		Response bo = all.get(all.size() - 1);
		String page = page("/processing/responses/" + bo.id());
		assertThat(page).as("the sections by number and title, not their keys")
			.contains("1 Vind")
			.contains("2 Vand")
			.contains("kort.pdf")
			.contains("(1,2 MB)")
			.contains("Høringssvaret, som det blev sendt")
			.as("Egtved lies in Vejle, which the form suggests")
			.contains("Foreslået ud fra postnummer 6040: Vejle")
			.containsPattern("<option value=\"0630\" selected=\"selected\">Vejle</option>");
		String english = mvc
			.perform(get("/processing/responses/" + bo.id()).param("lang", "en")
				.with(Visitors.as(users, Visitors.SECRETARIAT)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(english).contains("(1.2 MB)").contains("The response as it was sent");
		// the list shows four lines (the campaign, Karen, the association, Bo): walking
		// "next" from the first passes each once
		String first = page("/processing/" + consultation).replaceAll("(?s).*?href=\"/processing/responses/(\\d+)\".*",
				"$1");
		List<String> walked = new ArrayList<>();
		String at = first;
		while (at != null) {
			String shown = page("/processing/responses/" + at);
			walked.add(at);
			assertThat(shown).contains("Svar " + walked.size() + " af 4");
			Matcher next = Pattern.compile("rel=\"next\" href=\"/processing/responses/(\\d+)\"").matcher(shown);
			at = next.find() ? next.group(1) : null;
		}
		assertThat(walked).hasSize(4).doesNotHaveDuplicates().contains(String.valueOf(bo.id()));
	}

	@Test
	void aResponseAboutThePlansIntroductionNamesItInTheReadersLanguage() throws Exception {
		long withPreamble = desk
			.open(new OpenConsultation("memo-test", System.nanoTime(), "Plan med indledning",
					List.of(new ConsultedSection("", "indledning", "Indledning", "<p>Planen gælder syv kommuner.</p>"),
							new ConsultedSection("1", "vind", "Vind", "<p>Vind.</p>")),
					LocalDate.now().minusWeeks(1), LocalDate.now().plusWeeks(7), false, null, null))
			.value();
		responses.store(withPreamble,
				new NewResponse(UUID.randomUUID().toString(), "Ida Indledning", null, "7100", "0630", null,
						List.of("indledning", "vind"), "Om indledningen.", List.of(), null),
				false, UUID.randomUUID().toString());
		long id = responses.ofConsultation(withPreamble).get(0).id();
		String english = mvc
			.perform(get("/processing/responses/" + id).param("lang", "en")
				.with(Visitors.as(users, Visitors.SECRETARIAT)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(english).select("dd").eachText()).contains("Introduction; 1 Vind");
		assertThat(Jsoup.parse(page("/processing/responses/" + id)).select("dd").eachText())
			.contains("Indledning; 1 Vind");
	}

	@Test
	void theMemoNamesAnUntitledOpeningSectionInTheReadersLanguage() throws Exception {
		LocalDate start = LocalDate.now().minusWeeks(9);
		consultation = desk
			.open(new OpenConsultation("memo-preamble", System.nanoTime(), "Memoplan",
					List.of(new ConsultedSection("", "indledning", "Indledning", "<p>Planen.</p>"),
							new ConsultedSection("1", "vand", "Vand", "<p>Vand.</p>")),
					start, start.plusWeeks(8), false, null, null))
			.value();
		store("Bo Indledning", null, "7100", "indledning", "Planen mangler et kort.");
		publishMemo();
		String danish = mvc.perform(get("/consultations/" + consultation + "/memo"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String english = mvc.perform(get("/consultations/" + consultation + "/memo").param("lang", "en"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(danish).contains(">Indledning<");
		assertThat(english).contains(">Introduction<").doesNotContain("Indledning");
	}

	private void store(String name, String organisation, String postcode, String anchor, String body) {
		responses.store(consultation,
				new NewResponse(UUID.randomUUID().toString(), name,
						name.toLowerCase().replace(' ', '.') + "@example.org", postcode,
						Postcodes.municipality(postcode).map(Object::toString).orElse(null), organisation,
						List.of(anchor), body, List.of(), "10.9.9.9"),
				false, UUID.randomUUID().toString());
	}

	private void publishMemo() throws Exception {
		mvc.perform(post("/processing/" + consultation + "/memo/publish").with(csrf())
			.with(Visitors.as(users, Visitors.SECRETARIAT))).andExpect(status().is3xxRedirection());
	}

	private String page(String path) throws Exception {
		return mvc.perform(get(path).with(Visitors.as(users, Visitors.SECRETARIAT)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void twoOfficialsSavingTheSameProcessingAtOnceSaveOnceAndTheOtherIsShownTheFirstsWork() throws Exception {
		Response opened = responses.ofConsultation(consultation).get(5);
		ProcessingForm mine = new ProcessingForm("Drikkevand først.", null, Outcome.NOTED, null, null, "0630", null,
				null, false, opened.processingVersion());
		ProcessingForm theirs = new ProcessingForm("Vil have drikkevand prioriteret.", null, Outcome.PARTLY, null, null,
				"0607", null, null, false, opened.processingVersion());
		var person = accounts.findByUsername(Visitors.SECRETARIAT).orElseThrow();
		var outcomes = Race.twoAtOnce(() -> processing.process(opened, mine, person, r -> true),
				() -> processing.process(opened, theirs, person, r -> true));
		assertThat(outcomes).allMatch(Race.Outcome::succeeded);
		assertThat(outcomes).filteredOn(o -> o.value().isEmpty()).as("saved").hasSize(1);
		Response stored = responses.find(opened.id()).orElseThrow();
		assertThat(stored.processingVersion()).isEqualTo(opened.processingVersion() + 1);
		assertThat(outcomes).filteredOn(o -> o.value().isPresent())
			.as("refused, shown the other's work")
			.singleElement()
			.satisfies(o -> assertThat(o.value().orElseThrow().summary()).isEqualTo(stored.summary()));
	}

	@Test
	void aSaveOnAnOutdatedFormKeepsWhatWasTypedAndShowsTheColleaguesProcessing() throws Exception {
		Response response = responses.ofConsultation(consultation).get(6);
		String outdated = version(response);
		mvc.perform(post("/processing/responses/" + response.id()).with(csrf())
			.param("version", outdated)
			.with(Visitors.as(users, Visitors.SECRETARIAT))
			.param("summary", "Kollegaens resumé om skov.")
			.param("outcome", "NOTED")).andExpect(status().is3xxRedirection());
		String page = mvc
			.perform(post("/processing/responses/" + response.id()).with(csrf())
				.param("version", outdated)
				.with(Visitors.as(users, Visitors.SECRETARIAT))
				.param("summary", "Mit eget resumé.")
				.param("outcome", "PARTLY"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("ændret af en anden", "Kollegaens resumé om skov.", "Mit eget resum");
		assertThat(responses.find(response.id()).orElseThrow().summary()).isEqualTo("Kollegaens resumé om skov.");
	}

	private String version(Response response) {
		return String.valueOf(responses.find(response.id()).orElseThrow().processingVersion());
	}

}
