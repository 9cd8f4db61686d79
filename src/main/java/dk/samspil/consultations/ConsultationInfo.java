package dk.samspil.consultations;

import java.time.LocalDate;

/**
 * A consultation as other modules see it; {@code unprocessed} counts responses not
 * withdrawn and not done.
 */
public record ConsultationInfo(ConsultationId id, String title, LocalDate startsOn, LocalDate endsOn,
		boolean minorChange, LocalDate ideaDeadline, long responses, long unprocessed) {

	/** Over the day after its deadline: a response sent on the last day is on time. */
	public boolean isOver(LocalDate today) {
		return today.isAfter(endsOn);
	}
}
