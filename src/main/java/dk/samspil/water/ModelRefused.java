package dk.samspil.water;

import java.util.List;

/**
 * A model file that cannot be saved, with every reason, each beside the element it
 * concerns.
 */
class ModelRefused extends RuntimeException {

	private final List<ModelError> errors;

	ModelRefused(List<ModelError> errors) {
		super(errors.size() + " errors in the model");
		this.errors = List.copyOf(errors);
	}

	List<ModelError> errors() {
		return errors;
	}

}
