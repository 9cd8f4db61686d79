package dk.samspil.library;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Files are judged by their content; the name must only agree with it. */
class AttachmentTypeTest {

	@Test
	void recognisesEachAcceptedKindByItsContent() {
		assertThat(AttachmentType.of("notat.pdf", Files.PDF)).contains(AttachmentType.PDF);
		assertThat(AttachmentType.of("kort.PNG", Files.PNG)).contains(AttachmentType.PNG);
		assertThat(AttachmentType.of("foto.jpg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0 }))
			.contains(AttachmentType.JPEG);
		assertThat(AttachmentType.of("anim.gif", "GIF89a....".getBytes(StandardCharsets.US_ASCII)))
			.contains(AttachmentType.GIF);
		assertThat(AttachmentType.of("billede.webp", "RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.US_ASCII)))
			.contains(AttachmentType.WEBP);
		assertThat(AttachmentType.of("rapport.docx", Files.docx())).contains(AttachmentType.DOCX);
		assertThat(AttachmentType.of("tal.xlsx", Files.zip("[Content_Types].xml", "x", "xl/workbook.xml", "x")))
			.contains(AttachmentType.XLSX);
		assertThat(AttachmentType.of("slides.pptx", Files.zip("[Content_Types].xml", "x", "ppt/presentation.xml", "x")))
			.contains(AttachmentType.PPTX);
		assertThat(AttachmentType.of("tekst.odt",
				Files.zip("mimetype", "application/vnd.oasis.opendocument.text", "content.xml", "x")))
			.contains(AttachmentType.ODT);
		byte[] ole2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0 };
		assertThat(AttachmentType.of("gammel.doc", ole2)).contains(AttachmentType.DOC);
		assertThat(AttachmentType.of("gammel.xls", ole2)).contains(AttachmentType.XLS);
	}

	@Test
	void refusesContentThatIsNotWhatItsNameClaimsOrNotAcceptedAtAll() {
		assertThat(AttachmentType.of("virus.pdf", "MZ\u0090\0 this is a program".getBytes(StandardCharsets.ISO_8859_1)))
			.isEmpty();
		assertThat(AttachmentType.of("side.pdf", "<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)))
			.isEmpty();
		assertThat(AttachmentType.of("billede.pdf", Files.PNG)).as("a PNG named .pdf").isEmpty();
		assertThat(AttachmentType.of("rapport.docx", Files.zip("hello.txt", "hi"))).as("any ZIP named .docx").isEmpty();
		assertThat(AttachmentType.of("program.exe", Files.PDF)).isEmpty();
		assertThat(AttachmentType.of("uden-endelse", Files.PDF)).isEmpty();
		assertThat(AttachmentType.of("tom.pdf", new byte[0])).isEmpty();
	}
}
