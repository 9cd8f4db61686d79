package dk.samspil.meetings;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import dk.samspil.rules.FieldRefusal;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/**
 * The chair records what the group decided on an item; a review date brings it back to
 * the chair's attention.
 */
record DecisionForm(
		@NotBlank(message = "{validation.required}") @Size(max = 4000, message = "{validation.tooLong}") String text,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate reviewOn, Long supersedes) {

	static DecisionForm empty() {
		return new DecisionForm("", null, null);
	}

	/**
	 * The review date's rule beside the field together with any other mistake, so all are
	 * shown at once; the desk holds to it again when recording.
	 */
	void validate(Errors errors, LocalDate decidedOn) {
		try {
			Decision.checkReview(decidedOn, reviewOn);
		}
		catch (FieldRefusal refused) {
			refused.rejectOn(errors);
		}
	}
}
