package dk.samspil.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Optional;

import dk.samspil.accounts.PersonId;
import dk.samspil.groups.GroupId;
import dk.samspil.rules.Refusal;
import dk.samspil.time.DanishTime;

/**
 * A meeting of one group, with the state of its agenda and its minutes. Times are
 * instants; shown in Danish time. A cancelled meeting ({@code cancellation} not null) is
 * kept, but nothing more happens to it.
 */
record Meeting(long id, GroupId group, String title, Instant startsAt, Instant endsAt, String place, String onlineLink,
		Instant agendaDeadline, Instant agendaPublished, int sequence, MinutesState minutesState,
		Instant minutesApproved, Cancellation cancellation) {

	public ZonedDateTime start() {
		return startsAt.atZone(DanishTime.ZONE);
	}

	public ZonedDateTime end() {
		return endsAt.atZone(DanishTime.ZONE);
	}

	public ZonedDateTime deadline() {
		return agendaDeadline.atZone(DanishTime.ZONE);
	}

	public ZonedDateTime approvedTime() {
		return minutesApproved == null ? null : minutesApproved.atZone(DanishTime.ZONE);
	}

	public boolean published() {
		return agendaPublished != null;
	}

	public boolean cancelled() {
		return cancellation != null;
	}

	public boolean takesProposals(Instant now) {
		return !cancelled() && now.isBefore(agendaDeadline);
	}

	void checkTakesProposals(Instant now) {
		refuseIfCancelled("meetings.rule.cancelledNoProposals");
		if (!takesProposals(now)) {
			throw new Refusal("meetings.rule.deadlinePassed");
		}
	}

	/**
	 * Time, place and agenda are fixed once the meeting is cancelled: no more changes, no
	 * invitation sent again.
	 */
	void checkChangeable() {
		refuseIfCancelled("meetings.rule.cancelled");
	}

	/**
	 * A meeting that never took place has no minutes, and so no decisions recorded at it.
	 */
	/**
	 * Minutes and decisions belong to a meeting that has been held: they open when it
	 * starts, never before.
	 */
	void checkTakesMinutes(Instant now) {
		refuseIfCancelled("meetings.rule.cancelledNoMinutes");
		if (now.isBefore(startsAt)) {
			throw new Refusal("meetings.rule.minutesBeforeStart");
		}
	}

	/**
	 * The day a decision taken at the meeting bears: the meeting's own, once it has
	 * begun; refused as {@link #checkTakesMinutes} refuses.
	 */
	LocalDate decisionDay(Instant now) {
		checkTakesMinutes(now);
		return start().toLocalDate();
	}

	public boolean hasStarted(Instant now) {
		return !now.isBefore(startsAt);
	}

	/**
	 * Why the meeting may not be cancelled now, as a message key, or empty when it may:
	 * only once, only before it starts, and only while nothing of its minutes is written
	 * ({@code minutesWritten} says whether any item has a discussion, an outcome or a
	 * decision).
	 */
	Optional<String> cancelRefusal(Instant now, boolean minutesWritten) {
		if (cancelled()) {
			return Optional.of("meetings.rule.alreadyCancelled");
		}
		if (minutesWritten || minutesState != MinutesState.DRAFT) {
			return Optional.of("meetings.rule.cancelHasMinutes");
		}
		if (!now.isBefore(startsAt)) {
			return Optional.of("meetings.rule.cancelTookPlace");
		}
		return Optional.empty();
	}

	/**
	 * Calls the meeting off, for good; refused with the reason from
	 * {@link #cancelRefusal}.
	 */
	Cancellation cancel(PersonId by, String reason, Instant now, boolean minutesWritten) {
		Optional<String> refusal = cancelRefusal(now, minutesWritten);
		if (refusal.isPresent()) {
			throw new Refusal(refusal.get());
		}
		return new Cancellation(now, by, reason);
	}

	/**
	 * Why this meeting may not take over the agenda items of the cancelled meeting
	 * {@code from}, as a message key, or empty when it may: it must be a later meeting of
	 * the same group, not cancelled itself, still taking proposals.
	 */
	Optional<String> carryRefusal(Meeting from, Instant now) {
		if (!group.equals(from.group()) || !startsAt.isAfter(from.startsAt())) {
			return Optional.of("meetings.rule.carryNotLater");
		}
		if (cancelled()) {
			return Optional.of("meetings.rule.carryCancelled");
		}
		if (!takesProposals(now)) {
			return Optional.of("meetings.rule.carryClosed");
		}
		return Optional.empty();
	}

	/**
	 * Minutes may be written and corrected until the chair approves them; after that only
	 * addenda.
	 */
	void checkMinutesEditable(Instant now) {
		checkTakesMinutes(now);
		if (minutesState == MinutesState.APPROVED) {
			throw new Refusal("meetings.rule.minutesLocked");
		}
	}

	MinutesState minutesSentForApproval(Instant now) {
		checkTakesMinutes(now);
		if (minutesState != MinutesState.DRAFT) {
			throw new Refusal("meetings.rule.minutesNotDraft");
		}
		return MinutesState.FOR_APPROVAL;
	}

	MinutesState minutesApprovedNow() {
		if (minutesState != MinutesState.FOR_APPROVAL) {
			throw new Refusal("meetings.rule.minutesNotForApproval");
		}
		return MinutesState.APPROVED;
	}

	void checkCommentable() {
		if (minutesState != MinutesState.FOR_APPROVAL) {
			throw new Refusal("meetings.rule.minutesNotForApproval");
		}
	}

	void checkAddendumAllowed() {
		if (minutesState != MinutesState.APPROVED) {
			throw new Refusal("meetings.rule.addendumOnlyAfterApproval");
		}
	}

	private void refuseIfCancelled(String messageKey) {
		if (cancelled()) {
			throw new Refusal(messageKey);
		}
	}
}
