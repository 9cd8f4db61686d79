package dk.samspil.meetings;

import java.util.Locale;
import java.util.Optional;

import dk.samspil.files.AcceptedFiles;
import dk.samspil.files.FileSizes;

/**
 * A file attached to an agenda item. Its type is read from its content (the kinds
 * {@link AcceptedFiles#AGENDA_ITEM} lists), never taken from what the browser claims, so
 * a renamed program is refused.
 */
record Attachment(String filename, String contentType, byte[] content) {

	/**
	 * The attachment with a safe name, if its content is of an accepted kind and its name
	 * agrees.
	 */
	static Optional<Attachment> of(String filename, byte[] content) {
		return AcceptedFiles.AGENDA_ITEM.check(filename, content)
			.map(upload -> new Attachment(upload.filename(), upload.contentType(), upload.content()));
	}

	/** What a page lists of an attachment. */
	record Summary(long id, long itemId, String filename, String contentType, long size) {

		/** The size for people, as the agenda PDF writes it: 12 kB, 3,4 MB. */
		public String readableSize(Locale locale) {
			return FileSizes.readable(size, locale);
		}
	}

	/**
	 * An attachment with the item it belongs to, for the access check before download.
	 */
	record Stored(long itemId, Attachment attachment) {
	}
}
