package dk.samspil.water;

import java.util.Arrays;

import jakarta.validation.constraints.NotBlank;

import dk.samspil.allocation.file.ModelFile;
import dk.samspil.allocation.water.Quality;

/**
 * The siting question as typed; {@code ask} is set once the person has pressed the
 * button.
 */
record SitingForm(@NotBlank(message = "{validation.required}") String megawatts,
		@NotBlank(message = "{validation.required}") String fromYear, String quality, String future, String ask) {

	/** The size a person is first asked about: a large electrolyser. */
	static final String FIRST_MEGAWATTS = "300";

	/** How many years into the model's horizon the first question starts. */
	static final int FIRST_YEAR_AFTER_START = 5;

	/**
	 * The question a person starts from: a large plant of technical water, a few years
	 * into the model's horizon, in the model's first future.
	 */
	static SitingForm first(ModelFile file) {
		int year = file.horizon().start().getYear() + FIRST_YEAR_AFTER_START;
		return new SitingForm(FIRST_MEGAWATTS, String.valueOf(year), Quality.TECHNICAL.name(), "", null);
	}

	/** Nothing typed yet: the page was opened, not asked. */
	boolean untouched() {
		return megawatts == null && fromYear == null;
	}

	boolean asked() {
		return ask != null;
	}

	/** The water the plant accepts: technical unless potable is chosen. */
	public Quality accepts() {
		return Arrays.stream(Quality.values())
			.filter(q -> q.name().equals(quality))
			.findFirst()
			.orElse(Quality.TECHNICAL);
	}

}
