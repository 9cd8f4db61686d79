package dk.samspil.water;

/** A run that cannot start; the message key says why. */
class RunRefused extends RuntimeException {

	private final String messageKey;

	RunRefused(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	String messageKey() {
		return messageKey;
	}
}
