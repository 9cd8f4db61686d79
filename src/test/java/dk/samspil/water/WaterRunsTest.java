package dk.samspil.water;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import dk.samspil.SamspilTest;
import dk.samspil.accounts.Accounts;
import dk.samspil.accounts.PersonDetails;
import dk.samspil.accounts.PersonId;
import dk.samspil.accounts.Role;
import dk.samspil.groups.GroupDirectory;
import dk.samspil.groups.GroupId;
import dk.samspil.groups.GroupKind;
import dk.samspil.groups.GroupRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static dk.samspil.Visitors.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Runs as background jobs: frozen, repeatable, readable by the group only. */
@SamspilTest
class WaterRunsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	Accounts accounts;

	@Autowired
	GroupDirectory groups;

	@Autowired
	ModelDesk desk;

	@Autowired
	Runs runs;

	String member;

	String outsider;

	WaterModelId model;

	@BeforeEach
	void aGroupWithItsOwnModel() {
		long n = System.nanoTime() % 1_000_000;
		member = "vandkoersel.medlem" + n;
		outsider = "vandkoersel.udenfor" + n;
		PersonId memberId = person(member);
		person(outsider);
		GroupId group = groups.start("Vandkørselstest " + n, GroupKind.PROJECT, "Prøver kørsler af.");
		groups.addMember(group, memberId, GroupRole.MEMBER);
		model = desk.create(group, "Kørselsmodel " + n, WaterDemoData.triangle(), "Første version", memberId, "Medlem");
	}

	@Test
	void aRunOfTwoScenariosFinishesInTheBackgroundAndShowsItsResults() throws Exception {
		long run = start("baseline", "hysynergy-1gw-dry");
		Run done = awaitOver(run);
		assertThat(done.status()).isEqualTo(RunStatus.FINISHED);
		assertThat(done.done()).isEqualTo(2);
		mvc.perform(get("/water/runs/" + run).with(as(users, member)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Færdig")))
			.andExpect(content().string(containsString("hysynergy-1gw-dry")))
			.andExpect(content().string(containsString("Forsyningssikkerhed")));
	}

	@Test
	void theSameRunStartedAgainGivesTheSameNumbers() throws Exception {
		long first = start("hysynergy-1gw-dry");
		long second = start("hysynergy-1gw-dry");
		awaitOver(first);
		awaitOver(second);
		assertThat(runs.results(second).get(0)[1]).isEqualTo(runs.results(first).get(0)[1]);
	}

	@Test
	void someoneOutsideTheGroupFindsNoRun() throws Exception {
		long run = start("baseline");
		mvc.perform(get("/water/runs/" + run).with(as(users, outsider))).andExpect(status().isNotFound());
		mvc.perform(get("/water/runs/" + run + "/progress").with(as(users, outsider))).andExpect(status().isNotFound());
		mvc.perform(post("/water/runs/" + run + "/cancel").with(csrf()).with(as(users, outsider)))
			.andExpect(status().isNotFound());
		mvc.perform(post("/water/models/" + model.value() + "/runs").with(csrf())
			.with(as(users, outsider))
			.param("version", "1")
			.param("scenario", "baseline")).andExpect(status().isNotFound());
	}

	@Test
	void aRunWithoutScenariosIsRefusedWithAReason() throws Exception {
		String location = mvc
			.perform(post("/water/models/" + model.value() + "/runs").with(csrf())
				.with(as(users, member))
				.param("version", "1"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).contains("/versions/1");
		assertThat(runs.ofModel(model)).isEmpty();
	}

	private long start(String... scenarios) throws Exception {
		var request = post("/water/models/" + model.value() + "/runs").with(csrf())
			.with(as(users, member))
			.param("version", "1");
		for (String scenario : scenarios) {
			request = request.param("scenario", scenario);
		}
		String location = mvc.perform(request).andReturn().getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/water/runs/");
		return Long.parseLong(location.substring("/water/runs/".length()));
	}

	/**
	 * Waits for the scheduler to run the run's parts: they run on its own threads, as in
	 * production.
	 */
	private Run awaitOver(long id) throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
		while (Instant.now().isBefore(deadline)) {
			Run run = runs.find(id).orElseThrow();
			if (run.over()) {
				return run;
			}
			Thread.sleep(200);
		}
		throw new AssertionError("run " + id + " did not finish: " + runs.find(id).orElseThrow());
	}

	private PersonId person(String username) {
		return accounts.register(
				new PersonDetails(username, username, username + "@test.example", null, null, Role.MEMBER),
				"en lang nok kode");
	}

}
