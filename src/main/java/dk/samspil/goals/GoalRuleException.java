package dk.samspil.goals;

/** A goal's rule refused something, as a message key and its arguments, so the page can say it in any language. */
class GoalRuleException extends RuntimeException {

	private final String messageKey;

	private final transient Object[] arguments;

	GoalRuleException(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	String messageKey() {
		return messageKey;
	}

	Object[] arguments() {
		return arguments;
	}
}
