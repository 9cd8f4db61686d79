package dk.samspil.goals;

import static dk.samspil.Visitors.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import dk.samspil.SamspilTest;
import dk.samspil.Visitors;

/**
 * The secretariat defines a goal from the municipalities' targets; what cannot be a goal
 * is refused on the form.
 */
@SamspilTest
class GoalSetupTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	/**
	 * The form as the secretariat fills it in; pairs of name and value replace what is
	 * typed by default.
	 */
	static MockHttpServletRequestBuilder goalForm(String title, String... replaced) {
		Map<String, String> fields = new LinkedHashMap<>(Map.ofEntries(Map.entry("title", title),
				Map.entry("theme", "MOBILITY"), Map.entry("unit", "%"), Map.entry("unitKind", "PERCENT"),
				Map.entry("direction", "INCREASE"), Map.entry("rollUp", "POPULATION"), Map.entry("periodKind", "YEAR"),
				Map.entry("baselineYear", "2020"), Map.entry("targetYear", "2030"), Map.entry("dueDays", "90"),
				Map.entry("baseline[0621]", "20"), Map.entry("target[0621]", "30"), Map.entry("baseline[0630]", "10"),
				Map.entry("target[0630]", "25")));
		for (int i = 0; i < replaced.length; i += 2) {
			fields.put(replaced[i], replaced[i + 1]);
		}
		MockHttpServletRequestBuilder request = post("/goals").with(csrf());
		fields.forEach(request::param);
		return request;
	}

	@Test
	void theSecretariatDefinesAGoalAndItsPageShowsTheRegionsWeightedBaselineAndTarget() throws Exception {
		String title = "Cykelandel " + UUID.randomUUID();
		String location = mvc.perform(goalForm(title).with(as(users, Visitors.SECRETARIAT)))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String page = mvc.perform(get(location).with(as(users, Visitors.MEMBER)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains(title, "Kolding", "Vejle", "Intet tal endnu",
				"Gennemsnit af kommunernes tal vægtet med indbyggertal");
		String overview = mvc.perform(get("/goals").with(as(users, Visitors.MEMBER)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(overview).contains(title);
	}

	@Test
	void aTargetYearBeforeTheBaselineIsRefusedNextToItsFieldAndWhatWasTypedStays() throws Exception {
		String page = mvc.perform(goalForm("Omvendt", "targetYear", "2015").with(as(users, Visitors.SECRETARIAT)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Målåret (2015) skal ligge efter udgangsåret (2020).", "value=\"Omvendt\"");
	}

	@Test
	void aPercentageOverAHundredIsRefusedInEnglishToo() throws Exception {
		String page = mvc
			.perform(goalForm("Over", "target[0621]", "120").cookie(new Cookie("samspil-lang", "en"))
				.with(as(users, Visitors.SECRETARIAT)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("120 is not a percentage between 0 and 100.");
	}

	@Test
	void aNumberThatIsNotOneIsNamedAndADecisionThatDoesNotExistIsRefused() throws Exception {
		String page = mvc.perform(goalForm("Tal", "baseline[0621]", "tyve").with(as(users, Visitors.SECRETARIAT)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("»tyve« er ikke et tal.");
		page = mvc.perform(goalForm("Beslutning", "decisionId", "987654").with(as(users, Visitors.SECRETARIAT)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Der findes ingen beslutning nr. 987654.");
	}

	@Test
	void aMunicipalityWithABaselineButNoTargetIsAskedForTheTarget() throws Exception {
		Document page = Jsoup
			.parse(mvc.perform(goalForm("Uden mål", "target[0621]", "").with(as(users, Visitors.SECRETARIAT)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString());
		assertThat(page.select("#target-0621-error").text()).isEqualTo("Skal udfyldes.");
		assertThat(page.select("#baseline-0621").val()).isEqualTo("20");
		Document english = Jsoup.parse(mvc
			.perform(goalForm("Without target", "target[0621]", " ").cookie(new Cookie("samspil-lang", "en"))
				.with(as(users, Visitors.SECRETARIAT)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(english.select("#target-0621-error").text()).isEqualTo("Required.");
	}

	@Test
	void aMemberMayNotDefineAGoal() throws Exception {
		mvc.perform(goalForm("Medlem").with(as(users, Visitors.MEMBER))).andExpect(status().isForbidden());
	}

}
