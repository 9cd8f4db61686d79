package dk.samspil.meetings;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An item proposed to a group's list, before any meeting is chosen. */
record ListItemForm(
		@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String title,
		@Size(max = 5000, message = "{validation.tooLong}") String description) {
}
