package dk.samspil.files;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import static dk.samspil.files.AcceptedFiles.BOUNDARIES;
import static dk.samspil.files.AcceptedFiles.CONSULTATION_RESPONSE;
import static dk.samspil.files.AcceptedFiles.GOAL_FIGURES;
import static dk.samspil.files.AcceptedFiles.LIBRARY_DOCUMENT;
import static dk.samspil.files.AcceptedFiles.PLAN_TEXT;
import static dk.samspil.files.AcceptedFiles.WATER_MODEL;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Files are judged by their content against the kinds a use accepts; the name must only
 * agree with it.
 */
class AcceptedFilesTest {

	private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
			(byte) 0xE1, 0 };

	@Test
	void recognisesEachKindByItsContent() {
		assertThat(type("notat.pdf", TestFiles.PDF)).contains(FileType.PDF);
		assertThat(type("kort.PNG", TestFiles.PNG)).contains(FileType.PNG);
		assertThat(type("foto.jpg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0 })).contains(FileType.JPEG);
		assertThat(type("anim.gif", ascii("GIF89a...."))).contains(FileType.GIF);
		assertThat(type("billede.webp", ascii("RIFF\0\0\0\0WEBPVP8 "))).contains(FileType.WEBP);
		assertThat(type("rapport.docx", TestFiles.docx())).contains(FileType.DOCX);
		assertThat(type("tal.xlsx", TestFiles.zip("xl/workbook.xml", "x", "[Content_Types].xml", "x")))
			.as("the entries in any order")
			.contains(FileType.XLSX);
		assertThat(type("slides.pptx", TestFiles.zip("[Content_Types].xml", "x", "ppt/presentation.xml", "x")))
			.contains(FileType.PPTX);
		assertThat(type("tekst.odt",
				TestFiles.zip("mimetype", "application/vnd.oasis.opendocument.text", "content.xml", "x")))
			.contains(FileType.ODT);
		assertThat(type("gammel.doc", OLE2)).contains(FileType.DOC);
		assertThat(type("gammel.xls", OLE2)).contains(FileType.XLS);
		assertThat(type("gammel.ppt", OLE2)).contains(FileType.PPT);
	}

	@Test
	void refusesContentThatIsNotWhatItsNameClaimsOrNotAcceptedAtAll() {
		assertThat(type("virus.pdf", "MZ\u0090\0 this is a program".getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
		assertThat(type("side.pdf", ascii("<html><script>alert(1)</script>"))).isEmpty();
		assertThat(type("billede.pdf", TestFiles.PNG)).as("a PNG named .pdf").isEmpty();
		assertThat(type("rapport.docx", TestFiles.zip("hello.txt", "hi"))).as("any ZIP named .docx").isEmpty();
		assertThat(type("program.exe", TestFiles.PDF)).isEmpty();
		assertThat(type("uden-endelse", TestFiles.PDF)).isEmpty();
		assertThat(type("tom.pdf", new byte[0])).isEmpty();
		assertThat(type("brudt.docx", new byte[] { 'P', 'K', 3, 4, 1, 2 })).as("a broken archive").isEmpty();
	}

	@Test
	void anArchiveIsKnownByItsDirectoryWithoutInflatingItsEntries() throws Exception {
		byte[] docx = TestFiles.docx();
		// the first entry's data (after its 30-byte header and 19-byte name) made
		// unreadable: inflating it would fail
		Arrays.fill(docx, 49, 53, (byte) 0xFF);
		assertThat(type("rapport.docx", docx)).contains(FileType.DOCX);

		var stored = new ZipEntry("mimetype");
		byte[] odt = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
		stored.setMethod(ZipEntry.STORED);
		stored.setSize(odt.length);
		var crc = new CRC32();
		crc.update(odt);
		stored.setCrc(crc.getValue());
		var bytes = new ByteArrayOutputStream();
		try (var zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(stored);
			zip.write(odt);
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry("content.xml"));
			zip.write(new byte[50_000_000]);
			zip.closeEntry();
		}
		assertThat(type("tekst.odt", bytes.toByteArray())).as("ODF's mimetype stored as it is").contains(FileType.ODT);
		assertThat(type("nuller.pdf", bytes.toByteArray())).isEmpty();
		assertThat(type("afkortet.odt", Arrays.copyOf(bytes.toByteArray(), 100))).as("no directory").isEmpty();
	}

	@Test
	void eachUseAcceptsOnlyItsOwnKinds() {
		assertThat(CONSULTATION_RESPONSE.check("rapport.docx", TestFiles.docx())).as("citizens send no office files")
			.isEmpty();
		assertThat(LIBRARY_DOCUMENT.check("rapport.docx", TestFiles.docx())).isPresent();
		assertThat(CONSULTATION_RESPONSE.check("kort.png", TestFiles.PNG)).isPresent();
		assertThat(LIBRARY_DOCUMENT.accept()).contains(".pdf", ".docx", ".jpeg");
	}

	@Test
	void textIsTextOfTheKindItsNameClaimsAndNeverAProgramOrAPage() {
		assertThat(WATER_MODEL.check("model.json", ascii(" {\"format\": 1}"))).map(Upload::type)
			.contains(FileType.JSON);
		assertThat(BOUNDARIES.check("kommuner.geojson",
				"\uFEFF{\"type\":\"FeatureCollection\"}".getBytes(StandardCharsets.UTF_8)))
			.as("after a byte order mark")
			.map(Upload::type)
			.contains(FileType.GEOJSON);
		assertThat(GOAL_FIGURES.check("tal.csv",
				"kommunekode;værdi\r\n0621;1,5\r\n".getBytes(Charset.forName("windows-1252"))))
			.as("Danish Excel's Windows-1252")
			.map(Upload::type)
			.contains(FileType.CSV);
		assertThat(PLAN_TEXT.check("plan.md", "# Planen\n\nÆbler og øer.".getBytes(StandardCharsets.UTF_8)))
			.map(Upload::type)
			.contains(FileType.MARKDOWN);

		byte[] program = "MZ\u0090\0\u0003\0 this program cannot be run in DOS mode"
			.getBytes(StandardCharsets.ISO_8859_1);
		byte[] page = ascii("<!DOCTYPE html><html><script>alert(1)</script></html>");
		for (AcceptedFiles use : new AcceptedFiles[] { WATER_MODEL, GOAL_FIGURES, BOUNDARIES, PLAN_TEXT }) {
			String name = "fil." + use.types().iterator().next().extension();
			assertThat(use.check(name, program)).as(use + ": a program named " + name).isEmpty();
			assertThat(use.check(name, page)).as(use + ": a page named " + name).isEmpty();
			assertThat(use.check(name, TestFiles.PDF)).as(use + ": a PDF named " + name).isEmpty();
		}
		assertThat(WATER_MODEL.check("model.json", ascii("kommunekode;værdi"))).as("JSON begins as JSON").isEmpty();
		assertThat(GOAL_FIGURES.check("tal.xlsx", ascii("kommunekode;værdi"))).as("text named as a workbook").isEmpty();
		assertThat(LIBRARY_DOCUMENT.check("noter.txt", ascii("noter"))).as("only the uses that take text").isEmpty();
	}

	@Test
	void eachUseHasItsLimitAndRefusesAFileAboveIt() {
		assertThat(WATER_MODEL.maxSize().toMegabytes()).isEqualTo(20);
		assertThat(GOAL_FIGURES.maxSize().toBytes()).isEqualTo(1_000_000);
		assertThat(BOUNDARIES.maxSize().toMegabytes()).isEqualTo(10);
		assertThat(CONSULTATION_RESPONSE.maxSize().toMegabytes()).isEqualTo(5);
		assertThat(GOAL_FIGURES.tooLarge(1_000_000)).isFalse();
		assertThat(GOAL_FIGURES.tooLarge(1_000_001)).isTrue();
		byte[] large = ("kommunekode;værdi\n" + "0621;1\n".repeat(150_000)).getBytes(StandardCharsets.UTF_8);
		assertThat(GOAL_FIGURES.check("tal.csv", large)).isEmpty();
	}

	@Test
	void namesLoseFoldersQuotesAndControlCharacters() {
		assertThat(FileNames.safe("../../etc/\"x\".pdf")).isEqualTo("_x_.pdf");
		assertThat(FileNames.safe("C:\\Users\\a\\plan.pdf")).isEqualTo("plan.pdf");
		assertThat(FileNames.safe("rapport\r\nSet-Cookie: x.pdf")).isEqualTo("rapportSet-Cookie_ x.pdf");
		assertThat(FileNames.safe(".bashrc")).isEqualTo("fil.bashrc");
		assertThat(FileNames.safe(null)).isEqualTo("fil");
		assertThat(FileNames.safe("a".repeat(300) + ".pdf")).hasSize(120).endsWith(".pdf");
		assertThat(FileNames.safe("Høringssvar – Kolding.pdf")).isEqualTo("Høringssvar – Kolding.pdf");
	}

	@Test
	void aDownloadCarriesTheSafeNameAndCannotRunAsAPage() {
		var response = Downloads.attachment("../Høring \"1\".pdf", "application/pdf", TestFiles.PDF);
		assertThat(response.getHeaders().getFirst("Content-Disposition")).startsWith("attachment")
			.contains("filename*=UTF-8''H%C3%B8ring%20_1_.pdf")
			.doesNotContain("../");
		assertThat(response.getHeaders().getFirst("Content-Security-Policy")).isEqualTo("sandbox");
		assertThat(response.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(response.getHeaders().getContentType()).hasToString("application/pdf");
	}

	@Test
	void aPdfWeLaidOutOpensInTheBrowserOutsideASandboxWhichBrowsersRefuseForPdf() {
		var response = Downloads.pdf("dagsorden-12.pdf", TestFiles.PDF);
		assertThat(response.getHeaders().getFirst("Content-Disposition")).startsWith("inline")
			.contains("dagsorden-12.pdf");
		assertThat(response.getHeaders().getFirst("Content-Security-Policy")).isNull();
		assertThat(response.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
	}

	private static Optional<FileType> type(String name, byte[] content) {
		return LIBRARY_DOCUMENT.check(name, content).map(Upload::type);
	}

	private static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.US_ASCII);
	}

}
