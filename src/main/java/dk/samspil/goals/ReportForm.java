package dk.samspil.goals;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A figure as typed on a goal's page: the value as text, so a decimal comma is read as
 * people write it.
 */
record ReportForm(@NotBlank(message = "{validation.required}") String municipality,
		@Size(max = 100, message = "{validation.tooLong}") String catchment,
		@NotBlank(message = "{validation.required}") @Size(max = 20, message = "{validation.tooLong}") String period,
		@NotBlank(message = "{validation.required}") @Size(max = 40, message = "{validation.tooLong}") String value) {

	static ReportForm empty(String period) {
		return new ReportForm("", "", period, "");
	}
}
