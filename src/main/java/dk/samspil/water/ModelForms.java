package dk.samspil.water;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The forms of the model pages, one per action. */
final class ModelForms {

	private ModelForms() {
	}

	/** A new version from a model file, made from version {@code basedOn}. */
	record Upload(
			@NotBlank(message = "{validation.required}") @Size(max = 300,
					message = "{validation.tooLong}") String comment,
			@NotNull(message = "{validation.required}") Integer basedOn) {
	}

	/** A new model in one of the user's groups, from a model file. */
	record NewModel(@NotBlank(message = "{validation.required}") String group,
			@NotBlank(message = "{validation.required}") @Size(max = 120, message = "{validation.tooLong}") String name,
			@NotBlank(message = "{validation.required}") @Size(max = 300,
					message = "{validation.tooLong}") String comment) {
	}

}
