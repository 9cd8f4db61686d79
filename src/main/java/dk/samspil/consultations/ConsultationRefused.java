package dk.samspil.consultations;

import java.util.List;

/** A rule of the planning law or of the consultation refuses what was asked; the message key names the rule. */
public class ConsultationRefused extends RuntimeException {

	private final String messageKey;

	private final List<Object> arguments;

	ConsultationRefused(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = List.of(arguments);
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments.toArray();
	}
}
