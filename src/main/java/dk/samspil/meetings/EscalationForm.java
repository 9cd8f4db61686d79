package dk.samspil.meetings;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A group sends a decision or a question to another group's agenda. */
record EscalationForm(@NotBlank(message = "{validation.required}") String group,
		@NotBlank(message = "{validation.required}") @Size(max = 4000,
				message = "{validation.tooLong}") String question) {

	static EscalationForm empty() {
		return new EscalationForm("", "");
	}
}
