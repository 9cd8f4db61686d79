package dk.samspil.meetings;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Agenda and minutes as tidy PDF files: title, group, date and time, place, and the numbered items. The HTML is built
 * here rather than by a page template, because the PDF renderer needs strict XHTML; every text is escaped.
 */
@Component
class MeetingPdfs {

	private static final String STYLE = """
			@page { size: A4; margin: 2cm; }
			body { font-family: sans-serif; font-size: 11pt; line-height: 1.4; }
			h1 { font-size: 18pt; margin: 0 0 4pt; }
			.group { font-size: 12pt; color: #0b5345; margin: 0 0 12pt; }
			.facts { color: #333; margin-bottom: 16pt; }
			h2 { font-size: 13pt; margin: 14pt 0 4pt; border-bottom: 1px solid #999; }
			.text { white-space: pre-wrap; }
			.label { font-weight: bold; }
			.cancelled { font-size: 14pt; font-weight: bold; color: #b00020; }
			.addendum { border-left: 3px solid #b00020; padding-left: 6pt; }
			""";

	private final MessageSource messages;

	MeetingPdfs(MessageSource messages) {
		this.messages = messages;
	}

	byte[] agenda(Meeting meeting, String groupName, List<AgendaItem> agenda, Locale locale) {
		StringBuilder body = header(meeting, groupName, text("meetings.agenda", locale), locale);
		int number = 1;
		for (AgendaItem item : agenda) {
			body.append("<h2>").append(number++).append(". ").append(esc(item.title())).append("</h2>");
			body.append("<p class=\"text\">").append(esc(item.description())).append("</p>");
		}
		return render(body);
	}

	byte[] minutes(Meeting meeting, String groupName, List<AgendaItem> agenda, List<MinutesNote> addenda,
			Locale locale) {
		StringBuilder body = header(meeting, groupName, text("meetings.minutes", locale), locale);
		body.append("<p>").append(esc(text("meetings.minutes.state." + meeting.minutesState(), locale))).append("</p>");
		int number = 1;
		for (AgendaItem item : agenda) {
			body.append("<h2>").append(number++).append(". ").append(esc(item.title())).append("</h2>");
			body.append("<p><span class=\"label\">").append(esc(text("meetings.minutes.discussion", locale)))
				.append(":</span> <span class=\"text\">").append(esc(item.discussion())).append("</span></p>");
			body.append("<p><span class=\"label\">").append(esc(text("meetings.minutes.outcome", locale)))
				.append(":</span> <span class=\"text\">").append(esc(item.outcome())).append("</span></p>");
		}
		for (MinutesNote addendum : addenda) {
			body.append("<div class=\"addendum\"><h2>").append(esc(text("meetings.minutes.addendum", locale)))
				.append(' ').append(esc(addendum.time().format(DateTimeFormatter.ofPattern("d/M/yyyy HH:mm"))))
				.append("</h2><p class=\"text\">").append(esc(addendum.text())).append("</p></div>");
		}
		return render(body);
	}

	private StringBuilder header(Meeting meeting, String groupName, String what, Locale locale) {
		DateTimeFormatter date = DateTimeFormatter.ofPattern(text("meetings.format.day", locale), locale);
		DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm");
		StringBuilder body = new StringBuilder();
		body.append("<h1>").append(esc(what)).append(": ").append(esc(meeting.title())).append("</h1>");
		body.append("<p class=\"group\">").append(esc(groupName)).append("</p>");
		if (meeting.cancelled()) {
			body.append("<p class=\"cancelled\">").append(esc(text("meetings.cancelled.heading", locale))).append("</p>");
		}
		body.append("<p class=\"facts\">").append(esc(meeting.start().format(date))).append(", ")
			.append(meeting.start().format(time)).append("–").append(meeting.end().format(time));
		if (meeting.place() != null) {
			body.append("<br/>").append(esc(meeting.place()));
		}
		if (meeting.onlineLink() != null) {
			body.append("<br/>").append(esc(meeting.onlineLink()));
		}
		return body.append("</p>");
	}

	private static byte[] render(StringBuilder body) {
		String html = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"><head>"
				+ "<meta charset=\"UTF-8\"/><style>" + STYLE + "</style></head><body>" + body + "</body></html>";
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.withHtmlContent(html, null);
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

	/** Escapes markup; characters outside the PDF's basic fonts are kept, the renderer substitutes them. */
	private static String esc(String text) {
		return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
	}
}
