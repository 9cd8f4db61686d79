package dk.samspil.strategy;

import dk.samspil.rules.Refusal;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secretariat sets up a planning strategy process and changes its name, term and
 * phases.
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

	@Transactional
	void change(ProcessId id, ProcessForm form) {
		if (!processes.lock(id.value())) {
			throw new Refusal("strategy.process.gone");
		}
		processes.update(id.value(), new StrategyProcess(id, form.name(), form.year(), form.phases()));
	}

}
