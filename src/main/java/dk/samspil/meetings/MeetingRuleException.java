package dk.samspil.meetings;

/** A domain rule refused what was asked; the message key says why, in the user's language. */
class MeetingRuleException extends RuntimeException {

	private final String messageKey;

	MeetingRuleException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	String messageKey() {
		return messageKey;
	}
}
