package dk.samspil.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;

import dk.samspil.time.Written;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.validation.Errors;

/**
 * A rule refused what was asked: thrown by an aggregate's method or a desk, never built
 * in a controller. The message key (with its arguments) names the rule, in the user's
 * language from the module's bundle. {@link RefusalAdvice} shows it on the page the
 * request came from; a form that must keep what was typed puts it next to the form with
 * {@link #rejectOn(Errors)} instead. Either way a date or a time among the arguments is
 * written the way the reader writes it ({@link Written}), never as ISO, so no module
 * formats them itself.
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
	 * The arguments as the message shows them in the given language: dates as "3.
	 * december 2026" or "3 December 2026", times with the hour in Danish time.
	 */
	public Object[] arguments(Locale locale) {
		Written written = Written.in(locale);
		return arguments.stream().map(argument -> readable(argument, written)).toArray();
	}

	private static Object readable(Object argument, Written written) {
		if (argument instanceof LocalDate) {
			return written.date(argument);
		}
		if (argument instanceof LocalDateTime || argument instanceof Instant || argument instanceof ZonedDateTime
				|| argument instanceof OffsetDateTime) {
			return written.dateTime(argument);
		}
		if (argument instanceof LocalTime) {
			return written.time(argument);
		}
		if (argument instanceof YearMonth) {
			return written.month(argument);
		}
		return argument;
	}

	/**
	 * The reason in the reader's language, written as {@link RefusalAdvice} writes it:
	 * from the module's bundle, with dates and times as {@link #arguments(Locale)} gives
	 * them; the message key itself if no bundle has it. For a page that shows the reason
	 * in a place of its own rather than through the advice or a form's errors.
	 */
	public String reason(MessageSource messages, Locale locale) {
		return messages.getMessage(messageKey, arguments(locale), messageKey, locale);
	}

	/**
	 * Shows the refusal as an error of the whole form, so the form is shown again with
	 * what was typed; dates in the language of the request being served.
	 */
	public void rejectOn(Errors errors) {
		errors.reject(messageKey, arguments(LocaleContextHolder.getLocale()), messageKey);
	}

}
