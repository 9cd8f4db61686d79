package dk.samspil.plans;

import java.util.List;

/** A rule of the plan process refuses what was asked; the message key names the rule, in the user's language. */
class PlanRefused extends RuntimeException {

	private final String messageKey;

	private final List<Object> arguments;

	PlanRefused(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = List.of(arguments);
	}

	String messageKey() {
		return messageKey;
	}

	Object[] arguments() {
		return arguments.toArray();
	}
}
