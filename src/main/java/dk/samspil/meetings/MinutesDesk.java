package dk.samspil.meetings;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import dk.samspil.accounts.PersonId;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing the minutes, sending them for approval, approving them, and correcting them by
 * addenda afterwards. Each action locks the meeting's row and checks its rule on what the
 * row holds then, not on the copy the page showed, so that a colleague's approval or
 * cancellation a moment earlier is seen.
 */
@Component
class MinutesDesk {

	private final Meetings meetings;

	private final AgendaItems items;

	private final MeetingSearch search;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	MinutesDesk(Meetings meetings, AgendaItems items, MeetingSearch search, ApplicationEventPublisher events,
			Clock clock) {
		this.clock = clock;
		this.meetings = meetings;
		this.items = items;
		this.search = search;
		this.events = events;
	}

	/**
	 * Saves discussion and outcome per accepted item; refused once the minutes are
	 * approved.
	 */
	@Transactional
	void write(Meeting shown, Map<Long, String[]> texts) {
		Meeting meeting = meetings.locked(shown);
		meeting.checkMinutesEditable(clock.instant());
		List<AgendaItem> agenda = agenda(meeting);
		for (AgendaItem item : agenda) {
			String[] text = texts.get(item.id());
			if (text != null) {
				items.saveMinutes(item.id(), text[0], text[1]);
			}
		}
		search.minutes(meeting, agenda(meeting));
	}

	@Transactional
	void sendForApproval(Meeting shown) {
		Meeting meeting = meetings.locked(shown);
		meetings.setMinutesState(meeting.id(), meeting.minutesSentForApproval(clock.instant()), null);
	}

	@Transactional
	void approve(Meeting shown, Instant now) {
		approve(shown, null, now);
	}

	/** Approves the minutes; {@code by} (null when not known) is named in them. */
	@Transactional
	void approve(Meeting shown, PersonId by, Instant now) {
		Meeting meeting = meetings.locked(shown);
		meetings.setMinutesState(meeting.id(), meeting.minutesApprovedNow(), now);
		meetings.approvedBy(meeting.id(), by);
		search.minutes(meeting, agenda(meeting));
		events.publishEvent(new MinutesApproved(meeting.id(), meeting.group()));
	}

	@Transactional
	void comment(Meeting shown, PersonId by, String text) {
		Meeting meeting = meetings.locked(shown);
		meeting.checkCommentable();
		meetings.addNote(meeting.id(), MinutesNote.Kind.COMMENT, by, text.strip());
	}

	@Transactional
	void addendum(Meeting shown, PersonId by, String text) {
		Meeting meeting = meetings.locked(shown);
		meeting.checkAddendumAllowed();
		meetings.addNote(meeting.id(), MinutesNote.Kind.ADDENDUM, by, text.strip());
	}

	private List<AgendaItem> agenda(Meeting meeting) {
		return items.ofMeeting(meeting.id()).stream().filter(AgendaItem::accepted).toList();
	}

}
