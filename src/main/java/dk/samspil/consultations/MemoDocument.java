package dk.samspil.consultations;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import org.springframework.context.MessageSource;

/**
 * Writes the memo as one XHTML document, served as the web page and laid out as the PDF, so both say the same.
 * Everything citizens or officials typed is escaped: a script in a response is text in the memo.
 */
final class MemoDocument {

	private final MessageSource messages;

	private final Locale locale;

	private final StringBuilder out = new StringBuilder();

	private MemoDocument(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	static String html(Memo memo, MessageSource messages, Locale locale) {
		return new MemoDocument(messages, locale).write(memo);
	}

	static byte[] pdf(Memo memo, MessageSource messages, Locale locale) throws IOException {
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		builder.withHtmlContent(html(memo, messages, locale), null);
		builder.toStream(pdf);
		builder.run();
		return pdf.toByteArray();
	}

	private String write(Memo memo) {
		String title = text(memo.ideas() ? "consultations.memo.ideas.title" : "consultations.memo.title") + " – "
				+ memo.consultation().title();
		out.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"")
			.append(locale.getLanguage())
			.append("\"><head><meta charset=\"utf-8\" /><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />")
			.append("<title>").append(escape(title)).append("</title><style>").append(STYLE).append("</style></head><body><main>");
		element("h1", title);
		element("p", text(memo.internal() ? "consultations.memo.internalNote" : "consultations.memo.publicNote"));
		element("p", text("consultations.memo.period", memo.consultation().startsOn(), memo.consultation().endsOn(),
				memo.responses()));
		out.append("<table><thead><tr>");
		element("th", text("consultations.filter.outcome"));
		element("th", text("consultations.memo.count"));
		out.append("</tr></thead><tbody>");
		for (Map.Entry<String, Long> outcome : memo.outcomes().entrySet()) {
			out.append("<tr>");
			element("td", text("consultations.outcome." + outcome.getKey()));
			element("td", String.valueOf(outcome.getValue()));
			out.append("</tr>");
		}
		out.append("</tbody></table>");
		for (Memo.Part part : memo.parts()) {
			String name = part.municipality() == null ? text("consultations.outside") : part.municipality().name();
			element("h2", text("consultations.memo.part", name, part.responses()));
			if (part.entries().isEmpty()) {
				element("p", text("consultations.memo.noResponses"));
			}
			part.entries().forEach(this::entry);
		}
		out.append("</main></body></html>");
		return out.toString();
	}

	private void entry(Memo.Entry e) {
		out.append("<section class=\"entry\">");
		String heading = e.author() + " (" + e.receipt() + ")"
				+ (e.count() > 1 ? " – " + text("consultations.memo.campaign", e.count()) : "")
				+ (e.late() ? " – " + text("consultations.late") : "");
		element("h3", heading);
		out.append("<dl>");
		if (e.contact() != null && !e.contact().isBlank()) {
			pair("consultations.memo.contact", e.contact());
		}
		pair("consultations.filter.section",
				e.sections().isEmpty() ? text("consultations.wholeDocument") : String.join(", ", e.sections()));
		if (e.theme() != null) {
			pair("consultations.filter.theme", e.theme());
		}
		pair("consultations.summary", e.summary() == null ? text("consultations.memo.notProcessed") : e.summary());
		if (e.comment() != null) {
			pair("consultations.comment", e.comment());
		}
		pair("consultations.filter.outcome",
				e.outcome() == null ? text("consultations.memo.notProcessed") : text("consultations.outcome." + e.outcome()));
		if (e.changeText() != null) {
			pair("consultations.change", e.changeText() + (e.changeSection() == null ? "" : " (" + e.changeSection() + ")"));
		}
		out.append("</dl></section>");
	}

	private void pair(String key, String value) {
		element("dt", text(key));
		element("dd", value);
	}

	private void element(String name, String text) {
		out.append('<').append(name).append('>').append(escape(text)).append("</").append(name).append('>');
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			switch (c) {
				case '<' -> escaped.append("&lt;");
				case '>' -> escaped.append("&gt;");
				case '&' -> escaped.append("&amp;");
				case '"' -> escaped.append("&quot;");
				case '\'' -> escaped.append("&#39;");
				default -> {
					if (c >= 0x20 || c == '\n' || c == '\t') {
						escaped.append(c);
					}
				}
			}
		}
		return escaped.toString();
	}

	private static final String STYLE = """
			body { font-family: sans-serif; line-height: 1.45; color: #1a1a1a; margin: 1.5rem auto; max-width: 48rem; padding: 0 1rem; }
			h1 { font-size: 1.6rem; } h2 { font-size: 1.3rem; margin-top: 2rem; border-bottom: 2px solid #0b5345; }
			h3 { font-size: 1.05rem; margin: 1rem 0 0.25rem; }
			table { border-collapse: collapse; } th, td { text-align: left; padding: 0.2rem 0.75rem 0.2rem 0; }
			dl { margin: 0; } dt { font-weight: bold; } dd { margin: 0 0 0.3rem 0; white-space: pre-wrap; }
			.entry { border-left: 3px solid #c9d1d3; padding-left: 0.75rem; margin-bottom: 0.75rem; }
			""";
}
