package dk.samspil.meetings;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A comment on minutes out for approval, or an addendum to approved minutes. */
record NoteForm(
		@NotBlank(message = "{validation.required}") @Size(max = 4000, message = "{validation.tooLong}") String text) {

	static NoteForm empty() {
		return new NoteForm("");
	}
}
