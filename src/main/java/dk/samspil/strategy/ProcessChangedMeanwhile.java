package dk.samspil.strategy;

import dk.samspil.rules.Refusal;

/**
 * A save of a process's settings made on a form opened on an older version: someone else
 * saved the process meanwhile. Carries the process as it is now, to show beside what was
 * typed.
 */
class ProcessChangedMeanwhile extends Refusal {

	private final transient StrategyProcess current;

	ProcessChangedMeanwhile(StrategyProcess current) {
		super("strategy.process.changedMeanwhile");
		this.current = current;
	}

	StrategyProcess current() {
		return current;
	}

}
