package dk.samspil.strategy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/** A closed round's result as PDF: the ranking both ways and each municipality's ballot, every text escaped. */
@Component
class ResultPdf {

	private static final String STYLE = """
			@page { size: A4; margin: 2cm; }
			body { font-family: sans-serif; font-size: 10pt; line-height: 1.4; }
			h1 { font-size: 16pt; margin: 0 0 6pt; }
			h2 { font-size: 12pt; margin: 14pt 0 4pt; }
			table { border-collapse: collapse; width: 100%; }
			th, td { border-bottom: 1px solid #999; padding: 3pt; text-align: left; vertical-align: top; }
			.num { text-align: right; }
			.differs { background: #fff3cd; }
			""";

	private final MessageSource messages;

	ResultPdf(MessageSource messages) {
		this.messages = messages;
	}

	byte[] render(Round round, RoundResult result, Locale locale) {
		StringBuilder body = new StringBuilder();
		body.append("<h1>").append(esc(round.title())).append("</h1>");
		body.append("<p>").append(esc(messages.getMessage("strategy.result.counted", new Object[] { result.voted(),
				text("strategy.weighting." + result.decidedBy(), locale) }, locale))).append("</p>");
		if (result.winnerDiffers()) {
			body.append("<p><strong>").append(esc(messages.getMessage("strategy.result.winnerDiffers",
					new Object[] { result.winner(Weighting.EQUAL).title(), result.winner(Weighting.POPULATION).title() },
					locale))).append("</strong></p>");
		}
		body.append("<table><thead><tr><th>").append(esc(text("strategy.result.topic", locale)))
			.append("</th><th class=\"num\">").append(esc(text("strategy.result.placeEqual", locale)))
			.append("</th><th class=\"num\">").append(esc(text("strategy.result.scoreEqual", locale)))
			.append("</th><th class=\"num\">").append(esc(text("strategy.result.placeWeighted", locale)))
			.append("</th><th class=\"num\">").append(esc(text("strategy.result.scoreWeighted", locale)))
			.append("</th></tr></thead><tbody>");
		for (RoundResult.Row row : result.rows()) {
			body.append(row.differs() ? "<tr class=\"differs\">" : "<tr>").append("<td>").append(esc(row.title()))
				.append("</td><td class=\"num\">").append(row.place()).append("</td><td class=\"num\">")
				.append(String.format(locale, "%.0f", row.score())).append("</td><td class=\"num\">")
				.append(row.weightedPlace()).append("</td><td class=\"num\">")
				.append(String.format(locale, "%.1f", row.weightedScore())).append("</td></tr>");
		}
		body.append("</tbody></table><h2>").append(esc(text("strategy.result.ballots", locale))).append("</h2><table>");
		for (RoundResult.BallotLine line : result.ballots()) {
			body.append("<tr><td>").append(esc(line.name())).append("</td><td>").append(esc(line.text()))
				.append("</td></tr>");
		}
		body.append("</table>");
		String html = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\""
				+ locale.getLanguage() + "\"><head><meta charset=\"UTF-8\"/><title>" + esc(round.title())
				+ "</title><style>" + STYLE + "</style></head><body>" + body + "</body></html>";
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

	private static String esc(String text) {
		return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
	}
}
