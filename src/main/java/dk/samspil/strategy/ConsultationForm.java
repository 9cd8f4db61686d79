package dk.samspil.strategy;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * Putting a version of the strategy document to public consultation: the period, checked
 * by the consultations.
 */
record ConsultationForm(@NotNull(message = "{validation.required}") @DateTimeFormat(iso = ISO.DATE) LocalDate startsOn,
		@NotNull(message = "{validation.required}") @DateTimeFormat(iso = ISO.DATE) LocalDate endsOn) {

	/**
	 * A week from today, for the eight weeks Planloven § 24 asks of a plan's
	 * consultation.
	 */
	static ConsultationForm proposal(LocalDate today) {
		LocalDate start = today.plusDays(7);
		return new ConsultationForm(start, start.plusWeeks(8));
	}
}
