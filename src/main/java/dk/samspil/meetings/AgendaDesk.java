package dk.samspil.meetings;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dk.samspil.accounts.Accounts;
import dk.samspil.accounts.PersonId;
import dk.samspil.accounts.PersonSummary;
import dk.samspil.groups.GroupDirectory;
import dk.samspil.groups.GroupId;
import dk.samspil.groups.GroupInfo;
import dk.samspil.groups.Theme;
import dk.samspil.groups.ThemeId;
import dk.samspil.groups.Themes;
import dk.samspil.notifications.Mail;
import dk.samspil.notifications.Postbox;
import dk.samspil.rules.FieldRefusal;
import dk.samspil.rules.Refusal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scheduling meetings, proposing and ordering agenda items, and sending the agenda to the
 * members.
 */
@Component
class AgendaDesk {

	static final Locale DANISH = Locale.forLanguageTag("da");

	private final Meetings meetings;

	private final AgendaItems items;

	private final GroupDirectory groups;

	private final Accounts accounts;

	private final Postbox postbox;

	private final Invitations invitations;

	private final MeetingSearch search;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	private final Themes themes;

	AgendaDesk(Meetings meetings, AgendaItems items, GroupDirectory groups, Accounts accounts, Postbox postbox,
			Invitations invitations, MeetingSearch search, ApplicationEventPublisher events, MessageSource messages,
			Themes themes) {
		this.themes = themes;
		this.meetings = meetings;
		this.items = items;
		this.groups = groups;
		this.accounts = accounts;
		this.postbox = postbox;
		this.invitations = invitations;
		this.search = search;
		this.events = events;
		this.messages = messages;
	}

	/**
	 * Schedules a meeting; items escalated to the group while it had no meeting go onto
	 * its proposals, as many as a meeting holds, the oldest first.
	 */
	@Transactional
	long schedule(GroupId group, String title, Instant startsAt, Instant endsAt, String place, String onlineLink,
			Instant deadline) {
		return schedule(group, title, startsAt, endsAt, place, onlineLink, deadline, null);
	}

	/**
	 * Schedules a meeting from the form issued with {@code formToken}: a second submit of
	 * that form, even at the same moment, gives the meeting the first one made. The same
	 * form sent again for another meeting (back, a new title or time, send) or for
	 * another group schedules that meeting, never dropping what was typed.
	 */
	@Transactional
	long schedule(GroupId group, String title, Instant startsAt, Instant endsAt, String place, String onlineLink,
			Instant deadline, String formToken) {
		Optional<Long> id = meetings.insert(group, title.strip(), startsAt, endsAt, place, onlineLink, deadline,
				formToken);
		if (id.isEmpty()) {
			Meeting first = meetings.byFormToken(formToken).orElseThrow();
			if (first.group().equals(group) && first.title().equals(title.strip())
					&& first.startsAt().equals(startsAt)) {
				return first.id();
			}
			id = meetings.insert(group, title.strip(), startsAt, endsAt, place, onlineLink, deadline, null);
		}
		items.attachWaiting(group, id.get(), AgendaItems.MAX_PER_MEETING);
		return id.get();
	}

	/**
	 * Changes a meeting's title, time or place. When the agenda has gone out, the members
	 * get the invitation again with a higher SEQUENCE, so their calendars move the
	 * meeting instead of adding a second one.
	 */
	@Transactional
	void reschedule(Meeting shown, String title, Instant startsAt, Instant endsAt, String place, String onlineLink,
			Instant deadline, Instant now) {
		Meeting meeting = meetings.locked(shown);
		meeting.checkChangeable();
		meetings.reschedule(meeting.id(), title.strip(), startsAt, endsAt, place, onlineLink, deadline);
		if (meeting.published()) {
			publish(meetings.find(meeting.id()).orElseThrow(), now);
		}
	}

	/**
	 * A member proposes an item for the meeting, while it takes proposals and has room
	 * for it, tagged only with themes people may still choose (not merged or retired
	 * ones).
	 */
	@Transactional
	long propose(Meeting shown, PersonId by, String title, String description, List<ThemeId> chosen,
			List<Attachment> attachments, Instant now) {
		if (!themes.selectable().stream().map(Theme::id).toList().containsAll(chosen)) {
			throw new FieldRefusal("themes", "meetings.item.themes.unknown");
		}
		Meeting meeting = meetings.locked(shown);
		meeting.checkTakesProposals(now);
		// the same proposal sent again (a double click, a browser sending the form again)
		// finds the first; the meeting's lock makes the second wait for it
		Optional<AgendaItem> sent = items.ofMeeting(meeting.id())
			.stream()
			.filter(item -> item.proposedBy().equals(by) && item.title().equals(title.strip())
					&& item.description().equals(description == null ? "" : description.strip()))
			.findFirst();
		if (sent.isPresent()) {
			return sent.get().id();
		}
		if (items.room(meeting.id()) == 0) {
			throw new FieldRefusal("title", "meetings.item.tooMany", AgendaItems.MAX_PER_MEETING);
		}
		long id = items.insert(meeting.group(), meeting.id(), title, description, by, null);
		items.tag(id, chosen);
		attachments.forEach(attachment -> items.attach(id, attachment));
		search.item(items.find(id).orElseThrow(), meeting);
		return id;
	}

	/**
	 * An item on the group's list, waiting for the chair to take it into a meeting, or
	 * for the next one scheduled.
	 */
	@Transactional
	long proposeToList(GroupId group, PersonId by, String title, String description) {
		return items.insert(group, null, title, description, by, null);
	}

	/**
	 * The chair takes an item from the group's list into this meeting, as a proposal to
	 * accept and order, while it has room for it.
	 */
	@Transactional
	void take(Meeting shown, AgendaItem item) {
		Meeting meeting = meetings.locked(shown);
		meeting.checkChangeable();
		if (item.meetingId() != null || !item.group().equals(meeting.group())) {
			throw GroupAccess.notFound();
		}
		if (items.room(meeting.id()) == 0) {
			throw new Refusal("meetings.list.full", AgendaItems.MAX_PER_MEETING);
		}
		if (!items.take(item.id(), meeting.id())) {
			throw GroupAccess.notFound();
		}
		search.item(items.find(item.id()).orElseThrow(), meeting);
	}

	/**
	 * The chair accepts, defers or moves an item; the agenda may change after it was
	 * sent, then it is sent again.
	 */
	@Transactional
	void arrange(Meeting shown, AgendaItem item, String action) {
		Meeting meeting = meetings.locked(shown);
		meeting.checkChangeable();
		switch (action) {
			case "accept" -> items.setStatus(item.id(), ItemStatus.ACCEPTED);
			case "defer" -> items.setStatus(item.id(), ItemStatus.DEFERRED);
			case "up" -> items.move(item, -1);
			case "down" -> items.move(item, 1);
			default -> throw GroupAccess.notFound();
		}
	}

	/**
	 * Sends each member one mail with the agenda and an invitation for their calendar,
	 * and notes who got one, so that a cancellation later reaches the same people.
	 */
	@Transactional
	int publish(Meeting shown, Instant now) {
		Meeting meeting = meetings.locked(shown);
		meeting.checkChangeable();
		List<AgendaItem> agenda = agenda(meeting.id());
		if (agenda.isEmpty()) {
			throw new Refusal("meetings.rule.emptyAgenda");
		}
		meetings.markPublished(meeting.id(), now);
		Meeting sent = meetings.find(meeting.id()).orElseThrow();
		GroupInfo group = groups.find(meeting.group()).orElseThrow();
		List<PersonSummary> members = accounts.findAll(groups.membersOf(meeting.group()).keySet())
			.stream()
			.filter(PersonSummary::active)
			.toList();
		for (PersonSummary member : members) {
			String ics = invitations.invitation(sent, group.name(), agenda, member.email());
			meetings.invited(sent.id(), member.id(), member.email(), now);
			postbox.post(new Mail(member.email(), subject(sent, group), body(sent, group, agenda),
					List.of(new Mail.Attachment("invitation.ics", "text/calendar; method=REQUEST; charset=UTF-8",
							ics.getBytes(StandardCharsets.UTF_8)))));
		}
		events.publishEvent(new AgendaPublished(sent.id(), sent.group(), sent.startsAt(), sent.sequence()));
		return members.size();
	}

	List<AgendaItem> agenda(long meetingId) {
		return items.ofMeeting(meetingId).stream().filter(AgendaItem::accepted).toList();
	}

	private String subject(Meeting meeting, GroupInfo group) {
		return messages.getMessage("meetings.mail.agenda.subject", new Object[] { group.name(), meeting.title(),
				meeting.start().format(DateTimeFormatter.ofPattern("d/M/yyyy")) }, DANISH);
	}

	private String body(Meeting meeting, GroupInfo group, List<AgendaItem> agenda) {
		StringBuilder body = new StringBuilder(messages.getMessage("meetings.mail.agenda.intro",
				new Object[] { group.name(), meeting.title(),
						meeting.start().format(DateTimeFormatter.ofPattern("EEEE d. MMMM yyyy 'kl.' HH:mm", DANISH)),
						meeting.place() == null ? meeting.onlineLink() : meeting.place() },
				DANISH));
		body.append("\n\n");
		int number = 1;
		for (AgendaItem item : agenda) {
			body.append(number++).append(". ").append(item.title()).append('\n');
		}
		return body.append('\n').append(invitations.meetingUrl(meeting.id())).append('\n').toString();
	}

}
