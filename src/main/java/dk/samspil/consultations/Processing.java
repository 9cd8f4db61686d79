package dk.samspil.consultations;

import dk.samspil.accounts.PersonId;

/**
 * The officials' handling of a response: summary, comment, outcome and the change it led
 * to.
 */
record Processing(String summary, String comment, Outcome outcome, String changeText, String changeAnchor,
		String assignedTo, PersonId caseworker, String theme, Status status) {

	/** Nothing done yet: the processing of a response just received. */
	static final Processing NONE = new Processing(null, null, null, null, null, null, null, null, Status.NEW);

	/**
	 * Follows from the fields: done with a summary and an outcome, new with nothing
	 * written.
	 */
	enum Status {

		NEW, IN_PROGRESS, DONE

	}

	Processing {
		summary = blankToNull(summary);
		comment = blankToNull(comment);
		changeText = blankToNull(changeText);
		changeAnchor = blankToNull(changeAnchor);
		assignedTo = blankToNull(assignedTo);
		theme = blankToNull(theme);
		if (outcome == null || !outcome.ledToChange()) {
			changeText = null;
			changeAnchor = null;
		}
		status = outcome != null && summary != null ? Status.DONE
				: summary == null && comment == null && outcome == null ? Status.NEW : Status.IN_PROGRESS;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
