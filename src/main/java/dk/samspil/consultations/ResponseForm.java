package dk.samspil.consultations;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A citizen's response. {@code formToken} is issued with the form and makes a second
 * click find the first response; {@code website} is a field people do not see: only
 * robots fill it in.
 */
record ResponseForm(@NotBlank String formToken,
		@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String name,
		@Email(message = "{validation.email}") @Size(max = 200, message = "{validation.tooLong}") String email,
		@NotBlank(message = "{validation.required}") @Pattern(regexp = "\\s*[0-9A-Za-z -]{3,10}\\s*",
				message = "{consultations.postcode.invalid}") String postcode,
		@Size(max = 200, message = "{validation.tooLong}") String organisation, List<String> sections,
		@NotBlank(message = "{validation.required}") @Size(max = 20_000, message = "{validation.tooLong}") String body,
		String website) {

	ResponseForm {
		sections = sections == null ? List.of() : List.copyOf(sections);
	}

	static ResponseForm empty(String section) {
		return new ResponseForm(UUID.randomUUID().toString(), "", "", "", "",
				section == null ? List.of() : List.of(section), "", "");
	}

	boolean filledInByARobot() {
		return website != null && !website.isBlank();
	}

	static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
