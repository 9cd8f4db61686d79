package dk.samspil.water;

/**
 * A scenario or ensemble that cannot be saved as it is; the field, when it is one field's
 * fault, and why.
 */
class ScenarioRefused extends RuntimeException {

	private final String field;

	private final String messageKey;

	ScenarioRefused(String field, String messageKey) {
		super(messageKey);
		this.field = field;
		this.messageKey = messageKey;
	}

	/** The form field to show the message beside, or null for the form as a whole. */
	String field() {
		return field;
	}

	String messageKey() {
		return messageKey;
	}

}
