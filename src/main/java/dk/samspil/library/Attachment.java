package dk.samspil.library;

import java.util.Locale;

import dk.samspil.files.FileSizes;

/**
 * A file attached to a document; its content type was found from its content, never from
 * its name.
 */
record Attachment(long id, long documentId, String filename, String contentType, long size) {

	/** The size for people: 12 kB, 3,4 MB (3.4 MB to an English reader). */
	public String readableSize(Locale locale) {
		return FileSizes.readable(size, locale);
	}
}
