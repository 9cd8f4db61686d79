package dk.samspil.accounts;

import dk.samspil.rules.Refusal;

/**
 * A save made on a form opened on an older version of the person: someone else saved the
 * person meanwhile. Carries the person as they are now, to show beside what was typed.
 */
class ChangedMeanwhile extends Refusal {

	private final transient Person current;

	ChangedMeanwhile(Person current) {
		super("people.changedMeanwhile");
		this.current = current;
	}

	Person current() {
		return current;
	}

}
