package dk.samspil.strategy;

import dk.samspil.time.DanishTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.validation.BindingResult;

/**
 * Opening a round: title, method, weighting, the topics, the deadline day (ballots until
 * midnight) and reminders.
 */
record RoundForm(
		@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String title,
		@NotBlank(message = "{validation.required}") @Pattern(regexp = "POINTS|RANKING|",
				message = "{validation.required}") String method,
		@NotBlank(message = "{validation.required}") @Pattern(regexp = "EQUAL|POPULATION|",
				message = "{validation.required}") String weighting,
		List<String> topics, String deadline,
		@Pattern(regexp = "\\s*\\d{0,2}\\s*", message = "{strategy.round.remindRange}") String remindDays) {

	static RoundForm empty(LocalDate deadline) {
		return new RoundForm("", "POINTS", "EQUAL", List.of(), deadline.toString(), "3");
	}

	List<Long> topicIds() {
		return topics == null ? List.of()
				: topics.stream()
					.filter(t -> t != null && t.strip().matches("\\d{1,12}"))
					.map(t -> Long.parseLong(t.strip()))
					.distinct()
					.toList();
	}

	/** The end of the deadline day in Danish time: ballots are taken until midnight. */
	Instant deadlineInstant() {
		LocalDate day = ProcessForm.parse(deadline);
		return day == null ? null : day.plusDays(1).atStartOfDay(DanishTime.ZONE).toInstant();
	}

	int remind() {
		return remindDays == null || remindDays.isBlank() ? 0 : Integer.parseInt(remindDays.strip());
	}

	void check(BindingResult result, Instant now) {
		if (topicIds().size() < 2) {
			result.rejectValue("topics", "strategy.round.twoTopics");
		}
		Instant end = deadlineInstant();
		if (end == null) {
			result.rejectValue("deadline", "strategy.date.invalid");
		}
		else if (!end.isAfter(now)) {
			result.rejectValue("deadline", "strategy.round.deadlinePassed");
		}
	}

}
