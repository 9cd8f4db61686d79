package dk.samspil.consultations;

import dk.samspil.accounts.PersonId;

/**
 * The officials' handling of a response, saved as one: where it goes ({@link Routing})
 * and what they made of it ({@link Assessment}). The two change for different reasons,
 * one when the response is passed on, the other when it is read and answered.
 */
record Processing(Routing routing, Assessment assessment) {

	/** Nothing done yet: the processing of a response just received. */
	static final Processing NONE = new Processing(Routing.NONE, Assessment.NONE);

	/**
	 * Follows from the assessment: done with a summary and an outcome, new with nothing
	 * written.
	 */
	enum Status {

		NEW, IN_PROGRESS, DONE

	}

	Processing {
		routing = routing == null ? Routing.NONE : routing;
		assessment = assessment == null ? Assessment.NONE : assessment;
	}

	Status status() {
		return assessment.status();
	}

	/**
	 * Who handles the response: the municipality it is assigned to (its code, null for
	 * the one its postcode lies in), the official given it, and the theme it is filed
	 * under.
	 */
	record Routing(String assignedTo, PersonId caseworker, String theme) {

		static final Routing NONE = new Routing(null, null, null);

		Routing {
			assignedTo = blankToNull(assignedTo);
			theme = blankToNull(theme);
		}
	}

	/**
	 * What was made of the response: a summary, a comment, the outcome, and the change to
	 * the document it led to (only when the outcome is one that leads to a change).
	 */
	record Assessment(String summary, String comment, Outcome outcome, String changeText, String changeAnchor) {

		static final Assessment NONE = new Assessment(null, null, null, null, null);

		Assessment {
			summary = blankToNull(summary);
			comment = blankToNull(comment);
			changeText = blankToNull(changeText);
			changeAnchor = blankToNull(changeAnchor);
			if (outcome == null || !outcome.ledToChange()) {
				changeText = null;
				changeAnchor = null;
			}
		}

		Status status() {
			return outcome != null && summary != null ? Status.DONE
					: summary == null && comment == null && outcome == null ? Status.NEW : Status.IN_PROGRESS;
		}
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
