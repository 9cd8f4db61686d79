package dk.samspil.meetings;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import dk.samspil.groups.GroupId;

/** A meeting of one group, with the state of its agenda and its minutes. Times are instants; shown in Danish time. */
record Meeting(long id, GroupId group, String title, Instant startsAt, Instant endsAt, String place, String onlineLink,
		Instant agendaDeadline, Instant agendaPublished, int sequence, MinutesState minutesState,
		Instant minutesApproved) {

	static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

	public ZonedDateTime start() {
		return startsAt.atZone(ZONE);
	}

	public ZonedDateTime end() {
		return endsAt.atZone(ZONE);
	}

	public ZonedDateTime deadline() {
		return agendaDeadline.atZone(ZONE);
	}

	public ZonedDateTime approvedTime() {
		return minutesApproved == null ? null : minutesApproved.atZone(ZONE);
	}

	public boolean published() {
		return agendaPublished != null;
	}

	public boolean takesProposals(Instant now) {
		return now.isBefore(agendaDeadline);
	}

	void checkTakesProposals(Instant now) {
		if (!takesProposals(now)) {
			throw new MeetingRuleException("meetings.rule.deadlinePassed");
		}
	}

	/** Minutes may be written and corrected until the chair approves them; after that only addenda. */
	void checkMinutesEditable() {
		if (minutesState == MinutesState.APPROVED) {
			throw new MeetingRuleException("meetings.rule.minutesLocked");
		}
	}

	MinutesState minutesSentForApproval() {
		if (minutesState != MinutesState.DRAFT) {
			throw new MeetingRuleException("meetings.rule.minutesNotDraft");
		}
		return MinutesState.FOR_APPROVAL;
	}

	MinutesState minutesApprovedNow() {
		if (minutesState != MinutesState.FOR_APPROVAL) {
			throw new MeetingRuleException("meetings.rule.minutesNotForApproval");
		}
		return MinutesState.APPROVED;
	}

	void checkCommentable() {
		if (minutesState != MinutesState.FOR_APPROVAL) {
			throw new MeetingRuleException("meetings.rule.minutesNotForApproval");
		}
	}

	void checkAddendumAllowed() {
		if (minutesState != MinutesState.APPROVED) {
			throw new MeetingRuleException("meetings.rule.addendumOnlyAfterApproval");
		}
	}
}
