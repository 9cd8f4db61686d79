package dk.samspil.meetings;

import java.net.URI;
import java.util.List;
import java.util.function.Function;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * iCalendar for meetings: an invitation per member when the agenda goes out, a
 * cancellation when the meeting is called off, and each person's feed. A meeting keeps
 * one UID for its life, and its SEQUENCE grows each time the invitation is sent again and
 * when it is cancelled, so calendars update it, or drop it ({@code STATUS:CANCELLED}).
 */
@Component
class Invitations {

	private final String baseUrl;

	private final String organizer;

	Invitations(@Value("${samspil.meetings.base-url}") String baseUrl,
			@Value("${samspil.meetings.organizer}") String organizer) {
		this.baseUrl = baseUrl.replaceAll("/$", "");
		this.organizer = organizer;
	}

	/** An invitation (METHOD:REQUEST) to one attendee. */
	String invitation(Meeting meeting, String groupName, List<AgendaItem> agenda, String attendeeEmail) {
		VEvent event = event(meeting, groupName, agenda);
		event.add(new Attendee(URI.create("mailto:" + attendeeEmail)));
		return calendar(ImmutableMethod.REQUEST, List.of(event));
	}

	/**
	 * A cancellation (METHOD:CANCEL) to one attendee of a cancelled meeting, with a note
	 * on why in its description.
	 */
	String cancellation(Meeting meeting, String groupName, String note, String attendeeEmail) {
		VEvent event = event(meeting, groupName, List.of());
		event.replace(new Description(note + "\n" + meetingUrl(meeting.id())));
		event.add(new Attendee(URI.create("mailto:" + attendeeEmail)));
		return calendar(ImmutableMethod.CANCEL, List.of(event));
	}

	/** A feed (METHOD:PUBLISH) of the given meetings. */
	String feed(List<Meeting> meetings, Function<Meeting, String> groupNames) {
		return calendar(ImmutableMethod.PUBLISH,
				meetings.stream().map(m -> event(m, groupNames.apply(m), List.of())).toList());
	}

	String meetingUrl(long meetingId) {
		return url("/meetings/" + meetingId);
	}

	/**
	 * An absolute address of a page, for mails and calendars read outside the browser.
	 */
	String url(String path) {
		return baseUrl + path;
	}

	private VEvent event(Meeting meeting, String groupName, List<AgendaItem> agenda) {
		VEvent event = new VEvent(meeting.startsAt(), meeting.endsAt(), groupName + ": " + meeting.title());
		event.add(new Uid("meeting-" + meeting.id() + "@samspil"));
		event.add(new Sequence(meeting.sequence()));
		if (meeting.cancelled()) {
			event.add(ImmutableStatus.VEVENT_CANCELLED);
		}
		event.add(new Organizer(URI.create(organizer)));
		if (meeting.place() != null) {
			event.add(new Location(meeting.place()));
		}
		String link = meeting.onlineLink() != null ? meeting.onlineLink() : meetingUrl(meeting.id());
		event.add(new Url(URI.create(link)));
		StringBuilder description = new StringBuilder(meetingUrl(meeting.id()));
		int number = 1;
		for (AgendaItem item : agenda) {
			description.append('\n').append(number++).append(". ").append(item.title());
		}
		event.add(new Description(description.toString()));
		return event;
	}

	private static String calendar(Method method, List<VEvent> events) {
		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//Samspil//Meetings//DA"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add(method);
		for (VEvent event : events) {
			calendar.add(event);
		}
		return calendar.toString();
	}

}
