package dk.samspil.web;

import dk.samspil.SamspilTest;
import dk.samspil.Visitors;
import dk.samspil.accounts.Accounts;
import dk.samspil.accounts.PersonDetails;
import dk.samspil.accounts.PersonId;
import dk.samspil.accounts.Role;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The shared layout shows each visitor their own navigation, and the static files a page
 * links to are served from the few folders that hold them (the webjars at an address with
 * their version).
 */
@SamspilTest
class LayoutTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	Accounts accounts;

	@Test
	void theNavigationFollowsWhoIsSignedIn() throws Exception {
		String anonymous = page("/", null);
		assertThat(anonymous).contains("href=\"/login\"").doesNotContain("href=\"/groups\"").doesNotContain("Log ud");
		String member = page("/", Visitors.MEMBER);
		assertThat(member).contains("href=\"/groups\"", "href=\"/tasks\"", "Log ud", "role=\"search\"")
			.doesNotContain("href=\"/people\"")
			.doesNotContain("href=\"/login\"");
		assertThat(page("/", Visitors.SECRETARIAT)).contains("href=\"/people\"", "href=\"/groups\"");
	}

	@Test
	void theConfirmationOfAnActionIsAnnouncedOnceOnThePageItLeadsTo() throws Exception {
		PersonId person = accounts.register(new PersonDetails("layout.confirmed", "Test Bekræftet",
				"layout.confirmed@test.example", null, null, Role.MEMBER), "en-lang-adgangskode-til-test");
		Cookie session = mvc
			.perform(post("/people/{id}/deactivate", person.value()).with(csrf())
				.with(Visitors.as(users, Visitors.SECRETARIAT)))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		String shown = mvc.perform(get("/people").cookie(session).with(Visitors.as(users, Visitors.SECRETARIAT)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(shown).containsOnlyOnce("Test Bekræftet er deaktiveret og kan ikke længere logge ind.")
			.contains("role=\"status\">Test Bekræftet er deaktiveret");
		assertThat(mvc.perform(get("/people").cookie(session).with(Visitors.as(users, Visitors.SECRETARIAT)))
			.andReturn()
			.getResponse()
			.getContentAsString()).doesNotContain("Test Bekræftet er deaktiveret");
	}

	@Test
	void staticFilesAreServedAndWebjarsAreLinkedWithTheirVersion() throws Exception {
		assertThat(page("/", null)).contains("/webjars/htmx.org/2.0.10/dist/htmx.min.js", "href=\"/css/samspil.css\"");
		String goal = page("/public/goals", null).replaceFirst("(?s).*?href=\"(/public/goals/\\d+)\".*", "$1");
		assertThat(page(goal, null)).contains("/webjars/chart.js/4.", "/dist/chart.umd.min.js")
			.doesNotContain("/webjars/chart.js/dist/");
		assertThat(status("/css/samspil.css")).isEqualTo(200);
		assertThat(status("/js/region-map.js")).isEqualTo(200);
		assertThat(status("/webjars/htmx.org/2.0.10/dist/htmx.min.js")).isEqualTo(200);
		assertThat(status("/webjars/htmx.org/dist/htmx.min.js")).isEqualTo(200);
		assertThat(status("/webjars/leaflet/dist/leaflet.css")).isEqualTo(200);
	}

	private int status(String path) throws Exception {
		return mvc.perform(get(path)).andReturn().getResponse().getStatus();
	}

	private String page(String path, String who) throws Exception {
		var request = get(path);
		if (who != null) {
			request.with(Visitors.as(users, who));
		}
		return mvc.perform(request).andReturn().getResponse().getContentAsString();
	}

}
