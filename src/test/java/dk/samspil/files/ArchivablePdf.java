package dk.samspil.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A PDF as an archive and a screen reader meet it, read with PDFBox: whether it says it
 * is PDF/A-3 and PDF/UA in its XMP metadata, embeds every font it uses, is tagged
 * (structure tree, marked content) in a language, carries a title shown instead of the
 * file name, and what each page says.
 */
public record ArchivablePdf(List<String> pages, String metadata, boolean tagged, String language, String title,
		boolean showsTitle, List<String> fontsNotEmbedded) {

	public static ArchivablePdf read(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDDocumentCatalog catalog = document.getDocumentCatalog();
			String metadata = catalog.getMetadata() == null ? ""
					: new String(catalog.getMetadata().toByteArray(), StandardCharsets.UTF_8);
			List<String> pages = new ArrayList<>();
			List<String> notEmbedded = new ArrayList<>();
			PDFTextStripper stripper = new PDFTextStripper();
			for (int i = 1; i <= document.getNumberOfPages(); i++) {
				stripper.setStartPage(i);
				stripper.setEndPage(i);
				pages.add(stripper.getText(document));
				PDPage page = document.getPage(i - 1);
				for (COSName name : page.getResources().getFontNames()) {
					PDFont font = page.getResources().getFont(name);
					if (!font.isEmbedded()) {
						notEmbedded.add(font.getName());
					}
				}
			}
			boolean tagged = catalog.getStructureTreeRoot() != null && catalog.getMarkInfo() != null
					&& catalog.getMarkInfo().isMarked();
			boolean showsTitle = catalog.getViewerPreferences() != null
					&& catalog.getViewerPreferences().displayDocTitle();
			return new ArchivablePdf(pages, metadata, tagged, catalog.getLanguage(),
					document.getDocumentInformation().getTitle(), showsTitle, notEmbedded);
		}
	}

	/** The text of every page, with each run of white space as one space. */
	public String text() {
		return String.join(" ", pages).replaceAll("\\s+", " ");
	}

	/** Asserts what makes it fit to publish and archive, and a reader find their way. */
	public ArchivablePdf isArchivableAndAccessible(String expectedLanguage) {
		assertThat(metadata).as("PDF/A identification").containsPattern("pdfaid:part[^0-9]{1,3}3");
		assertThat(metadata).as("PDF/UA identification").containsPattern("pdfuaid:part[^0-9]{1,3}1");
		assertThat(fontsNotEmbedded).as("fonts not embedded").isEmpty();
		assertThat(tagged).as("tagged for screen readers").isTrue();
		assertThat(language).as("language").isEqualTo(expectedLanguage);
		assertThat(title).as("title").isNotBlank();
		assertThat(showsTitle).as("the title shown instead of the file name").isTrue();
		return this;
	}

}
