package dk.samspil.library;

import java.util.Locale;

/**
 * A file attached to a document; its content type was found from its content, never from
 * its name.
 */
record Attachment(long id, long documentId, String filename, String contentType, long size) {

	/** The size for people: 12 kB, 3,4 MB. */
	public String readableSize() {
		if (size < 1024 * 1024) {
			return Math.max(1, Math.round(size / 1024.0)) + " kB";
		}
		return String.format(Locale.forLanguageTag("da"), "%.1f MB", size / (1024.0 * 1024));
	}
}
