package dk.samspil.files;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A kind of file, recognised by its content: the signature at its start and, for the
 * ZIP-based office formats, the entries that make it one. Text has no signature, so its
 * kinds are told apart by name, but the content must still be text: no program, no markup
 * a browser would run as a page, and JSON that begins as JSON. A file's name is only a
 * claim, which must agree with the content.
 */
public enum FileType {

	PDF("application/pdf", "pdf"), PNG("image/png", "png"), JPEG("image/jpeg", "jpg", "jpeg"), GIF("image/gif", "gif"),
	WEBP("image/webp", "webp"), DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
	PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
	ODT("application/vnd.oasis.opendocument.text", "odt"), ODS("application/vnd.oasis.opendocument.spreadsheet", "ods"),
	ODP("application/vnd.oasis.opendocument.presentation", "odp"), DOC("application/msword", "doc"),
	XLS("application/vnd.ms-excel", "xls"), PPT("application/vnd.ms-powerpoint", "ppt"),
	JSON("application/json", "json"), GEOJSON("application/geo+json", "geojson"), CSV("text/csv", "csv", "tsv"),
	MARKDOWN("text/markdown", "md", "markdown"), TEXT("text/plain", "txt");

	private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	private static final byte[] JPEG_SIGNATURE = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

	/** The compound file of Word, Excel and PowerPoint 97–2003. */
	private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
			(byte) 0xE1 };

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	private static final byte[] UTF8_BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	/**
	 * Enough for any real office document; a crafted archive with millions of entries is
	 * not read to its end.
	 */
	private static final int MAX_ZIP_ENTRIES = 10_000;

	private final String contentType;

	private final List<String> extensions;

	FileType(String contentType, String... extensions) {
		this.contentType = contentType;
		this.extensions = List.of(extensions);
	}

	/** The media type to store and to send with a download. */
	public String contentType() {
		return contentType;
	}

	/** The usual extension, for a name that has none of its own. */
	public String extension() {
		return extensions.get(0);
	}

	/** The extensions a file of this kind may be named with. */
	public List<String> extensions() {
		return extensions;
	}

	boolean named(String filename) {
		return extensions.contains(extension(filename));
	}

	/**
	 * What the content is, if it is one of these kinds; the name only tells apart the
	 * OLE2 formats.
	 */
	static Optional<FileType> detect(byte[] content, String filename) {
		if (startsWith(content, 0, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
			return Optional.of(PDF);
		}
		if (startsWith(content, 0, PNG_SIGNATURE)) {
			return Optional.of(PNG);
		}
		if (startsWith(content, 0, JPEG_SIGNATURE)) {
			return Optional.of(JPEG);
		}
		if (startsWith(content, 0, "GIF87a".getBytes(StandardCharsets.US_ASCII))
				|| startsWith(content, 0, "GIF89a".getBytes(StandardCharsets.US_ASCII))) {
			return Optional.of(GIF);
		}
		if (startsWith(content, 0, "RIFF".getBytes(StandardCharsets.US_ASCII))
				&& startsWith(content, 8, "WEBP".getBytes(StandardCharsets.US_ASCII))) {
			return Optional.of(WEBP);
		}
		if (startsWith(content, 0, OLE2)) {
			String extension = extension(filename);
			return Optional.of("xls".equals(extension) ? XLS : "ppt".equals(extension) ? PPT : DOC);
		}
		if (startsWith(content, 0, ZIP)) {
			return zipped(content);
		}
		return text(content, filename);
	}

	/**
	 * The kind of text its name claims, if the content is text; any encoding that keeps
	 * ASCII as it is will do, since Danish Excel still saves Windows-1252.
	 */
	private static Optional<FileType> text(byte[] content, String filename) {
		int start = startsWith(content, 0, UTF8_BOM) ? UTF8_BOM.length : 0;
		if (content.length == start) {
			return Optional.empty();
		}
		for (int i = start; i < content.length; i++) {
			int b = content[i] & 0xFF;
			if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7F) {
				return Optional.empty(); // a program, an image or UTF-16: not text we
											// read
			}
		}
		int first = start;
		while (first < content.length && Character.isWhitespace(content[first])) {
			first++;
		}
		char opening = first < content.length ? (char) content[first] : ' ';
		if (opening == '<') {
			// HTML, SVG or XML, which a browser could show as a page of ours
			return Optional.empty();
		}
		boolean json = opening == '{' || opening == '[';
		return Optional.ofNullable(switch (extension(filename)) {
			case "json" -> json ? JSON : null;
			case "geojson" -> json ? GEOJSON : null;
			case "csv", "tsv" -> CSV;
			case "md", "markdown" -> MARKDOWN;
			case "txt" -> TEXT;
			default -> null;
		});
	}

	/**
	 * Reads the archive's entry names from its directory (and ODF's tiny mimetype entry);
	 * never inflates the documents themselves.
	 */
	private static Optional<FileType> zipped(byte[] content) {
		Optional<ZipDirectory> read = ZipDirectory.read(content, MAX_ZIP_ENTRIES);
		if (read.isEmpty()) {
			return Optional.empty(); // not a readable archive, so not one of ours
		}
		ZipDirectory zip = read.get();
		if (zip.contains("[Content_Types].xml")) {
			return zip.contains("word/document.xml") ? Optional.of(DOCX) : zip.contains("xl/workbook.xml")
					? Optional.of(XLSX) : zip.contains("ppt/presentation.xml") ? Optional.of(PPTX) : Optional.empty();
		}
		String type = zip.start("mimetype", 100).map(String::strip).orElse(null);
		return Stream.of(ODT, ODS, ODP).filter(t -> t.contentType.equals(type)).findFirst();
	}

	private static boolean startsWith(byte[] content, int offset, byte[] prefix) {
		return content.length >= offset + prefix.length
				&& Arrays.equals(content, offset, offset + prefix.length, prefix, 0, prefix.length);
	}

	static String extension(String filename) {
		int dot = filename == null ? -1 : filename.lastIndexOf('.');
		return dot < 0 ? "" : filename.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

}
