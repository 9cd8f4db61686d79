package dk.samspil.rules;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.validation.Errors;

/**
 * A rule refused what was typed into one field of a form: shown beside that field, like a
 * mistake Bean Validation finds, so the person sees where to change it. For any module
 * whose desk checks a field again under its lock (a name or username taken meanwhile).
 */
public class FieldRefusal extends Refusal {

	private final String field;

	public FieldRefusal(String field, String messageKey, Object... arguments) {
		super(messageKey, arguments);
		this.field = field;
	}

	public String field() {
		return field;
	}

	/**
	 * Beside its field, unless the field already shows a mistake: one message per field.
	 */
	@Override
	public void rejectOn(Errors errors) {
		if (!errors.hasFieldErrors(field)) {
			errors.rejectValue(field, messageKey(), arguments(LocaleContextHolder.getLocale()), messageKey());
		}
	}

}
