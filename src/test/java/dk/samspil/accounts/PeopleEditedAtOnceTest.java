package dk.samspil.accounts;

import java.util.List;

import dk.samspil.Race;
import dk.samspil.SamspilTest;
import dk.samspil.Visitors;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Two secretaries editing one person: the first save wins, the second is shown what the
 * first changed beside what it typed, and nothing is overwritten unseen.
 */
@SamspilTest
class PeopleEditedAtOnceTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	Accounts accounts;

	@Autowired
	People people;

	@Test
	void twoSecretariesSavingOnePersonAtOnceLeaveOneSaveAndShowTheOtherWhatChanged() throws Exception {
		accounts.register(new PersonDetails("anden.sekretaer", "Søren Sekretær", "anden.sekretaer@test.example", null,
				null, Role.SECRETARIAT), "en god lang kode");
		long id = register("samtidig", "Sanne Samtidig");
		List<Race.Outcome<MvcResult>> outcomes = Race.twoAtOnce(
				() -> mvc.perform(save(id, Visitors.SECRETARIAT, "Sanne fra kontoret", "Planlægger", "1")).andReturn(),
				() -> mvc.perform(save(id, "anden.sekretaer", "Sanne fra udvalget", "Sekretær", "1")).andReturn());

		assertThat(outcomes).allMatch(Race.Outcome::succeeded);
		assertThat(outcomes).extracting(o -> o.value().getResponse().getStatus()).containsExactlyInAnyOrder(302, 200);
		Person stored = people.find(id).orElseThrow();
		assertThat(stored.version()).isEqualTo(2);
		String refusedPage = outcomes.stream()
			.map(Race.Outcome::value)
			.filter(result -> result.getResponse().getStatus() == 200)
			.findFirst()
			.orElseThrow()
			.getResponse()
			.getContentAsString();
		String lost = stored.displayName().equals("Sanne fra kontoret") ? "Sanne fra udvalget" : "Sanne fra kontoret";
		assertThat(refusedPage).contains("ændret af en anden", stored.displayName(), stored.jobTitle(),
				"value=\"" + lost + "\"", "name=\"version\" value=\"2\"");
	}

	@Test
	void twoSecretariesCreatingOneUsernameAtOnceMakeOnePersonAndTellTheOtherItIsTaken() throws Exception {
		accounts.register(new PersonDetails("tredje.sekretaer", "Tove Tredje", "tredje.sekretaer@test.example", null,
				null, Role.SECRETARIAT), "en god lang kode");
		List<Race.Outcome<MvcResult>> outcomes = Race.twoAtOnce(
				() -> mvc.perform(create(Visitors.SECRETARIAT, "dobbelt", "dobbelt.a@test.example")).andReturn(),
				() -> mvc.perform(create("tredje.sekretaer", "dobbelt", "dobbelt.b@test.example")).andReturn());

		assertThat(outcomes).allMatch(Race.Outcome::succeeded);
		assertThat(outcomes).extracting(o -> o.value().getResponse().getStatus()).containsExactlyInAnyOrder(302, 200);
		assertThat(outcomes).extracting(o -> o.value().getResponse().getContentAsString())
			.anyMatch(page -> page.contains("Brugernavnet er allerede i brug."));
		assertThat(accounts.findByUsername("dobbelt")).isPresent();
	}

	@Test
	void aSaveOnAnOutdatedFormKeepsWhatWasTypedAndShowsTheColleaguesChange() throws Exception {
		long id = register("forsinket", "Frida Forsinket");
		assertThat(mvc.perform(save(id, Visitors.SECRETARIAT, "Frida Fjord", "Landinspektør", "1"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/people");

		String page = mvc.perform(save(id, Visitors.SECRETARIAT, "Frida Forsinket", "Byplanner", "1"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Personen er ændret af en anden", "Frida Fjord", "Landinspektør",
				"value=\"Byplanner\"", "name=\"version\" value=\"2\"");
		Person stored = people.find(id).orElseThrow();
		assertThat(stored.displayName()).isEqualTo("Frida Fjord");
		assertThat(stored.jobTitle()).isEqualTo("Landinspektør");

		// saved again from the page, over the change it was shown
		assertThat(mvc.perform(save(id, Visitors.SECRETARIAT, "Frida Forsinket", "Byplanner", "2"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/people");
		assertThat(people.find(id).orElseThrow().jobTitle()).isEqualTo("Byplanner");
	}

	@Test
	void theEditFormCarriesTheVersionItWasOpenedOn() throws Exception {
		long id = register("aabnet", "Åse Åbnet");
		mvc.perform(save(id, Visitors.SECRETARIAT, "Åse Åben", "", "1"));
		String form = mvc.perform(get("/people/{id}", id).with(Visitors.as(users, Visitors.SECRETARIAT)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(form).contains("name=\"version\" value=\"2\"");
	}

	@Test
	void inEnglishTheRefusalSaysSoInEnglish() throws Exception {
		long id = register("engelsk", "Erik Engelsk");
		mvc.perform(save(id, Visitors.SECRETARIAT, "Erik English", "", "1"));
		String page = mvc.perform(save(id, Visitors.SECRETARIAT, "Erik Engelsk", "", "1").param("lang", "en"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Someone else changed this person while you were editing", "Erik English");
	}

	private long register(String username, String name) {
		return accounts
			.register(new PersonDetails(username, name, username + "@test.example", null, null, Role.MEMBER),
					"en god lang kode")
			.value();
	}

	private MockHttpServletRequestBuilder create(String who, String username, String email) {
		return post("/people").with(csrf())
			.with(Visitors.as(users, who))
			.param("displayName", "Dorte Dobbelt")
			.param("username", username)
			.param("email", email)
			.param("jobTitle", "")
			.param("municipality", "")
			.param("role", "MEMBER")
			.param("password", "en god lang kode");
	}

	private MockHttpServletRequestBuilder save(long id, String who, String name, String jobTitle, String version) {
		Person person = people.find(id).orElseThrow();
		return post("/people/{id}", id).with(csrf())
			.with(Visitors.as(users, who))
			.param("displayName", name)
			.param("username", person.username())
			.param("email", person.email())
			.param("jobTitle", jobTitle)
			.param("municipality", "")
			.param("role", "MEMBER")
			.param("password", "")
			.param("version", version);
	}

}
