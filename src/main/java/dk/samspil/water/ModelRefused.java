package dk.samspil.water;

import java.util.List;

import dk.samspil.rules.Refusal;

import org.springframework.validation.Errors;

/**
 * A model file that cannot be saved, with every reason, each beside the element it
 * concerns. The reasons are the engine's own words (in English), so they travel as the
 * arguments of {@link #ERROR} rather than as keys of their own.
 */
class ModelRefused extends Refusal {

	/**
	 * The code of one reason on a form: its arguments are the element and the message.
	 */
	static final String ERROR = "water.model.error";

	private final List<ModelError> errors;

	ModelRefused(List<ModelError> errors) {
		super("water.errors.summary", errors.size());
		this.errors = List.copyOf(errors);
	}

	/** The reasons {@link #rejectOn(Errors)} put on {@code form}, read back. */
	static List<ModelError> errorsOn(Errors form) {
		return form.getGlobalErrors()
			.stream()
			.filter(e -> ERROR.equals(e.getCode()) && e.getArguments() != null && e.getArguments().length == 2)
			.map(e -> new ModelError(String.valueOf(e.getArguments()[0]), String.valueOf(e.getArguments()[1])))
			.toList();
	}

	/** Every reason as an error of the whole form, in the order the engine gave them. */
	@Override
	public void rejectOn(Errors form) {
		errors.forEach(e -> form.reject(ERROR, new Object[] { e.element(), e.message() },
				e.element().isEmpty() ? e.message() : e.element() + ": " + e.message()));
	}

}
