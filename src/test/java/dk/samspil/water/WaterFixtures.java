package dk.samspil.water;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import dk.samspil.accounts.Accounts;
import dk.samspil.accounts.PersonDetails;
import dk.samspil.accounts.PersonId;
import dk.samspil.accounts.Role;
import dk.samspil.groups.GroupDirectory;
import dk.samspil.groups.GroupId;
import dk.samspil.groups.GroupKind;
import dk.samspil.groups.GroupRole;

import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static dk.samspil.Visitors.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * People, a project group with its own copy of the Triangle model, and waiting for runs,
 * for the water module's tests; each test makes its own, so none changes the demo data.
 */
class WaterFixtures {

	private static final AtomicInteger NEXT = new AtomicInteger();

	/**
	 * A project group whose one member has its model; the outsider is in no group of it.
	 */
	record OwnModel(String member, PersonId memberId, String outsider, GroupId group, WaterModelId model) {
	}

	private final Accounts accounts;

	private final GroupDirectory groups;

	private final ModelDesk models;

	private final Runs runs;

	private final MockMvc mvc;

	private final UserDetailsService users;

	WaterFixtures(ApplicationContext context) {
		this.mvc = context.getBean(MockMvc.class);
		this.users = context.getBean(UserDetailsService.class);
		this.accounts = context.getBean(Accounts.class);
		this.groups = context.getBean(GroupDirectory.class);
		this.models = context.getBean(ModelDesk.class);
		this.runs = context.getBean(Runs.class);
	}

	/** A login unique to this test run, starting with {@code prefix}. */
	static String login(String prefix) {
		return prefix + NEXT.incrementAndGet() + "x" + System.nanoTime() % 1_000_000;
	}

	PersonId person(String username) {
		return accounts.register(
				new PersonDetails(username, username, username + "@test.example", null, null, Role.MEMBER),
				"en lang nok kode");
	}

	/** {@code name} names the group and its model, {@code prefix} the two logins. */
	OwnModel groupWithModel(String prefix, String name) {
		String member = login(prefix + ".medlem");
		String outsider = login(prefix + ".udenfor");
		PersonId memberId = person(member);
		person(outsider);
		GroupId group = groups.start(name + " " + member, GroupKind.PROJECT, "Prøver vandmodeller af.");
		groups.addMember(group, memberId, GroupRole.MEMBER);
		WaterModelId model = models.create(group, name + "model " + member, WaterDemoData.triangle(), "Første version",
				memberId, "Medlem");
		return new OwnModel(member, memberId, outsider, group, model);
	}

	/**
	 * Starts a run of version 1 of the model with the model file's scenarios named, as
	 * the member.
	 */
	long start(String member, WaterModelId model, String... scenarios) throws Exception {
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
	 * Waits, at most two minutes, for the scheduler to run the run's parts: they run on
	 * its own threads, as in production.
	 */
	Run awaitOver(long id) {
		await().atMost(Duration.ofSeconds(120))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> runs.find(id).orElseThrow().over());
		return runs.find(id).orElseThrow();
	}

}
