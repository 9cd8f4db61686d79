package dk.samspil.water;

/**
 * A run that cannot start; the message key says why, with the scenario it names if any.
 */
class RunRefused extends RuntimeException {

	private final String messageKey;

	private final String subject;

	RunRefused(String messageKey) {
		this(messageKey, null);
	}

	RunRefused(String messageKey, String subject) {
		super(messageKey);
		this.messageKey = messageKey;
		this.subject = subject;
	}

	String messageKey() {
		return messageKey;
	}

	/** What the message is about (a scenario's name), or null. */
	String subject() {
		return subject;
	}

}
