package dk.samspil.library;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipFile;

/**
 * The kinds of file a library accepts, each recognised by its content: the signature at its start and, for the
 * ZIP-based office formats, the entries that make it one. A file's name is only a claim that must agree.
 */
enum AttachmentType {

	PDF("application/pdf", "pdf"),
	PNG("image/png", "png"),
	JPEG("image/jpeg", "jpg", "jpeg"),
	GIF("image/gif", "gif"),
	WEBP("image/webp", "webp"),
	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
	PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
	ODT("application/vnd.oasis.opendocument.text", "odt"),
	DOC("application/msword", "doc"),
	XLS("application/vnd.ms-excel", "xls");

	private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
			(byte) 0xE1 };

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	final String contentType;

	final List<String> extensions;

	AttachmentType(String contentType, String... extensions) {
		this.contentType = contentType;
		this.extensions = List.of(extensions);
	}

	/** The type a file is, if its content is one we accept and its name does not claim another. */
	static Optional<AttachmentType> of(String filename, byte[] content) {
		String extension = extension(filename);
		return detect(content, extension).filter(type -> type.extensions.contains(extension));
	}

	private static Optional<AttachmentType> detect(byte[] content, String extension) {
		if (startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
			return Optional.of(PDF);
		}
		if (startsWith(content, PNG_SIGNATURE)) {
			return Optional.of(PNG);
		}
		if (startsWith(content, new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF })) {
			return Optional.of(JPEG);
		}
		if (startsWith(content, "GIF87a".getBytes(StandardCharsets.US_ASCII))
				|| startsWith(content, "GIF89a".getBytes(StandardCharsets.US_ASCII))) {
			return Optional.of(GIF);
		}
		if (startsWith(content, "RIFF".getBytes(StandardCharsets.US_ASCII)) && content.length >= 12
				&& new String(content, 8, 4, StandardCharsets.US_ASCII).equals("WEBP")) {
			return Optional.of(WEBP);
		}
		if (startsWith(content, OLE2)) {
			// Word and Excel 97–2003 share the OLE2 container; which one it is, the name says.
			return Optional.of("xls".equals(extension) ? XLS : DOC);
		}
		if (startsWith(content, ZIP)) {
			return zipped(content);
		}
		return Optional.empty();
	}

	/** Reads only the ZIP's directory (and ODF's tiny mimetype entry), never inflating the rest. */
	private static Optional<AttachmentType> zipped(byte[] content) {
		Path file = null;
		try {
			file = Files.createTempFile("samspil-upload-", ".zip");
			Files.write(file, content);
			try (ZipFile zip = new ZipFile(file.toFile())) {
				if (zip.getEntry("[Content_Types].xml") != null) {
					return zip.getEntry("word/document.xml") != null ? Optional.of(DOCX)
							: zip.getEntry("xl/workbook.xml") != null ? Optional.of(XLSX)
									: zip.getEntry("ppt/presentation.xml") != null ? Optional.of(PPTX) : Optional.empty();
				}
				var mimetype = zip.getEntry("mimetype");
				if (mimetype != null && mimetype.getSize() < 100) {
					String type = new String(zip.getInputStream(mimetype).readNBytes(100), StandardCharsets.US_ASCII);
					return ODT.contentType.equals(type.strip()) ? Optional.of(ODT) : Optional.empty();
				}
				return Optional.empty();
			}
		}
		catch (IOException ex) {
			return Optional.empty();
		}
		finally {
			deleteQuietly(file);
		}
	}

	private static void deleteQuietly(Path file) {
		try {
			if (file != null) {
				Files.deleteIfExists(file);
			}
		}
		catch (IOException ex) {
			// A temporary file left behind is harmless; the upload has been judged already.
		}
	}

	private static boolean startsWith(byte[] content, byte[] prefix) {
		return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
	}

	static String extension(String filename) {
		int dot = filename == null ? -1 : filename.lastIndexOf('.');
		return dot < 0 ? "" : filename.substring(dot + 1).toLowerCase(Locale.ROOT);
	}
}
