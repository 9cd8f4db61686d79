package dk.samspil.meetings;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import dk.samspil.accounts.PersonId;
import dk.samspil.files.FileSizes;
import dk.samspil.files.Pdfs;
import dk.samspil.region.Region;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Agenda and minutes as PDF files fit to publish and archive: title, group, date and
 * time, place, and the numbered items; the agenda with who proposed each item and its
 * attachments, the minutes with who attended, the decisions and tasks of each item and
 * when and by whom they were approved.
 */
@Component
class MeetingPdfs {

	private static final String TEMPLATE = "meetings/pdf";

	private final Pdfs pdfs;

	private final MessageSource messages;

	private final MeetingPages pages;

	private final AgendaItems items;

	private final Region region;

	private final Meetings meetings;

	private final Citations citations;

	MeetingPdfs(Pdfs pdfs, MessageSource messages, MeetingPages pages, AgendaItems items, Region region,
			Meetings meetings, Citations citations) {
		this.meetings = meetings;
		this.citations = citations;
		this.pdfs = pdfs;
		this.messages = messages;
		this.pages = pages;
		this.items = items;
		this.region = region;
	}

	byte[] agenda(Meeting meeting, String groupName, List<AgendaItem> agenda, Locale locale) {
		Map<String, Object> variables = variables(meeting, groupName, agenda, List.of(), false, locale);
		Map<Long, List<String>> attachments = new HashMap<>();
		agenda.forEach(item -> attachments.put(item.id(),
				items.attachments(item.id())
					.stream()
					.map(a -> a.filename() + " (" + FileSizes.readable(a.size(), locale) + ")")
					.toList()));
		variables.put("attachments", attachments);
		variables.put("names", pages.names(agenda.stream().map(AgendaItem::proposedBy).toList()));
		return pdfs.pdf(TEMPLATE, variables, locale);
	}

	byte[] minutes(Meeting meeting, String groupName, List<AgendaItem> agenda, List<MinutesNote> addenda,
			Locale locale) {
		Map<String, Object> variables = variables(meeting, groupName, agenda, addenda, true, locale);
		Map<Long, List<Task>> tasks = pages.tasksOf(agenda);
		variables.put("decisions", pages.decisionsOf(agenda));
		variables.put("tasks", tasks);
		List<PersonId> people = owners(tasks.values());
		meetings.approver(meeting.id()).ifPresent(people::add);
		Map<PersonId, String> names = pages.names(people);
		variables.put("names", names);
		variables.put("approver", meetings.approver(meeting.id()).map(names::get).orElse(""));
		Attendance attendance = meetings.attendance(meeting.id());
		Map<PersonId, String> attendees = pages.namesWithMunicipality(
				Stream.concat(attendance.present().stream(), attendance.apologies().stream()).toList());
		variables.put("attendance", attendance);
		variables.put("present", attendance.present().stream().map(attendees::get).toList());
		variables.put("apologies", attendance.apologies().stream().map(attendees::get).toList());
		variables.put("municipalityNames", region.names());
		return pdfs.pdf(TEMPLATE, variables, locale);
	}

	private Map<String, Object> variables(Meeting meeting, String groupName, List<AgendaItem> agenda,
			List<MinutesNote> addenda, boolean minutes, Locale locale) {
		String what = messages.getMessage(minutes ? "meetings.minutes" : "meetings.agenda", null, locale);
		// What the items cite, with its figures, as the meeting's page shows it to the
		// same readers.
		Map<Long, List<Citation>> cited = citations.ofItems(agenda.stream().map(AgendaItem::id).toList(), locale);
		return new HashMap<>(Map.of("what", what, "meeting", meeting, "groupName", groupName, "agenda", agenda,
				"addenda", addenda, "minutes", minutes, "itemCitations", cited));
	}

	private static List<PersonId> owners(Collection<List<Task>> tasks) {
		List<PersonId> owners = new ArrayList<>();
		tasks.forEach(list -> list.stream().map(Task::ownerPerson).filter(Objects::nonNull).forEach(owners::add));
		return owners;
	}

}
