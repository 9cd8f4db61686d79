package dk.samspil.goals;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An action as typed on a goal's page; an empty municipality makes it a joint action of
 * the collaboration.
 */
record ActionForm(
		@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String title,
		String municipality, @NotNull(message = "{validation.required}") Long owner,
		@NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
		@Size(max = 1000, message = "{validation.tooLong}") String expectedEffect,
		@Min(value = 1, message = "{goals.validation.decision}") Long decisionId,
		@Min(value = 1, message = "{goals.validation.task}") Long taskId) {

	static ActionForm empty(LocalDate dueOn) {
		return new ActionForm("", "", null, dueOn, "", null, null);
	}
}
