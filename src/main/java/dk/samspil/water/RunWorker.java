package dk.samspil.water;

import java.time.Clock;
import java.util.List;

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
 * engine cannot solve fails the run with the engine's words.
 */
@Configuration(proxyBeanMethods = false)
class RunWorker {

	private static final Logger log = LoggerFactory.getLogger(RunWorker.class);

	@Bean
	OneTimeTask<RunPart> waterRunPart(Runs runs, Models models, Clock clock) {
		return Tasks.oneTime("water-run-part", RunPart.class)
			.execute((instance, context) -> work(instance.getData(), runs, models, clock));
	}

	static void work(RunPart part, Runs runs, Models models, Clock clock) {
		Run run = runs.find(part.run()).orElse(null);
		if (run == null || run.over()) {
			return;
		}
		try {
			runs.markRunning(run.id(), clock.instant());
			ModelVersion version = models.version(run.model(), run.modelVersion()).orElseThrow();
			ModelFile file = ModelFile.parse(version.content(), "model " + run.model().value());
			List<WaterScenario> scenarios = FrozenScenarios.read(run.scenarios());
			Engine engine = new Engine(file.model().network(), file.horizon());
			for (int i = part.from(); i < part.to(); i++) {
				if (runs.status(run.id()) == RunStatus.CANCELLED) {
					return;
				}
				if (runs.hasResult(run.id(), i)) {
					continue;
				}
				WaterScenario scenario = scenarios.get(i);
				Scenario series = file.model().scenario(scenario, file.horizon());
				ScenarioResult result = engine.run(series);
				WaterDetail detail = WaterDetail.of(file.model(), series, result);
				ScenarioReport report = ScenarioReport.of(i, file.model(), result, WaterReport.of(file.model(), result),
						detail);
				runs.insertResult(run.id(), i, scenario.name(), ResultJson.write(report),
						ResultJson.write(ResultSeries.of(report.start(), detail)));
			}
			if (runs.complete(run.id())) {
				runs.finishIfComplete(run.id(), ResultJson.write(RunSummary.of(runs.reports(run.id()))),
						clock.instant());
			}
		}
		catch (InfeasibleStepException | ModelException e) {
			runs.fail(run.id(), e.getMessage(), clock.instant());
		}
		catch (RuntimeException e) {
			log.error("Run {} failed", run.id(), e);
			runs.fail(run.id(), e.getClass().getSimpleName() + ": " + e.getMessage(), clock.instant());
		}
	}

}
