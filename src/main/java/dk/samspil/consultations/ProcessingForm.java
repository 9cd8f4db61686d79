package dk.samspil.consultations;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import dk.samspil.accounts.PersonId;

/** An official's processing of one response, or of a whole campaign group at once. */
record ProcessingForm(@Size(max = 4000, message = "{validation.tooLong}") String summary,
		@Size(max = 8000, message = "{validation.tooLong}") String comment, Outcome outcome,
		@Size(max = 4000, message = "{validation.tooLong}") String changeText, String changeAnchor,
		@Pattern(regexp = "|\\d{4}") String assignedTo, @Size(max = 200) String theme, Long caseworker,
		Boolean wholeGroup, Integer version) {

	/** What the official typed, as the processing to save. */
	Processing processing() {
		return new Processing(
				new Processing.Routing(assignedTo, caseworker == null ? null : new PersonId(caseworker), theme),
				new Processing.Assessment(summary, comment, outcome, changeText, changeAnchor));
	}

	static ProcessingForm of(Response r) {
		return new ProcessingForm(r.summary(), r.comment(), r.outcome(), r.changeText(), r.changeAnchor(),
				r.handledBy(), r.theme(), r.caseworker() == null ? null : r.caseworker().value(), true,
				r.processingVersion());
	}

	/**
	 * The same form made from the processing as it is now, for saving again over a
	 * colleague's knowingly.
	 */
	ProcessingForm over(Response current) {
		return new ProcessingForm(summary, comment, outcome, changeText, changeAnchor, assignedTo, theme, caseworker,
				wholeGroup, current.processingVersion());
	}
}
