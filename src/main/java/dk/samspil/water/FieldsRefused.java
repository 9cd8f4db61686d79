package dk.samspil.water;

import java.util.Map;

/**
 * Figures typed into an element that cannot be right (a negative capacity, a word where a
 * number goes).
 */
class FieldsRefused extends RuntimeException {

	private final Map<String, String> errors;

	FieldsRefused(Map<String, String> errors) {
		super("fields refused: " + errors.keySet());
		this.errors = Map.copyOf(errors);
	}

	Map<String, String> errors() {
		return errors;
	}

}
