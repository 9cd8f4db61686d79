package dk.samspil.files;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Lays out a PDF from a Thymeleaf template, like a page: texts come from the message
 * bundles and everything people typed is escaped by the template. A template for a PDF
 * must be well-formed XHTML (closed empty elements, no named entities but the XML ones),
 * because the PDF renderer reads it as XML.
 * <p>
 * The PDFs are made to be published and archived: PDF/A-3u (its fonts embedded, its
 * colours calibrated, described in XMP) and tagged for screen readers (PDF/UA), so a
 * template needs a {@code <title>} and a {@code lang} on {@code <html>}. Text is set in
 * DejaVu Sans (shipped with its licence under {@code fonts/}), whatever family a template
 * names, since a font that is not embedded is not allowed in PDF/A.
 */
@Component
public class Pdfs {

	private static final String REGULAR = "/fonts/DejaVuSans.ttf";

	private static final String BOLD = "/fonts/DejaVuSans-Bold.ttf";

	private static final String OBLIQUE = "/fonts/DejaVuSans-Oblique.ttf";

	private static final String BOLD_OBLIQUE = "/fonts/DejaVuSans-BoldOblique.ttf";

	/**
	 * The families templates name, all set in the one embedded font: the generic ones
	 * under the names the renderer gives them too (a page's default is serif).
	 */
	private static final List<String> FAMILIES = List.of("DejaVu Sans", "sans-serif", "serif", "monospace", "SansSerif",
			"Serif", "Monospaced");

	private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

	/**
	 * Files already laid out, by their page: laying out a long one (a consultation memo
	 * of thousands of responses, the agenda of a meeting of hundreds of items) takes from
	 * seconds to over a minute, while making its page takes a fraction of that, and the
	 * same file is often fetched again and again (a published memo by anyone).
	 */
	private final LaidOut laidOut = new LaidOut(DataSize.ofMegabytes(64).toBytes());

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
		return laidOut.get(html, () -> layOut(html));
	}

	private byte[] layOut(String html) {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_U);
			builder.usePdfUaAccessbility(true);
			builder.useColorProfile(SRGB);
			for (String family : FAMILIES) {
				for (FontStyle style : FontStyle.values()) {
					boolean slanted = style != FontStyle.NORMAL;
					font(builder, slanted ? OBLIQUE : REGULAR, family, 400, style);
					font(builder, slanted ? BOLD_OBLIQUE : BOLD, family, 700, style);
				}
			}
			builder.withHtmlContent(html, null);
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void font(PdfRendererBuilder builder, String file, String family, int weight, FontStyle style) {
		builder.useFont(() -> Pdfs.class.getResourceAsStream(file), family, weight, style, true);
	}

}
