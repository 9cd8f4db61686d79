package dk.samspil.meetings;

import java.time.LocalDate;
import java.util.Optional;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A task from an agenda item or a decision: what, who (a person or a whole municipality),
 * and by when.
 */
record TaskForm(
		@NotBlank(message = "{validation.required}") @Size(max = 300, message = "{validation.tooLong}") String title,
		@NotBlank(message = "{validation.required}") @Pattern(regexp = "(person:\\d+|municipality:\\d{4})?",
				message = "{validation.required}") String owner,
		@NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn) {

	/** The owner chosen, if the value names one at all. */
	Optional<TaskOwner> chosenOwner() {
		try {
			return Optional.of(TaskOwner.parse(owner));
		}
		catch (IllegalArgumentException ex) {
			// also a number too large for an id
			return Optional.empty();
		}
	}

	static TaskForm empty(LocalDate today) {
		return new TaskForm("", "", today.plusWeeks(4));
	}
}
