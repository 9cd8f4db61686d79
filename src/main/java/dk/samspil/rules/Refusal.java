package dk.samspil.rules;

import java.util.List;

import org.springframework.validation.Errors;

/**
 * A rule refused what was asked: thrown by an aggregate's method or a desk, never built
 * in a controller. The message key (with its arguments) names the rule, in the user's
 * language from the module's bundle. {@link RefusalAdvice} shows it on the page the
 * request came from; a form that must keep what was typed puts it next to the form with
 * {@link #rejectOn(Errors)} instead.
 */
public class Refusal extends RuntimeException {

	private final String messageKey;

	private final List<Object> arguments;

	public Refusal(String messageKey, Object... arguments) {
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

	/**
	 * Shows the refusal as an error of the whole form, so the form is shown again with
	 * what was typed.
	 */
	public void rejectOn(Errors errors) {
		errors.reject(messageKey, arguments(), messageKey);
	}

}
