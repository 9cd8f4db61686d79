package dk.samspil.strategy;

import java.util.List;

/** A rule of the strategy process refused what was asked; the message key says why, in the user's language. */
class StrategyRefused extends RuntimeException {

	private final String messageKey;

	private final List<Object> arguments;

	StrategyRefused(String messageKey, Object... arguments) {
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
