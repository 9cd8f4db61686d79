package dk.samspil.water;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.ScheduledExecutionsFilter;
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

	static VersionFiles files;

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
		files = new VersionFiles(models);
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
			RunWorker.work(instance.getData(), runs, files, CLOCK);
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
			.execute((instance, context) -> RunWorker.work(instance.getData(), runs, files, CLOCK));
		// What a kill leaves behind: the part picked by an instance that stopped sending
		// heartbeats an hour ago,
		// the run running with one scenario stored.
		SchedulerClient client = SchedulerClient.Builder.create(dataSource, task).build();
		client.schedule(task.instance("run-" + run + "-part-0", new RunPart(run, 0, 4)),
				Instant.now().plusSeconds(3600));
		RunWorker.work(new RunPart(run, 0, 1), runs, files, CLOCK);
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

	@Test
	void aCancelledRunIsMarkedCancelledAndItsWorkersStopWithinAMoment() throws Exception {
		WaterModelId model = model();
		List<WaterScenario> ensemble = EnsembleTest.ensemble(11, 400).draw();
		long run = runs.insert(model, 1, FrozenScenarios.write(ensemble), ensemble.size(), 372, RunDesk.ENGINE,
				new PersonId(1), "Test", CLOCK.instant());
		OneTimeTask<RunPart> task = Tasks.oneTime(RunWorker.TASK, RunPart.class)
			.execute((instance, context) -> RunWorker.work(instance.getData(), runs, files, CLOCK));
		Scheduler scheduler = scheduler(task, "cancelling");
		scheduler.start();
		try {
			for (int from = 0, part = 0; from < ensemble.size(); from += 50, part++) {
				scheduler.schedule(task.instance("run-" + run + "-part-" + part, new RunPart(run, from, from + 50)),
						Instant.now());
			}
			awaitUntil(() -> runs.find(run).orElseThrow().done() > 0, "run " + run + " never started");
			assertThat(runs.cancel(run, CLOCK.instant())).isTrue();
			assertThat(runs.find(run).orElseThrow().status()).isEqualTo(RunStatus.CANCELLED);
			awaitUntil(() -> partsOf(scheduler, run) == 0, "parts of run " + run + " still in the scheduler");
			int done = runs.find(run).orElseThrow().done();
			Thread.sleep(1000);
			Run cancelled = runs.find(run).orElseThrow();
			assertThat(cancelled.done()).isEqualTo(done).isLessThan(ensemble.size());
			assertThat(cancelled.status()).isEqualTo(RunStatus.CANCELLED);
			assertThat(runs.summary(run)).isEmpty();
		}
		finally {
			scheduler.stop();
		}
	}

	@Test
	void aRunWhoseJobsAreGoneFromTheSchedulerIsMarkedFailedWithTheReasonAfterTheRestart() throws Exception {
		WaterModelId model = model();
		List<WaterScenario> scenarios = EnsembleTest.ensemble(13, 4).draw();
		long lost = runs.insert(model, 1, FrozenScenarios.write(scenarios), 4, 372, RunDesk.ENGINE, new PersonId(1),
				"Test", CLOCK.instant().minus(Duration.ofMinutes(5)));
		long waiting = runs.insert(model, 1, FrozenScenarios.write(scenarios), 4, 372, RunDesk.ENGINE, new PersonId(1),
				"Test", CLOCK.instant().minus(Duration.ofMinutes(5)));
		OneTimeTask<RunPart> task = Tasks.oneTime(RunWorker.TASK, RunPart.class)
			.execute((instance, context) -> RunWorker.work(instance.getData(), runs, files, CLOCK));
		// One run was running when its job vanished; the other's part waits for later and
		// is left alone.
		RunWorker.work(new RunPart(lost, 0, 1), runs, files, CLOCK);
		SchedulerClient client = SchedulerClient.Builder.create(dataSource, task).build();
		client.schedule(task.instance("run-" + waiting + "-part-0", new RunPart(waiting, 0, 4)),
				Instant.now().plusSeconds(3600));
		assertThat(runs.find(lost).orElseThrow().status()).isEqualTo(RunStatus.RUNNING);
		Scheduler restarted = Scheduler.create(dataSource, List.of(task))
			.startTasks(new LostRuns().waterLostRuns(runs, CLOCK))
			.schedulerName(new SchedulerName.Fixed("restarted"))
			.pollingInterval(Duration.ofMillis(100))
			.build();
		restarted.start();
		try {
			awaitUntil(() -> runs.find(lost).orElseThrow().over(), "run " + lost + " still " + runs.find(lost));
		}
		finally {
			restarted.stop();
		}
		Run failed = runs.find(lost).orElseThrow();
		assertThat(failed.status()).isEqualTo(RunStatus.FAILED);
		assertThat(failed.failure()).isEqualTo(LostRuns.REASON);
		assertThat(failed.done()).isEqualTo(1);
		assertThat(runs.find(waiting).orElseThrow().status()).isEqualTo(RunStatus.QUEUED);
		assertThat(LostRuns.sweep(runs, client, CLOCK)).isZero();
	}

	@Test
	void aRunOnAVersionThatNoLongerReadsFailsWithTheReasonAndLeavesNoJobToBeTriedAgain() throws Exception {
		WaterModelId model = models.insert(new GroupId(1), "Gammel");
		models.advance(model, 0);
		// saved as it was before horizons were kept to a hundred years
		models.insertVersion(model, 1,
				WaterDemoData.triangle().replaceFirst("\"end\": \"2055-12\"", "\"end\": \"4024-12\""), Map.of(),
				"Første", new PersonId(1), "Test", CLOCK.instant());
		List<WaterScenario> scenarios = EnsembleTest.ensemble(17, 4).draw();
		long run = runs.insert(model, 1, FrozenScenarios.write(scenarios), 4, 372, RunDesk.ENGINE, new PersonId(1),
				"Test", CLOCK.instant());
		OneTimeTask<RunPart> task = Tasks.oneTime(RunWorker.TASK, RunPart.class)
			.execute((instance, context) -> RunWorker.work(instance.getData(), runs, files, CLOCK));
		Scheduler scheduler = scheduler(task, "unreadable");
		scheduler.start();
		try {
			scheduler.schedule(task.instance("run-" + run + "-part-0", new RunPart(run, 0, 2)), Instant.now());
			scheduler.schedule(task.instance("run-" + run + "-part-1", new RunPart(run, 2, 4)), Instant.now());
			Run failed = awaitOver(run);
			assertThat(failed.status()).isEqualTo(RunStatus.FAILED);
			assertThat(failed.failure()).isEqualTo("version 1 can no longer be read: horizon from 2025-01 has 24000 "
					+ "months; a plan covers at most 100 years (1200 months)");
			awaitUntil(() -> partsOf(scheduler, run) == 0, "parts of run " + run + " still in the scheduler");
		}
		finally {
			scheduler.stop();
		}
		assertThat(runs.find(run).orElseThrow().done()).isZero();
	}

	private static long partsOf(Scheduler scheduler, long run) {
		List<Long> parts = new ArrayList<>();
		scheduler.fetchScheduledExecutionsForTask(RunWorker.TASK, RunPart.class, ScheduledExecutionsFilter.all(),
				e -> parts.add(e.getData().run()));
		return parts.stream().filter(r -> r == run).count();
	}

	private static void awaitUntil(BooleanSupplier condition, String otherwise) throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
		while (Instant.now().isBefore(deadline)) {
			if (condition.getAsBoolean()) {
				return;
			}
			Thread.sleep(50);
		}
		throw new AssertionError(otherwise);
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
