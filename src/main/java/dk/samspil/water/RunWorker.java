package dk.samspil.water;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dk.samspil.allocation.Engine;
import dk.samspil.allocation.InfeasibleStepException;
import dk.samspil.allocation.ModelException;
import dk.samspil.allocation.Scenario;
import dk.samspil.allocation.ScenarioResult;
import dk.samspil.allocation.file.ModelFile;
import dk.samspil.allocation.water.WaterDetail;
import dk.samspil.allocation.water.WaterReport;
import dk.samspil.allocation.water.WaterScenario;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Runs one part of a run on whichever instance took its job: the frozen scenarios through
 * the engine, each result stored as soon as it is ready, so the progress bar moves and a
 * part taken up again after a crash goes on where the stored results end. A month the
 * engine cannot solve, or a version it no longer reads, fails the run with the engine's
 * words; the part's job then ends, so it is not tried again.
 */
@Configuration(proxyBeanMethods = false)
class RunWorker {

	private static final Logger log = LoggerFactory.getLogger(RunWorker.class);

	/** The scheduler's name for a part of a run. */
	static final String TASK = "water-run-part";

	@Bean
	OneTimeTask<RunPart> waterRunPart(Runs runs, VersionFiles files, Clock clock) {
		return Tasks.oneTime(TASK, RunPart.class)
			.execute((instance, context) -> work(instance.getData(), runs, files, clock));
	}

	/**
	 * Results are stored in batches of at most this many, and at least this often, so the
	 * progress bar moves without one round trip per scenario.
	 */
	static final int BATCH = 25;

	static final long BATCH_NANOS = 400_000_000L;

	static void work(RunPart part, Runs runs, VersionFiles files, Clock clock) {
		Run run = runs.find(part.run()).orElse(null);
		if (run == null || run.over()) {
			return;
		}
		try {
			runs.markRunning(run.id(), clock.instant());
			ModelFile file = files.of(run.model(), run.modelVersion());
			List<WaterScenario> scenarios = FrozenScenarios.read(runs.scenarios(run.id()));
			Engine engine = new Engine(file.model().network(), file.horizon());
			// An ensemble keeps the series only of the scenarios its page shows (see
			// keepShownSeries); a small run keeps every scenario's.
			boolean everySeries = run.scenarioCount() <= ResultPage.LISTED;
			Set<Integer> stored = runs.storedIndices(run.id());
			List<Runs.StoredResult> batch = new ArrayList<>();
			long flushed = System.nanoTime();
			for (int i = part.from(); i < part.to(); i++) {
				if (stored.contains(i)) {
					continue;
				}
				batch.add(result(i, scenarios.get(i), file, engine, everySeries));
				if (batch.size() >= BATCH || System.nanoTime() - flushed > BATCH_NANOS) {
					runs.insertResults(run.id(), batch);
					batch.clear();
					flushed = System.nanoTime();
					if (runs.status(run.id()) == RunStatus.CANCELLED) {
						return;
					}
				}
			}
			runs.insertResults(run.id(), batch);
			if (runs.complete(run.id())) {
				if (!everySeries) {
					keepShownSeries(run.id(), scenarios, file, engine, runs);
				}
				runs.finishIfComplete(run.id(), ResultJson.write(RunSummary.of(runs.reports(run.id()))),
						clock.instant());
			}
		}
		catch (InfeasibleStepException | ModelException | UnreadableVersion e) {
			runs.fail(run.id(), e.getMessage(), clock.instant());
		}
		catch (RuntimeException e) {
			log.error("Run {} failed", run.id(), e);
			runs.fail(run.id(), e.getClass().getSimpleName() + ": " + e.getMessage(), clock.instant());
		}
	}

	private static Runs.StoredResult result(int index, WaterScenario scenario, ModelFile file, Engine engine,
			boolean withSeries) {
		Scenario series = file.model().scenario(scenario, file.horizon());
		ScenarioResult result = engine.run(series);
		WaterDetail detail = WaterDetail.of(file.model(), series, result);
		ScenarioReport report = ScenarioReport.of(index, file.model(), result, WaterReport.of(file.model(), result),
				detail);
		return new Runs.StoredResult(index, scenario.name(), report.totalShortfall(), ResultJson.write(report),
				withSeries ? ResultJson.write(ResultSeries.of(report.start(), detail)) : null);
	}

	/**
	 * The series of the worst scenarios, the ones a large run's page lists, run again:
	 * the engine gives the same numbers for the same scenario, and a thousand series
	 * nobody looks at are not worth storing.
	 */
	private static void keepShownSeries(long run, List<WaterScenario> scenarios, ModelFile file, Engine engine,
			Runs runs) {
		Set<Integer> kept = runs.withSeries(run);
		for (int index : runs.worstIndices(run, ResultPage.WORST)) {
			if (!kept.contains(index)) {
				runs.storeSeries(run, index, result(index, scenarios.get(index), file, engine, true).series());
			}
		}
	}

}
