package dk.samspil.water;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import dk.samspil.accounts.PersonId;
import dk.samspil.allocation.Engine;
import dk.samspil.allocation.Horizon;
import dk.samspil.allocation.file.ModelFile;
import dk.samspil.allocation.file.NationalModel;
import dk.samspil.allocation.water.WaterScenario;
import dk.samspil.groups.GroupId;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The run benchmark: prints, for each case, the time from pressing "run" (storing the run
 * and queueing its parts) to every result and the summary stored, on the product's
 * scheduler and PostgreSQL, and beside it the engine's time alone for the same scenarios.
 * Not a timed test: it asserts nothing and runs only when asked for:
 *
 * <pre>mvn -o test -Dtest=WaterBenchmark -Dwater.benchmark=true</pre>
 */
@EnabledIfSystemProperty(named = "water.benchmark", matches = "true")
class WaterBenchmark {

	static final Clock CLOCK = Clock.systemUTC();

	@Test
	void printTheFigures() throws Exception {
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
			DataSource dataSource = postgres.getPostgresDatabase();
			Flyway.configure()
				.dataSource(dataSource)
				.locations("classpath:db/migration/jobs", "classpath:db/migration/water")
				.load()
				.migrate();
			JdbcClient jdbc = JdbcClient.create(dataSource);
			Runs runs = new Runs(jdbc);
			Models models = new Models(jdbc);
			OneTimeTask<RunPart> task = Tasks.oneTime("water-run-part", RunPart.class)
				.execute((instance, context) -> RunWorker.work(instance.getData(), runs, models, CLOCK));
			Scheduler scheduler = Scheduler.create(dataSource, task)
				.schedulerName(new SchedulerName.Fixed("bench"))
				.threads(2)
				.pollingInterval(Duration.ofMillis(100))
				.enableImmediateExecution()
				.pollUsingLockAndFetch(0.5, 1.0)
				.build();
			scheduler.start();
			try {
				ModelFile triangle = ModelFile.parse(WaterDemoData.triangle(), "triangle");
				List<WaterScenario> five = List.of(triangle.scenario("baseline"), triangle.scenario("hysynergy-1gw"),
						triangle.scenario("hysynergy-1gw-dry"), EnsembleTest.ensemble(1, 2).draw().get(0),
						EnsembleTest.ensemble(1, 2).draw().get(1));
				List<WaterScenario> thousand = EnsembleTest.ensemble(2026, 1000).draw();
				ModelFile national = NationalModel.generate(1, new Horizon(YearMonth.of(2025, 1), 360));
				List<WaterScenario> one = List.of(national.scenarios().isEmpty()
						? WaterScenario.baseline("baseline", List.of()) : national.scenarios().get(0));
				System.out.println("load before: " + load());
				measure("Triangle, 31 years, 5 scenarios", triangle, five, runs, models, scheduler, task);
				measure("Triangle, 1,000-scenario ensemble", triangle, thousand, runs, models, scheduler, task);
				measure("National model, 1 scenario, 360 months", national, one, runs, models, scheduler, task);
				System.out.println("load after: " + load());
			}
			finally {
				scheduler.stop();
			}
		}
	}

	private static void measure(String name, ModelFile file, List<WaterScenario> scenarios, Runs runs, Models models,
			Scheduler scheduler, OneTimeTask<RunPart> task) throws Exception {
		WaterModelId model = models.insert(new GroupId(1), name);
		models.advance(model, 0);
		models.insertVersion(model, 1, file.toJson(), Map.of(), "bench", new PersonId(1), "bench", CLOCK.instant());
		long started = System.nanoTime();
		long run = runs.insert(model, 1, FrozenScenarios.write(scenarios), scenarios.size(), file.horizon().months(),
				RunDesk.ENGINE, new PersonId(1), "bench", CLOCK.instant());
		for (int from = 0, part = 0; from < scenarios.size(); from += 50, part++) {
			scheduler.schedule(task.instance("run-" + run + "-part-" + part,
					new RunPart(run, from, Math.min(scenarios.size(), from + 50))), Instant.now());
		}
		Run over;
		do {
			Thread.sleep(20);
			over = runs.find(run).orElseThrow();
		}
		while (!over.over());
		double stored = (System.nanoTime() - started) / 1e9;
		long engineStart = System.nanoTime();
		Engine engine = new Engine(file.model().network(), file.horizon());
		scenarios.forEach(s -> engine.run(file.model().scenario(s, file.horizon())));
		double engineOnly = (System.nanoTime() - engineStart) / 1e9;
		System.out.printf("%-45s %s: run to results stored %6.2f s | engine alone, one thread %6.2f s%n", name,
				over.status(), stored, engineOnly);
	}

	private static String load() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).strip();
		}
		catch (IOException e) {
			return "unknown";
		}
	}

}
