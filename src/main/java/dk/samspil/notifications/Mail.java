package dk.samspil.notifications;

import java.util.List;

/**
 * A plain-text e-mail to one recipient, with attachments such as an iCalendar invitation
 * or a PDF.
 */
public record Mail(String to, String subject, String body, List<Attachment> attachments) {

	public Mail {
		if (to == null || !to.contains("@")) {
			throw new IllegalArgumentException("A mail needs a recipient address, not " + to);
		}
		attachments = List.copyOf(attachments);
	}

	public Mail(String to, String subject, String body) {
		this(to, subject, body, List.of());
	}

	/**
	 * An attached file; for an invitation use content type
	 * {@code text/calendar; method=REQUEST}.
	 */
	public record Attachment(String filename, String contentType, byte[] content) {
	}
}
