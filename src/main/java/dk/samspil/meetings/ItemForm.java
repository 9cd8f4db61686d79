package dk.samspil.meetings;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import dk.samspil.groups.ThemeId;

/** A member's proposal for the agenda. The description is plain text; it is shown as text, never as markup. */
record ItemForm(
		@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String title,
		@Size(max = 5000, message = "{validation.tooLong}") String description, List<Long> themes) {

	static ItemForm empty() {
		return new ItemForm("", "", List.of());
	}

	List<ThemeId> themeIds() {
		return themes == null ? List.of() : themes.stream().map(ThemeId::new).toList();
	}
}
