package dk.samspil.meetings;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import dk.samspil.files.Pdfs;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Agenda and minutes as tidy PDF files: title, group, date and time, place, and the
 * numbered items.
 */
@Component
class MeetingPdfs {

	private static final String TEMPLATE = "meetings/pdf";

	private final Pdfs pdfs;

	private final MessageSource messages;

	MeetingPdfs(Pdfs pdfs, MessageSource messages) {
		this.pdfs = pdfs;
		this.messages = messages;
	}

	byte[] agenda(Meeting meeting, String groupName, List<AgendaItem> agenda, Locale locale) {
		return pdfs.pdf(TEMPLATE, Map.of("what", messages.getMessage("meetings.agenda", null, locale), "meeting",
				meeting, "groupName", groupName, "agenda", agenda, "addenda", List.of(), "minutes", false), locale);
	}

	byte[] minutes(Meeting meeting, String groupName, List<AgendaItem> agenda, List<MinutesNote> addenda,
			Locale locale) {
		return pdfs.pdf(TEMPLATE, Map.of("what", messages.getMessage("meetings.minutes", null, locale), "meeting",
				meeting, "groupName", groupName, "agenda", agenda, "addenda", addenda, "minutes", true), locale);
	}

}
