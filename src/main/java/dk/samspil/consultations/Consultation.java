package dk.samspil.consultations;

import java.time.Instant;
import java.time.LocalDate;

import dk.samspil.groups.GroupId;
import dk.samspil.rules.Refusal;

/**
 * A public consultation on a document: what is consulted on ({@code subjectKind} and
 * {@code subjectId}, with its title and the group that owns it), when ({@link #period()},
 * which holds the rules of Planloven), and what came of it (the memo, once published).
 * {@code ownerGroup} and {@code memoPublishedAt} may be null.
 */
record Consultation(long id, String subjectKind, long subjectId, String title, GroupId ownerGroup,
		ConsultationPeriod period, Instant memoPublishedAt) {

	public boolean hasStarted(LocalDate today) {
		return period.hasStarted(today);
	}

	/** Open on the last day too: a response sent on the deadline is on time. */
	public boolean isOpen(LocalDate today) {
		return period.isOpen(today);
	}

	public boolean isLate(LocalDate today) {
		return period.isLate(today);
	}

	public boolean inIdeaPhase(LocalDate today) {
		return period.inIdeaPhase(today);
	}

	/** What is sent in today; see {@link ConsultationPeriod#takes}. */
	Response.Kind takes(LocalDate today) {
		return period.takes(today);
	}

	/**
	 * The memo goes public only after the consultation closed: before, responses may
	 * still come and change it.
	 */
	void checkMemoMayBePublished(LocalDate today) {
		if (!isLate(today)) {
			throw new Refusal("consultations.refused.memoEarly", period.endsOn());
		}
	}

	public boolean memoPublished() {
		return memoPublishedAt != null;
	}

	ConsultationId consultationId() {
		return new ConsultationId(id);
	}

}
