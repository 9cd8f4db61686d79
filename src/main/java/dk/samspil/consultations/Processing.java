package dk.samspil.consultations;

/** The officials' handling of a response: summary, comment, outcome and the change it led to. */
record Processing(String summary, String comment, String outcome, String changeText, String changeAnchor,
		String assignedTo, Long caseworkerId, String theme, String status) {

	enum Outcome {
		ACCOMMODATED, PARTLY, NOT_ACCOMMODATED, NOTED
	}

	Processing {
		if (outcome != null && outcome.isBlank()) {
			outcome = null;
		}
		if (outcome != null) {
			Outcome.valueOf(outcome);
		}
		boolean changed = "ACCOMMODATED".equals(outcome) || "PARTLY".equals(outcome);
		if (!changed) {
			changeText = null;
			changeAnchor = null;
		}
		status = outcome != null && summary != null && !summary.isBlank() ? "DONE"
				: (summary == null || summary.isBlank()) && comment == null ? "NEW" : "IN_PROGRESS";
	}
}
