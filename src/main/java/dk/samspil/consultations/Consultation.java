package dk.samspil.consultations;

import java.time.LocalDate;

import dk.samspil.rules.Refusal;
import java.time.temporal.ChronoUnit;

/**
 * A consultation period on a document, with the rules of Planloven: § 24 (at least 8 weeks, 4 for a minor change to
 * the framework part) and § 23 c (an idea phase ends before the consultation starts).
 */
record Consultation(long id, String subjectKind, long subjectId, String title, LocalDate startsOn, LocalDate endsOn,
		boolean minorChange, LocalDate ideaDeadline, LocalDate eraseAfter) {

	static final int WEEKS = 8;

	static final int WEEKS_FOR_MINOR_CHANGE = 4;

	/** Refuses a period the law does not allow, naming the paragraph. */
	static void checkPeriod(LocalDate startsOn, LocalDate endsOn, boolean minorChange, LocalDate ideaDeadline) {
		if (startsOn == null || endsOn == null) {
			throw new Refusal("consultations.refused.dates");
		}
		long days = ChronoUnit.DAYS.between(startsOn, endsOn);
		int weeks = minorChange ? WEEKS_FOR_MINOR_CHANGE : WEEKS;
		if (days < weeks * 7L) {
			throw new Refusal(minorChange ? "consultations.refused.minor" : "consultations.refused.period",
					days, weeks);
		}
		if (ideaDeadline != null && !ideaDeadline.isBefore(startsOn)) {
			throw new Refusal("consultations.refused.ideaPhase");
		}
	}

	public boolean hasStarted(LocalDate today) {
		return !today.isBefore(startsOn);
	}

	/** Open on the last day too: a response sent on the deadline is on time. */
	public boolean isOpen(LocalDate today) {
		return hasStarted(today) && !today.isAfter(endsOn);
	}

	public boolean isLate(LocalDate today) {
		return today.isAfter(endsOn);
	}

	public boolean inIdeaPhase(LocalDate today) {
		return ideaDeadline != null && !today.isAfter(ideaDeadline);
	}

	ConsultationId consultationId() {
		return new ConsultationId(id);
	}
}
