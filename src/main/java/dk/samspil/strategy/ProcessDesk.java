package dk.samspil.strategy;

import dk.samspil.rules.Refusal;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secretariat sets up a planning strategy process and changes its name, term and
 * phases. A change reads the process with its row locked and is refused, with the process
 * as it is now, when the form was opened on an older version.
 */
@Component
class ProcessDesk {

	private final Processes processes;

	ProcessDesk(Processes processes) {
		this.processes = processes;
	}

	@Transactional
	ProcessId start(ProcessForm form) {
		return new ProcessId(processes.insert(new StrategyProcess(null, form.name(), form.year(), form.phases())));
	}

	/**
	 * Saves the form over the process.
	 * @throws ProcessChangedMeanwhile when someone else saved it since the form was
	 * opened
	 */
	@Transactional
	void change(ProcessId id, ProcessForm form) {
		StrategyProcess current = processes.locked(id.value()).orElseThrow(() -> new Refusal("strategy.process.gone"));
		StrategyProcess changed = current.changed(form.name(), form.year(), form.phases(), form.version());
		if (!processes.update(changed)) {
			// the lock makes this the backstop, not the rule
			throw new ProcessChangedMeanwhile(processes.find(id.value()).orElseThrow());
		}
	}

}
