package dk.samspil.meetings;

import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Component;

import dk.samspil.rules.FieldRefusal;

/**
 * Letting the agenda items of a cancelled meeting go on to the group's next meeting, so
 * that members need not propose them all again. They arrive there as proposals, which
 * that meeting's chair accepts and orders as usual.
 */
@Component
class CarryOver {

	private final Meetings meetings;

	private final AgendaItems items;

	private final MeetingSearch search;

	CarryOver(Meetings meetings, AgendaItems items, MeetingSearch search) {
		this.meetings = meetings;
		this.items = items;
		this.search = search;
	}

	/**
	 * The meeting that would take the items if the given one were cancelled now, if the
	 * group has one.
	 */
	Optional<Meeting> next(Meeting meeting, Instant now) {
		return meetings.nextTakingProposals(meeting.group(), meeting.startsAt(), now);
	}

	/**
	 * How many of the meeting's items would go on: the proposed and the accepted ones.
	 */
	long movable(Meeting meeting) {
		return items.ofMeeting(meeting.id())
			.stream()
			.filter(item -> item.status() == ItemStatus.PROPOSED || item.accepted())
			.count();
	}

	/**
	 * The meeting chosen when the form was shown, checked again now and locked until the
	 * cancellation is done, since it may have been cancelled, moved or closed for
	 * proposals meanwhile, or the id may not be what the form sent. Refused beside the
	 * form's choice of meeting, and nothing is cancelled.
	 */
	Meeting target(Meeting from, long targetId, Instant now) {
		Meeting target = meetings.lock(targetId)
			.orElseThrow(() -> new FieldRefusal("carry", "meetings.rule.carryNotLater"));
		Optional<String> refusal = target.carryRefusal(from, now);
		if (refusal.isPresent()) {
			throw new FieldRefusal("carry", refusal.get());
		}
		return target;
	}

	/** How many of a cancelled meeting's items the meeting can take. */
	int room(Meeting meeting) {
		return items.room(meeting.id());
	}

	/**
	 * Moves the items, as many as the target has room for, and puts the rest on the
	 * group's list, so none is lost and no meeting holds more than a meeting may; tells
	 * the search where each went. Called with the target locked, so its count holds.
	 */
	AgendaItems.Carried carry(Meeting from, Meeting to) {
		AgendaItems.Carried carried = items.carry(from.id(), to.id(), room(to));
		carried.moved().forEach(id -> search.item(items.find(id).orElseThrow(), to));
		carried.listed().forEach(id -> search.item(items.find(id).orElseThrow(), null));
		return carried;
	}

}
