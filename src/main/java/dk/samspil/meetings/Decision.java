package dk.samspil.meetings;

import java.time.LocalDate;

import dk.samspil.groups.GroupId;
import dk.samspil.rules.FieldRefusal;
import dk.samspil.rules.Refusal;

/**
 * A decision as a record of its own: what was decided, where, and whether it still holds.
 */
record Decision(long id, GroupId group, Long meetingId, Long itemId, String text, LocalDate decidedOn,
		DecisionStatus status, Long supersededBy, LocalDate reviewOn) {

	public boolean inForce() {
		return status == DecisionStatus.IN_FORCE;
	}

	/** A review date, if any, brings the decision back after the day it was taken. */
	static void checkReview(LocalDate decidedOn, LocalDate reviewOn) {
		if (reviewOn != null && !reviewOn.isAfter(decidedOn)) {
			throw new FieldRefusal("reviewOn", "meetings.validation.reviewNotAfterDecision");
		}
	}

	void checkInForce() {
		if (!inForce()) {
			throw new Refusal("meetings.rule.decisionNotInForce");
		}
	}
}
