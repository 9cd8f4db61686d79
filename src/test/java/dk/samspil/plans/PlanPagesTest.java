package dk.samspil.plans;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import dk.samspil.SamspilTest;
import dk.samspil.Visitors;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
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

	@Test
	void theSecretariatWritesAPlanAndANewVersionShowsWhatChanged() throws Exception {
		long id = createPlan();
		assertThat(page("/plans/" + id + "/versions/1", Visitors.MEMBER)).contains("Vand som ressource")
			.contains("id=\"vand-som-ressource\"");
		String location = mvc
			.perform(post("/plans/" + id + "/versions").with(csrf())
				.with(Visitors.as(users, Visitors.SECRETARIAT))
				.param("note", "Efter høringen")
				.param("text", "# Vision\nÉn region.\n# Vand som ressource\nDrikkevand først, og teknisk vand til PtX.\n"
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
	void aPlanIsImportedFromAMarkdownFileAndNoTextAtAllIsRefused() throws Exception {
		String location = mvc
			.perform(multipart("/plans").file(new MockMultipartFile("file", "plan.md", "text/markdown",
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
		assertThat(mvc.perform(post("/plans").with(csrf())
			.with(Visitors.as(users, Visitors.SECRETARIAT))
			.param("title", "Tom")
			.param("text", " ")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
			.contains("Skal udfyldes.");
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
		mvc.perform(step(id, "vejle.byraad", "0630", "SUBJECT_COMMITTEE", "RECOMMENDS")
			.param("dissent", "Et mindretal ønsker <b>mere</b> natur."))
			.andExpect(status().is3xxRedirection());
		String page = page("/plans/" + id, "vejle.byraad");
		assertThat(page).contains("indstiller version 1").contains("Et mindretal ønsker &lt;b&gt;mere&lt;/b&gt; natur.");
		assertThat(page).containsOnlyOnce("<option value=\"0630\"");
		assertThat(page("/plans/" + id + "/audit", Visitors.SECRETARIAT)).contains("Byrådssekretær Vejle")
			.contains("Behandling registreret")
			.contains("Vejle · SUBJECT_COMMITTEE · v1 · RECOMMENDS");
	}

	@Test
	void adoptionWaitsForTheSeventhCouncilAndForObjectionsToBeLifted() throws Exception {
		long id = createPlan();
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
		String objection = page("/plans/" + id, Visitors.SECRETARIAT).replaceAll("(?s).*/objections/(\\d+)/lift.*", "$1");
		mvc.perform(post("/plans/" + id + "/objections/" + objection + "/lift").with(csrf())
			.with(Visitors.as(users, Visitors.SECRETARIAT))).andExpect(status().is3xxRedirection());
		assertThat(page("/plans/" + id, Visitors.MEMBER)).contains("Endeligt vedtaget.");
		assertThat(page("/plans/" + id + "/audit", Visitors.MEMBER)).contains("Indsigelse ophævet")
			.contains("Endeligt vedtaget");
	}

	@Test
	void adoptsWithChangesDivergesUntilTheSecretariatReconciles() throws Exception {
		long id = createPlan();
		for (int i = 0; i < 7; i++) {
			mvc.perform(step(id, Visitors.SECRETARIAT, SEVEN[i], "COUNCIL", i == 3 ? "ADOPTS_WITH_CHANGES" : "ADOPTS"));
		}
		assertThat(page("/plans/" + id, Visitors.SECRETARIAT)).contains("Versionerne er skilt ad.");
		mvc.perform(post("/plans/" + id + "/reconcile").with(csrf()).with(Visitors.as(users, Visitors.SECRETARIAT)));
		assertThat(page("/plans/" + id, Visitors.SECRETARIAT)).contains("Endeligt vedtaget.");
	}

	private MockHttpServletRequestBuilder step(long plan, String user, String municipality, String body,
			String decision) {
		return post("/plans/" + plan + "/steps").with(csrf())
			.with(Visitors.as(users, user))
			.param("version", "1")
			.param("municipality", municipality)
			.param("body", body)
			.param("meetingDate", LocalDate.now().toString())
			.param("decision", decision)
			.param("minutesUrl", "https://example.org/referat");
	}

	private long createPlan() throws Exception {
		String location = mvc
			.perform(post("/plans").with(csrf())
				.with(Visitors.as(users, Visitors.SECRETARIAT))
				.param("title", "Testplan")
				.param("text", "# Vision\nÉn region.\n# Vand som ressource\nDrikkevand først."))
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
