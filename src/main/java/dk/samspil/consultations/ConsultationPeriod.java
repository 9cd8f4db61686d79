package dk.samspil.consultations;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import dk.samspil.rules.Refusal;

/**
 * When a consultation takes what people send, with the rules of Planloven: § 24 (at least
 * 8 weeks, 4 for a minor change to the framework part) and § 23 c (an idea phase ends
 * before the consultation starts). The dates that are set together when a consultation
 * opens, apart from what is consulted on and what came of it.
 */
record ConsultationPeriod(LocalDate startsOn, LocalDate endsOn, boolean minorChange, LocalDate ideaDeadline) {

	static final int WEEKS = 8;

	static final int WEEKS_FOR_MINOR_CHANGE = 4;

	/** Refuses a period the law does not allow, naming the paragraph. */
	static void check(LocalDate startsOn, LocalDate endsOn, boolean minorChange, LocalDate ideaDeadline) {
		if (startsOn == null || endsOn == null) {
			throw new Refusal("consultations.refused.dates");
		}
		long days = ChronoUnit.DAYS.between(startsOn, endsOn);
		int weeks = minorChange ? WEEKS_FOR_MINOR_CHANGE : WEEKS;
		if (days < weeks * 7L) {
			throw new Refusal(minorChange ? "consultations.refused.minor" : "consultations.refused.period", days,
					weeks);
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

	/**
	 * What is sent in today: an idea during the idea phase (Planloven § 23 c), a response
	 * from the start of the consultation (late ones too, marked as such); between the two
	 * nothing is taken.
	 */
	Response.Kind takes(LocalDate today) {
		if (hasStarted(today)) {
			return Response.Kind.RESPONSE;
		}
		if (inIdeaPhase(today)) {
			return Response.Kind.IDEA;
		}
		if (ideaDeadline != null) {
			throw new Refusal("consultations.refused.betweenPhases", ideaDeadline, startsOn);
		}
		throw new Refusal("consultations.refused.notStarted");
	}

}
