package dk.samspil.water;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dk.samspil.allocation.file.ModelFile;
import dk.samspil.allocation.water.Quality;
import dk.samspil.allocation.water.Siting;
import dk.samspil.allocation.water.WaterScenario;
import dk.samspil.region.MunicipalityCode;
import dk.samspil.region.Municipality;
import dk.samspil.region.Region;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * The siting question asked of one version of a model: a plant of a given size from a
 * given year, tried in every municipality at a tier below every other use, so what it
 * gets is what no other use needed.
 */
@Component
class SitingDesk {

	private final Models models;

	private final Scenarios scenarios;

	private final Region region;

	SitingDesk(Models models, Scenarios scenarios, Region region) {
		this.models = models;
		this.scenarios = scenarios;
		this.region = region;
	}

	/**
	 * The futures the question may be asked in: "file:name" for the model file's,
	 * "stored:id" for the group's.
	 */
	List<String[]> futures(ModelInfo info, ModelFile file) {
		List<String[]> futures = new ArrayList<>();
		file.scenarios().forEach(s -> futures.add(new String[] { "file:" + s.name(), s.name() }));
		scenarios.of(info.id()).forEach(s -> futures.add(new String[] { "stored:" + s.id(), s.name() }));
		return futures;
	}

	Optional<WaterScenario> future(ModelInfo info, ModelFile file, String key) {
		if (key == null || key.isBlank()) {
			return Optional.of(file.scenarios().isEmpty() ? WaterScenario.baseline("baseline", List.of())
					: file.scenarios().get(0));
		}
		if (key.startsWith("file:")) {
			String name = key.substring(5);
			return file.scenarios().stream().filter(s -> s.name().equals(name)).findFirst();
		}
		if (key.startsWith("stored:")) {
			try {
				return scenarios.find(info.id(), Long.parseLong(key.substring(7)))
					.map(StoredScenario::scenario)
					.filter(s -> new ScenarioCheck(file).fits(s));
			}
			catch (NumberFormatException e) {
				return Optional.empty();
			}
		}
		return Optional.empty();
	}

	/**
	 * The question read and checked; null where something is wrong, with the reason
	 * beside the field: a size above zero, a year in the model's horizon, a future the
	 * model has.
	 */
	record Question(double megawatts, int fromYear, Quality quality, WaterScenario future) {
	}

	Question question(ModelInfo info, ModelFile file, SitingForm form, Errors errors) {
		Double megawatts = ScenarioCheck.number(errors, "megawatts", form.megawatts(), 0, ScenarioCheck.MEGAWATTS_HIGH);
		if (megawatts != null && megawatts == 0) {
			errors.rejectValue("megawatts", "water.siting.positive");
			megawatts = null;
		}
		Integer year = year(file, form.fromYear(), errors);
		Optional<WaterScenario> future = future(info, file, form.future());
		if (future.isEmpty()) {
			errors.rejectValue("future", "water.siting.future");
		}
		if (errors.hasErrors() || megawatts == null || year == null) {
			return null;
		}
		return new Question(megawatts, year, form.accepts(), future.get());
	}

	/** The year typed, if it is one within the model's horizon. */
	private static Integer year(ModelFile file, String typed, Errors errors) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		int first = file.horizon().start().getYear();
		int last = file.horizon().month(file.horizon().months() - 1).getYear();
		Integer year;
		try {
			year = Integer.parseInt(typed.strip());
		}
		catch (NumberFormatException e) {
			year = null;
		}
		if (year == null || year < first || year > last) {
			errors.rejectValue("fromYear", "water.siting.year", new Object[] { first, last }, null);
			return null;
		}
		return year;
	}

	SitingAnswer answer(ModelFile file, WaterScenario future, double megawatts, Quality quality, int fromYear) {
		YearMonth from = YearMonth.of(fromYear, 1);
		if (from.isBefore(file.horizon().start())) {
			from = file.horizon().start();
		}
		List<Siting.Option> options = Siting.evaluate(file.model(), future, file.horizon(), megawatts, quality, from);
		return SitingAnswer.of(options, file.horizon(), from, this::name);
	}

	ModelFile file(ModelInfo info, int version) {
		ModelVersion stored = models.version(info.id(), version).orElseThrow(ModelAccess::notFound);
		return ModelFile.parse(stored.content(), info.name());
	}

	private String name(String code) {
		try {
			return region.find(new MunicipalityCode(code)).map(Municipality::name).orElse(code);
		}
		catch (RuntimeException e) {
			return code;
		}
	}

}
