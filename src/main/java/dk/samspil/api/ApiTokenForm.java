package dk.samspil.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A new token: who it is for, and the municipality whose systems use it (blank for a
 * system outside the municipalities).
 */
record ApiTokenForm(
		@NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.tooLong}") String name,
		String municipality) {

	static ApiTokenForm empty() {
		return new ApiTokenForm("", "");
	}

}
