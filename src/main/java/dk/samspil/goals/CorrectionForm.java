package dk.samspil.goals;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A correction of one figure: the new value and why. */
record CorrectionForm(long figureId,
		@NotBlank(message = "{validation.required}") @Size(max = 40, message = "{validation.tooLong}") String value,
		@NotBlank(message = "{goals.rule.reasonNeeded}") @Size(max = 500,
				message = "{validation.tooLong}") String reason) {
}
