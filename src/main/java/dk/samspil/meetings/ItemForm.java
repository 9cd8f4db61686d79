package dk.samspil.meetings;

import java.util.List;
import java.util.Objects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import dk.samspil.groups.ThemeId;

/**
 * A member's proposal for the agenda. The description is plain text; it is shown as text,
 * never as markup.
 */
record ItemForm(
		@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String title,
		@Size(max = 5000, message = "{validation.tooLong}") String description, List<Long> themes) {

	static ItemForm empty() {
		return new ItemForm("", "", List.of());
	}

	List<ThemeId> themeIds() {
		// an empty value (a box sent blank) chooses none
		return themes == null ? List.of() : themes.stream().filter(Objects::nonNull).map(ThemeId::new).toList();
	}
}
