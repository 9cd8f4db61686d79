package dk.samspil.plans;

import java.time.LocalDate;
import java.util.Map;

import dk.samspil.SamspilTest;
import dk.samspil.Visitors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Committees are named as each municipality names them, wherever a committee is named;
 * and a council secretary's front page shows what waits for their council.
 */
@SamspilTest
class CommitteeNamesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	CommitteeNames names;

	@AfterEach
	void koldingBackToTheGenericNames() throws Exception {
		names.save(Map.of("0621_SUBJECT_COMMITTEE", "", "0621_FINANCE_COMMITTEE", "", "0621_COUNCIL", ""));
	}

	@Test
	void theSecretariatNamesKoldingsCommitteesAndThePlanAndItsLogUseTheNames() throws Exception {
		mvc.perform(post("/plans/committees").with(csrf())
			.with(Visitors.as(users, Visitors.SECRETARIAT))
			.param("0621_SUBJECT_COMMITTEE", "  By- og\u200b Udviklingsudvalget ")
			.param("0621_FINANCE_COMMITTEE", "Økonomiudvalget")
			.param("0621_COUNCIL", "Byrådet"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("done", "Udvalgenes navne er gemt."));
		assertThat(page("/plans/committees", Visitors.SECRETARIAT)).contains("value=\"By- og Udviklingsudvalget\"")
			.as("a municipality not sent keeps its names")
			.contains("value=\"Kommunalbestyrelsen\"");

		long id = createPlan();
		mvc.perform(step(id, "kolding.byraad", "SUBJECT_COMMITTEE", "RECOMMENDS"))
			.andExpect(status().is3xxRedirection());
		assertThat(page("/plans/" + id, "kolding.byraad")).contains("By- og Udviklingsudvalget")
			.as("the form names Kolding's own committees")
			.contains("<option value=\"FINANCE_COMMITTEE\">Økonomiudvalget</option>");
		assertThat(page("/plans/" + id + "/audit", Visitors.SECRETARIAT))
			.contains("Kolding · By- og Udviklingsudvalget · version 1 · indstiller · ");
		assertThat(page("/plans/" + id + "/audit?lang=en", Visitors.SECRETARIAT))
			.contains("Kolding · By- og Udviklingsudvalget · version 1 · recommends · ");

		String waiting = page("/plans/waiting", "kolding.byraad");
		assertThat(waiting).contains("Det venter på jeres byråd")
			.contains("/plans/" + id + "/versions/1")
			.contains("Næste behandling</dt>")
			.contains("<dd>Økonomiudvalget</dd>")
			.contains("ikke været i høring")
			.doesNotContain("FINANCE_COMMITTEE");
	}

	@Test
	void aNameTooLongOrWithoutLettersIsRefusedNextToItsFieldAndNothingIsSaved() throws Exception {
		String page = mvc
			.perform(post("/plans/committees").with(csrf())
				.with(Visitors.as(users, Visitors.SECRETARIAT))
				.param("0621_SUBJECT_COMMITTEE", "x".repeat(81))
				.param("0621_COUNCIL", "12345"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Navnet må højst være 80 tegn.")
			.contains("Skriv udvalgets navn med bogstaver.")
			.contains("aria-invalid=\"true\"")
			.contains("value=\"12345\"");
		assertThat(names.set()).doesNotContainKey("0621_COUNCIL");
	}

	@Test
	void onlyTheSecretariatSetsTheNamesAndOnlyACouncilSecretarySeesWhatWaits() throws Exception {
		mvc.perform(get("/plans/committees").with(Visitors.as(users, "kolding.byraad")))
			.andExpect(status().isForbidden());
		assertThat(page("/plans/waiting", Visitors.MEMBER)).doesNotContain("Det venter");
		assertThat(page("/", "kolding.byraad")).contains("hx-get=\"/plans/waiting\"");
		assertThat(page("/", Visitors.MEMBER)).doesNotContain("/plans/waiting");
	}

	private MockHttpServletRequestBuilder step(long plan, String user, String body, String decision) {
		return post("/plans/" + plan + "/steps").with(csrf())
			.with(Visitors.as(users, user))
			.param("version", "1")
			.param("municipality", "0621")
			.param("body", body)
			.param("meetingDate", LocalDate.now().minusDays(1).toString())
			.param("decision", decision);
	}

	private long createPlan() throws Exception {
		String location = mvc
			.perform(post("/plans").with(csrf())
				.with(Visitors.as(users, Visitors.SECRETARIAT))
				.param("title", "Udvalgsplan")
				.param("text", "# Vision\nÉn region."))
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
