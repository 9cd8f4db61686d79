package dk.samspil.meetings;

import java.time.LocalDate;

import dk.samspil.groups.GroupId;
import dk.samspil.rules.Refusal;

/**
 * A decision as a record of its own: what was decided, where, and whether it still holds.
 */
record Decision(long id, GroupId group, Long meetingId, Long itemId, String text, LocalDate decidedOn,
		DecisionStatus status, Long supersededBy, LocalDate reviewOn) {

	public boolean inForce() {
		return status == DecisionStatus.IN_FORCE;
	}

	void checkInForce() {
		if (!inForce()) {
			throw new Refusal("meetings.rule.decisionNotInForce");
		}
	}
}
