package dk.samspil.meetings;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dk.samspil.accounts.PersonId;
import dk.samspil.groups.GroupDirectory;
import dk.samspil.rules.FieldRefusal;

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

	private final GroupDirectory groups;

	private final Clock clock;

	MinutesDesk(Meetings meetings, AgendaItems items, MeetingSearch search, ApplicationEventPublisher events,
			GroupDirectory groups, Clock clock) {
		this.groups = groups;
		this.clock = clock;
		this.meetings = meetings;
		this.items = items;
		this.search = search;
		this.events = events;
	}

	/**
	 * Saves discussion and outcome per accepted item, and who attended when
	 * {@code attendance} is given; refused once the minutes are approved.
	 */
	@Transactional
	void write(Meeting shown, Map<Long, String[]> texts, Attendance attendance) {
		Meeting meeting = meetings.locked(shown);
		meeting.checkMinutesEditable(clock.instant());
		if (attendance != null) {
			Set<PersonId> invited = invitees(meeting);
			if (!invited.containsAll(attendance.present())) {
				// a stale or tampered page: only those invited can have been there
				throw new FieldRefusal("present", "meetings.attendance.unknown");
			}
			meetings.recordAttendance(meeting.id(), invited, attendance.present(), attendance.guests());
		}
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

	/**
	 * Who the minutes list as present or absent: the group's members, and anyone recorded
	 * before who has since left the group.
	 */
	Set<PersonId> invitees(Meeting meeting) {
		Set<PersonId> people = new LinkedHashSet<>(groups.membersOf(meeting.group()).keySet());
		Attendance recorded = meetings.attendance(meeting.id());
		people.addAll(recorded.present());
		people.addAll(recorded.apologies());
		return people;
	}

	private List<AgendaItem> agenda(Meeting meeting) {
		return items.ofMeeting(meeting.id()).stream().filter(AgendaItem::accepted).toList();
	}

}
