package dk.samspil.water;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dk.samspil.accounts.PersonId;
import dk.samspil.allocation.file.ModelFile;
import dk.samspil.allocation.water.WaterScenario;
import dk.samspil.groups.GroupId;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs on the product's scheduler as they live in production, without the rest of the
 * application: two instances on one database sharing the parts of one ensemble, and a run
 * whose instance was killed mid-part taken up again by the instance that comes back,
 * going on where the stored results end.
 */
class RunRecoveryTest {

	static EmbeddedPostgres postgres;

	static DataSource dataSource;

	static Runs runs;

	static Models models;

	static final Clock CLOCK = Clock.systemUTC();

	@BeforeAll
	static void database() throws Exception {
		postgres = EmbeddedPostgres.builder().start();
		dataSource = postgres.getPostgresDatabase();
		Flyway.configure()
			.dataSource(dataSource)
			.locations("classpath:db/migration/jobs", "classpath:db/migration/water")
			.load()
			.migrate();
		JdbcClient jdbc = JdbcClient.create(dataSource);
		runs = new Runs(jdbc, new JdbcTemplate(dataSource));
		models = new Models(jdbc);
	}

	@AfterAll
	static void stop() throws Exception {
		postgres.close();
	}

	@Test
	void twoInstancesTakePartsOfOneEnsembleAndEveryScenarioIsStoredOnce() throws Exception {
		WaterModelId model = model();
		List<WaterScenario> ensemble = EnsembleTest.ensemble(5, 24).draw();
		long run = runs.insert(model, 1, FrozenScenarios.write(ensemble), ensemble.size(), 372, RunDesk.ENGINE,
				new PersonId(1), "Test", CLOCK.instant());
		Map<Integer, String> partTakenBy = new ConcurrentHashMap<>();
		OneTimeTask<RunPart> task = Tasks.oneTime("water-run-part", RunPart.class).execute((instance, context) -> {
			partTakenBy.put(instance.getData().from(), context.getExecution().pickedBy);
			RunWorker.work(instance.getData(), runs, models, CLOCK);
		});
		Scheduler first = scheduler(task, "first");
		Scheduler second = scheduler(task, "second");
		first.start();
		second.start();
		try {
			for (int from = 0, part = 0; from < ensemble.size(); from += 2, part++) {
				first.schedule(task.instance("run-" + run + "-part-" + part, new RunPart(run, from, from + 2)),
						Instant.now());
			}
			assertThat(awaitOver(run).status()).isEqualTo(RunStatus.FINISHED);
		}
		finally {
			first.stop();
			second.stop();
		}
		assertThat(runs.results(run)).hasSize(24);
		assertThat(runs.results(run)).extracting(r -> r[0]).doesNotHaveDuplicates();
		assertThat(Set.copyOf(partTakenBy.values())).containsExactlyInAnyOrder("first", "second");
	}

	@Test
	void aRunWhoseInstanceWasKilledMidPartIsTakenUpAfterTheRestartAndFinishesWithoutCountingTwice() throws Exception {
		WaterModelId model = model();
		List<WaterScenario> scenarios = EnsembleTest.ensemble(9, 4).draw();
		long run = runs.insert(model, 1, FrozenScenarios.write(scenarios), 4, 372, RunDesk.ENGINE, new PersonId(1),
				"Test", CLOCK.instant());
		OneTimeTask<RunPart> task = Tasks.oneTime("water-run-part", RunPart.class)
			.execute((instance, context) -> RunWorker.work(instance.getData(), runs, models, CLOCK));
		// What a kill leaves behind: the part picked by an instance that stopped sending
		// heartbeats an hour ago,
		// the run running with one scenario stored.
		SchedulerClient client = SchedulerClient.Builder.create(dataSource, task).build();
		client.schedule(task.instance("run-" + run + "-part-0", new RunPart(run, 0, 4)),
				Instant.now().plusSeconds(3600));
		RunWorker.work(new RunPart(run, 0, 1), runs, models, CLOCK);
		JdbcClient.create(dataSource)
			.sql("""
					update scheduled_tasks set picked = true, picked_by = 'killed', execution_time = now() - interval '1 hour',
					       last_heartbeat = now() - interval '1 hour', version = version + 1
					where task_instance = ?""")
			.param("run-" + run + "-part-0")
			.update();
		assertThat(runs.find(run).orElseThrow().status()).isEqualTo(RunStatus.RUNNING);
		assertThat(runs.find(run).orElseThrow().done()).isEqualTo(1);
		Scheduler restarted = scheduler(task, "restarted");
		restarted.start();
		try {
			Run over = awaitOver(run);
			assertThat(over.status()).isEqualTo(RunStatus.FINISHED);
			assertThat(over.done()).isEqualTo(4);
		}
		finally {
			restarted.stop();
		}
		assertThat(runs.results(run)).extracting(r -> r[0])
			.containsExactly(scenarios.stream().map(WaterScenario::name).toArray(String[]::new));
	}

	private static WaterModelId model() {
		WaterModelId model = models.insert(new GroupId(1), "Gendannelse");
		models.advance(model, 0);
		models.insertVersion(model, 1, ModelFile.parse(WaterDemoData.triangle(), "triangle").toJson(), Map.of(),
				"Første", new PersonId(1), "Test", CLOCK.instant());
		return model;
	}

	private static Scheduler scheduler(OneTimeTask<RunPart> task, String name) {
		return Scheduler.create(dataSource, task)
			.schedulerName(new SchedulerName.Fixed(name))
			.threads(2)
			.pollingInterval(Duration.ofMillis(100))
			.heartbeatInterval(Duration.ofMillis(500))
			.pollUsingLockAndFetch(0.5, 1.0)
			.build();
	}

	private static Run awaitOver(long id) throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(180));
		List<Run> seen = new ArrayList<>();
		while (Instant.now().isBefore(deadline)) {
			Run run = runs.find(id).orElseThrow();
			if (run.over()) {
				return run;
			}
			seen.add(run);
			Thread.sleep(200);
		}
		throw new AssertionError("run " + id + " did not finish: " + runs.find(id).orElseThrow());
	}

}
