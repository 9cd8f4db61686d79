package dk.samspil.water;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;

import dk.samspil.accounts.PersonId;
import dk.samspil.allocation.Engine;
import dk.samspil.allocation.file.ModelFile;
import dk.samspil.allocation.water.WaterScenario;
import dk.samspil.rules.Refusal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Starting and cancelling runs. A run is stored with its model version and scenarios and
 * split into parts, each a job of the scheduler in the same transaction, so a run is
 * either queued with all its parts or not at all.
 */
@Component
class RunDesk {

	static final String ENGINE = "allocation " + versionOf(Engine.class);

	private final Runs runs;

	private final VersionFiles files;

	private final Scenarios scenarios;

	private final SchedulerClient scheduler;

	private final OneTimeTask<RunPart> task;

	private final Clock clock;

	private final int partSize;

	private final ObjectProvider<Scheduler> workers;

	RunDesk(Runs runs, VersionFiles files, Scenarios scenarios, @Lazy SchedulerClient scheduler,
			OneTimeTask<RunPart> task, Clock clock, @Value("${samspil.water.scenarios-per-part:50}") int partSize,
			ObjectProvider<Scheduler> workers) {
		this.workers = workers;
		this.runs = runs;
		this.files = files;
		this.scenarios = scenarios;
		this.scheduler = scheduler;
		this.task = task;
		this.clock = clock;
		this.partSize = partSize;
	}

	/**
	 * What a run is started on: scenarios of the model file by name, stored scenarios by
	 * id, and an ensemble.
	 */
	record Choice(List<String> fileScenarios, List<Long> storedScenarios, Long ensemble) {

		/**
		 * A blank value among the ticked boxes (none the page offers) chooses nothing.
		 */
		Choice {
			fileScenarios = fileScenarios == null ? List.of()
					: fileScenarios.stream().filter(s -> s != null && !s.isBlank()).toList();
			storedScenarios = storedScenarios == null ? List.of()
					: storedScenarios.stream().filter(Objects::nonNull).toList();
		}

		boolean empty() {
			return fileScenarios.isEmpty() && storedScenarios.isEmpty() && ensemble == null;
		}
	}

	/**
	 * Queues a run of the named scenarios of {@code version}.
	 * @throws Refusal when no scenario is chosen or one is not in the version
	 */
	@Transactional
	long start(ModelInfo model, int version, List<String> names, PersonId by, String byName) {
		return start(model, version, new Choice(names, List.of(), null), by, byName);
	}

	/**
	 * Queues a run of the chosen scenarios on {@code version}, the version the person had
	 * open, even when someone has saved a newer one since: the run is frozen on what was
	 * chosen, and its page says which version it used.
	 * @throws Refusal when nothing is chosen, a scenario is unknown, or a scenario's PtX
	 * stages do not fit the version (a plant it lacks, a month outside its horizon)
	 * @throws UnreadableVersion when the version no longer reads
	 */
	@Transactional
	long start(ModelInfo model, int version, Choice choice, PersonId by, String byName) {
		ModelFile file = files.of(model.id(), version);
		if (choice.empty()) {
			throw new Refusal("water.run.noScenario");
		}
		List<WaterScenario> chosen = new ArrayList<>();
		for (String name : choice.fileScenarios()) {
			chosen.add(file.scenarios()
				.stream()
				.filter(s -> s.name().equals(name))
				.findFirst()
				.orElseThrow(() -> new Refusal("water.run.unknownScenario")));
		}
		for (Long id : choice.storedScenarios()) {
			chosen.add(scenarios.find(model.id(), id)
				.orElseThrow(() -> new Refusal("water.run.unknownScenario"))
				.scenario());
		}
		if (choice.ensemble() != null) {
			chosen.addAll(scenarios.ensemble(model.id(), choice.ensemble())
				.orElseThrow(() -> new Refusal("water.run.unknownScenario"))
				.draw());
		}
		ScenarioCheck check = new ScenarioCheck(file);
		for (WaterScenario scenario : chosen) {
			if (!check.fits(scenario)) {
				throw new Refusal("water.run.doesNotFit", scenario.name());
			}
		}
		long id = runs.insert(model.id(), version, FrozenScenarios.write(chosen), chosen.size(),
				file.horizon().months(), ENGINE, by, byName, clock.instant());
		for (int from = 0, part = 0; from < chosen.size(); from += partSize, part++) {
			RunPart data = new RunPart(id, from, Math.min(chosen.size(), from + partSize));
			scheduler.scheduleIfNotExists(task.instance("run-" + id + "-part-" + part, data), clock.instant());
		}
		wakeWorkersAfterCommit();
		return id;
	}

	/**
	 * The scheduler looks for due parts as soon as they are scheduled, which is inside
	 * this transaction, before they can be seen; without a second look after the commit
	 * they would wait for its next poll.
	 */
	private void wakeWorkersAfterCommit() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					workers.ifAvailable(Scheduler::triggerCheckForDueExecutions);
				}
			});
		}
	}

	@Transactional
	boolean cancel(long run) {
		return runs.cancel(run, clock.instant());
	}

	private static String versionOf(Class<?> type) {
		String version = type.getPackage().getImplementationVersion();
		return version == null ? "0.1.0-SNAPSHOT" : version;
	}

}
