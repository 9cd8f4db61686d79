package dk.samspil.meetings;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

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

	void validate(Errors errors, LocalDate decidedOn) {
		if (reviewOn != null && !reviewOn.isAfter(decidedOn)) {
			errors.rejectValue("reviewOn", "meetings.validation.reviewNotAfterDecision");
		}
	}
}
