package dk.samspil.water;

import java.util.Map;

import dk.samspil.rules.Refusal;

import org.springframework.validation.Errors;

/**
 * Figures typed into an element that cannot be right (a negative capacity, a word where a
 * number goes): a message key for each field at fault.
 */
class FieldsRefused extends Refusal {

	private final Map<String, String> errors;

	FieldsRefused(Map<String, String> errors) {
		super("water.edit.refused");
		this.errors = Map.copyOf(errors);
	}

	/** Each message beside its field, unless the field already shows one. */
	@Override
	public void rejectOn(Errors form) {
		errors.forEach((field, key) -> {
			if (!form.hasFieldErrors(field)) {
				form.rejectValue(field, key, key);
			}
		});
	}

}
