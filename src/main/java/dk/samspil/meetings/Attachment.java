package dk.samspil.meetings;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A file attached to an agenda item. Its type is read from its first bytes, never taken from its name or from what
 * the browser claims, so a renamed program is refused.
 */
record Attachment(String filename, String contentType, byte[] content) {

	private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

	private static final byte[] JPEG = { (byte) 0xff, (byte) 0xd8, (byte) 0xff };

	private static final byte[] GIF = "GIF8".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	/** The compound file format of older Word, Excel and PowerPoint files. */
	private static final byte[] OLE2 = { (byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, (byte) 0xa1, (byte) 0xb1, 0x1a,
			(byte) 0xe1 };

	/** The attachment, if its content is of a kind allowed: PDF, an office document or an image. */
	static Optional<Attachment> of(String filename, byte[] content) {
		return contentType(content).map(type -> new Attachment(safeName(filename), type, content));
	}

	static Optional<String> contentType(byte[] content) {
		if (startsWith(content, PDF)) {
			return Optional.of("application/pdf");
		}
		if (startsWith(content, PNG)) {
			return Optional.of("image/png");
		}
		if (startsWith(content, JPEG)) {
			return Optional.of("image/jpeg");
		}
		if (startsWith(content, GIF)) {
			return Optional.of("image/gif");
		}
		if (startsWith(content, OLE2)) {
			return Optional.of("application/vnd.ms-office");
		}
		if (startsWith(content, ZIP)) {
			return officeZip(content);
		}
		return Optional.empty();
	}

	/** Office Open XML and OpenDocument files are zip archives; any other archive is refused. */
	private static Optional<String> officeZip(byte[] content) {
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (entry.getName().equals("[Content_Types].xml")) {
					return Optional.of("application/vnd.openxmlformats-officedocument");
				}
				if (entry.getName().equals("mimetype")) {
					String type = new String(zip.readNBytes(100), StandardCharsets.US_ASCII).strip();
					return type.startsWith("application/vnd.oasis.opendocument") ? Optional.of(type) : Optional.empty();
				}
			}
		}
		catch (IOException ex) {
			return Optional.empty();
		}
		return Optional.empty();
	}

	private static boolean startsWith(byte[] content, byte[] magic) {
		return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
	}

	private static String safeName(String filename) {
		String name = filename == null ? "" : filename.replaceAll(".*[/\\\\]", "").replaceAll("[\\p{Cntrl}\"]", "");
		return name.isBlank() ? "attachment" : name.strip();
	}

	/** What a page lists of an attachment. */
	record Summary(long id, long itemId, String filename, String contentType, long size) {
	}

	/** An attachment with the item it belongs to, for the access check before download. */
	record Stored(long itemId, Attachment attachment) {
	}
}
