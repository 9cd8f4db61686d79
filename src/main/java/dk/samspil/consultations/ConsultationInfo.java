package dk.samspil.consultations;

import java.time.LocalDate;

/** A consultation as other modules see it. */
public record ConsultationInfo(ConsultationId id, String title, LocalDate startsOn, LocalDate endsOn,
		boolean minorChange, LocalDate ideaDeadline, long responses) {
}
