package dk.samspil.meetings;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import dk.samspil.accounts.Accounts;
import dk.samspil.accounts.PersonId;
import dk.samspil.accounts.PersonSummary;
import dk.samspil.groups.GroupDirectory;
import dk.samspil.groups.GroupInfo;
import dk.samspil.notifications.Mail;
import dk.samspil.notifications.Postbox;
import dk.samspil.rules.FieldRefusal;
import dk.samspil.rules.Refusal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Calling a meeting off. The meeting is kept and marked cancelled; everyone who was sent
 * its invitation gets a cancellation for their calendar, in the same transaction through
 * the outbox.
 */
@Component
class CancellationDesk {

	private final Meetings meetings;

	private final AgendaItems items;

	private final Decisions decisions;

	private final GroupDirectory groups;

	private final Accounts accounts;

	private final Postbox postbox;

	private final Invitations invitations;

	private final MeetingSearch search;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	private final CarryOver carryOver;

	CancellationDesk(Meetings meetings, AgendaItems items, Decisions decisions, GroupDirectory groups,
			Accounts accounts, Postbox postbox, Invitations invitations, MeetingSearch search,
			ApplicationEventPublisher events, MessageSource messages, CarryOver carryOver) {
		this.meetings = meetings;
		this.items = items;
		this.decisions = decisions;
		this.groups = groups;
		this.accounts = accounts;
		this.postbox = postbox;
		this.invitations = invitations;
		this.search = search;
		this.events = events;
		this.messages = messages;
		this.carryOver = carryOver;
	}

	/** Why the meeting cannot be cancelled now, as a message key; empty when it can. */
	Optional<String> refusal(Meeting meeting, Instant now) {
		return meeting.cancelRefusal(now, minutesWritten(meeting));
	}

	/**
	 * Cancels the meeting and returns how many were sent a cancellation (none when the
	 * agenda never went out).
	 */
	@Transactional
	int cancel(Meeting meeting, PersonId by, String reason, Instant now) {
		return cancel(meeting, by, reason, null, now).mailed();
	}

	/**
	 * Cancels the meeting and, when {@code carryTo} names a meeting, moves its proposed
	 * and accepted items there. That meeting is checked again first; when it may not take
	 * them, a {@link FieldRefusal} on the choice says why and nothing is cancelled.
	 */
	@Transactional
	Cancelled cancel(Meeting shown, PersonId by, String reason, Long carryTo, Instant now) {
		// Locked first, so minutes written or a cancellation by a colleague meanwhile are
		// seen by the rule below.
		Meeting meeting = meetings.locked(shown);
		Cancellation cancellation = meeting.cancel(by, reason, now, minutesWritten(meeting));
		Meeting target = carryTo == null ? null : carryOver.target(meeting, carryTo, now);
		if (!meetings.cancel(meeting.id(), cancellation)) {
			throw new Refusal("meetings.rule.alreadyCancelled");
		}
		AgendaItems.Carried carried = target == null ? new AgendaItems.Carried(List.of(), List.of())
				: carryOver.carry(meeting, target);
		int moved = carried.moved().size();
		int listed = carried.listed().size();
		Meeting cancelled = meetings.find(meeting.id()).orElseThrow();
		search.cancelled(cancelled, items.ofMeeting(cancelled.id()));
		int sent = cancelled.published() ? tellInvitees(cancelled, moved, listed, target) : 0;
		events.publishEvent(new MeetingCancelled(cancelled.id(), cancelled.group(), cancelled.startsAt()));
		return new Cancelled(sent, moved, listed, target);
	}

	/**
	 * What a cancellation did: how many were mailed, how many items went on to which
	 * meeting (or null), and how many that meeting had no room for went on the group's
	 * list.
	 */
	record Cancelled(int mailed, int moved, int listed, Meeting movedTo) {
	}

	private boolean minutesWritten(Meeting meeting) {
		return items.ofMeeting(meeting.id()).stream().anyMatch(AgendaItem::hasMinutes) || decisions.anyAt(meeting.id());
	}

	private int tellInvitees(Meeting meeting, int moved, int listed, Meeting movedTo) {
		GroupInfo group = groups.find(meeting.group()).orElseThrow();
		String canceller = accounts.find(meeting.cancellation().by()).map(PersonSummary::displayName).orElse("");
		String subject = text("meetings.mail.cancel.subject", group.name(), meeting.title(),
				meeting.start().format(DateTimeFormatter.ofPattern("d/M/yyyy")));
		String body = body(meeting, group, canceller, moved, listed, movedTo);
		String reason = meeting.cancellation().reason();
		String note = text("meetings.mail.cancel.calendarNote", canceller)
				+ (reason == null ? "" : "\n" + text("meetings.mail.cancel.reason", reason));
		List<String> recipients = recipients(meeting);
		for (String email : recipients) {
			String ics = invitations.cancellation(meeting, group.name(), note, email);
			postbox.post(new Mail(email, subject, body, List.of(new Mail.Attachment("cancellation.ics",
					"text/calendar; method=CANCEL; charset=UTF-8", ics.getBytes(StandardCharsets.UTF_8)))));
		}
		return recipients.size();
	}

	/**
	 * The addresses the invitation went to, of people whose login is still active (as the
	 * invitation itself goes only to active people). A meeting whose agenda went out
	 * before invitations were recorded falls back on the group's present members.
	 */
	private List<String> recipients(Meeting meeting) {
		List<Meetings.Invitee> invitees = meetings.invitees(meeting.id());
		if (invitees.isEmpty()) {
			return accounts.findAll(groups.membersOf(meeting.group()).keySet())
				.stream()
				.filter(PersonSummary::active)
				.map(PersonSummary::email)
				.toList();
		}
		Map<PersonId, PersonSummary> people = accounts.findAll(invitees.stream().map(Meetings.Invitee::person).toList())
			.stream()
			.collect(Collectors.toMap(PersonSummary::id, Function.identity()));
		return invitees.stream()
			.filter(invitee -> people.containsKey(invitee.person()) && people.get(invitee.person()).active())
			.map(Meetings.Invitee::email)
			.toList();
	}

	private String body(Meeting meeting, GroupInfo group, String canceller, int moved, int listed, Meeting movedTo) {
		StringBuilder body = new StringBuilder(text("meetings.mail.cancel.intro", group.name(), meeting.title(),
				meeting.start().format(DateTimeFormatter.ofPattern("EEEE d. MMMM yyyy 'kl.' HH:mm", AgendaDesk.DANISH)),
				canceller));
		String reason = meeting.cancellation().reason();
		if (reason != null) {
			body.append("\n\n").append(text("meetings.mail.cancel.reason", reason));
		}
		if (moved > 0) {
			body.append("\n\n")
				.append(text("meetings.mail.cancel.moved", moved, movedTo.title(), day(movedTo),
						invitations.meetingUrl(movedTo.id())));
		}
		if (listed > 0) {
			// the meeting that had no room is named: nothing may have moved there
			body.append("\n\n").append(text("meetings.mail.cancel.listed", listed, movedTo.title(), day(movedTo)));
		}
		body.append("\n\n").append(text("meetings.mail.cancel.calendar"));
		return body.append("\n\n").append(invitations.meetingUrl(meeting.id())).append('\n').toString();
	}

	private static String day(Meeting meeting) {
		return meeting.start().format(DateTimeFormatter.ofPattern("d. MMMM yyyy", AgendaDesk.DANISH));
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, AgendaDesk.DANISH);
	}

}
