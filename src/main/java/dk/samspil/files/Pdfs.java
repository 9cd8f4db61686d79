package dk.samspil.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.stereotype.Component;

/**
 * Lays out a PDF from a Thymeleaf template, like a page: texts come from the message
 * bundles and everything people typed is escaped by the template. A template for a PDF
 * must be well-formed XHTML (closed empty elements, no named entities but the XML ones),
 * because the PDF renderer reads it as XML.
 */
@Component
public class Pdfs {

	private final ITemplateEngine templates;

	Pdfs(ITemplateEngine templates) {
		this.templates = templates;
	}

	/**
	 * The HTML a template gives with these variables, for a page that shows the same as
	 * the PDF.
	 */
	public String html(String template, Map<String, ?> variables, Locale locale) {
		return templates.process(template, new Context(locale, new HashMap<>(variables)));
	}

	/**
	 * The PDF a template gives with these variables, in the language of {@code locale}.
	 */
	public byte[] pdf(String template, Map<String, ?> variables, Locale locale) {
		String html = html(template, variables, locale);
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

}
