package dk.samspil.consultations;

import java.util.Arrays;
import java.util.Optional;

/**
 * Recognises an attachment by its first bytes, never by its name or the browser's word for it: a script renamed to
 * "plan.pdf" is refused.
 */
final class AttachmentCheck {

	static final int MAX_FILES = 5;

	static final long MAX_BYTES = 5L * 1024 * 1024;

	private AttachmentCheck() {
	}

	/** The content type the bytes really are, if it is one we accept (PDF, PNG, JPEG, GIF, WebP). */
	static Optional<String> contentType(byte[] bytes) {
		if (startsWith(bytes, 0, "%PDF-".getBytes())) {
			return Optional.of("application/pdf");
		}
		if (startsWith(bytes, 0, new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' })) {
			return Optional.of("image/png");
		}
		if (startsWith(bytes, 0, new byte[] { (byte) 0xff, (byte) 0xd8, (byte) 0xff })) {
			return Optional.of("image/jpeg");
		}
		if (startsWith(bytes, 0, "GIF87a".getBytes()) || startsWith(bytes, 0, "GIF89a".getBytes())) {
			return Optional.of("image/gif");
		}
		if (startsWith(bytes, 0, "RIFF".getBytes()) && startsWith(bytes, 8, "WEBP".getBytes())) {
			return Optional.of("image/webp");
		}
		return Optional.empty();
	}

	/** A name safe to put in a download header: no path, no quotes, no control characters. */
	static String safeName(String name, String contentType) {
		String base = name == null ? "" : name.replaceAll(".*[/\\\\]", "");
		base = base.replaceAll("[^\\p{L}\\p{N}._ -]", "_").strip();
		if (base.isEmpty() || base.startsWith(".")) {
			base = "bilag" + base;
		}
		return base.length() > 100 ? base.substring(base.length() - 100) : base;
	}

	private static boolean startsWith(byte[] bytes, int offset, byte[] prefix) {
		return bytes.length >= offset + prefix.length
				&& Arrays.equals(bytes, offset, offset + prefix.length, prefix, 0, prefix.length);
	}
}
