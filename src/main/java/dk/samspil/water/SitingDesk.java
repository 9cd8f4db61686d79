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
import dk.samspil.rules.FieldRefusal;

import org.springframework.stereotype.Component;

/**
 * The siting question asked of one version of a model: a plant of a given size from a
 * given year, tried in every municipality at a tier below every other use, so what it
 * gets is what no other use needed.
 */
@Component
class SitingDesk {

	private final VersionFiles files;

	private final Scenarios scenarios;

	private final Region region;

	SitingDesk(VersionFiles files, Scenarios scenarios, Region region) {
		this.files = files;
		this.scenarios = scenarios;
		this.region = region;
	}

	/** The futures the question may be asked in: the model file's, then the group's. */
	List<SitingFuture> futures(ModelInfo info, ModelFile file) {
		List<SitingFuture> futures = new ArrayList<>();
		file.scenarios().forEach(s -> futures.add(SitingFuture.ofFile(s.name())));
		scenarios.of(info.id()).forEach(s -> futures.add(SitingFuture.stored(s.id(), s.name())));
		return futures;
	}

	/**
	 * The future the form chose by its key: the model's first when none is chosen; empty
	 * when the key names none of those offered, or a stored scenario that no longer fits
	 * the model.
	 */
	Optional<WaterScenario> future(ModelInfo info, ModelFile file, String key) {
		if (key == null || key.isBlank()) {
			return Optional.of(file.scenarios().isEmpty() ? WaterScenario.baseline("baseline", List.of())
					: file.scenarios().get(0));
		}
		return futures(info, file).stream()
			.filter(future -> future.key().equals(key))
			.findFirst()
			.flatMap(future -> scenario(info, file, future));
	}

	private Optional<WaterScenario> scenario(ModelInfo info, ModelFile file, SitingFuture future) {
		return switch (future.kind()) {
			case FILE -> file.scenarios().stream().filter(s -> s.name().equals(future.id())).findFirst();
			case STORED -> scenarios.find(info.id(), future.storedId())
				.map(StoredScenario::scenario)
				.filter(s -> new ScenarioCheck(file).fits(s));
		};
	}

	/** The question as read from its form. */
	record Question(double megawatts, int fromYear, Quality quality, WaterScenario future) {
	}

	/**
	 * What asking would be refused for, each beside its field, so that the form shows
	 * every mistake at once: a size above zero, a year in the model's horizon, a future
	 * the model has.
	 */
	List<FieldRefusal> refusals(ModelInfo info, ModelFile file, SitingForm form) {
		List<FieldRefusal> refusals = new ArrayList<>();
		required("megawatts", form.megawatts()).or(() -> megawattsRefusal(form.megawatts())).ifPresent(refusals::add);
		required("fromYear", form.fromYear()).or(() -> yearRefusal(file, form.fromYear())).ifPresent(refusals::add);
		if (future(info, file, form.future()).isEmpty()) {
			refusals.add(new FieldRefusal("future", "water.siting.future"));
		}
		return refusals;
	}

	/**
	 * The question read from its form.
	 * @throws FieldRefusal the first of {@link #refusals}, if there is any
	 */
	Question question(ModelInfo info, ModelFile file, SitingForm form) {
		List<FieldRefusal> refusals = refusals(info, file, form);
		if (!refusals.isEmpty()) {
			throw refusals.get(0);
		}
		return new Question(ScenarioCheck.decimal(form.megawatts()), Integer.parseInt(form.fromYear().strip()),
				form.accepts(), future(info, file, form.future()).orElseThrow());
	}

	private static Optional<FieldRefusal> required(String field, String typed) {
		return typed == null || typed.isBlank() ? Optional.of(new FieldRefusal(field, "validation.required"))
				: Optional.empty();
	}

	private static Optional<FieldRefusal> megawattsRefusal(String typed) {
		return ScenarioCheck.numberRefusal("megawatts", typed, 0, ScenarioCheck.MEGAWATTS_HIGH)
			.or(() -> ScenarioCheck.decimal(typed) == 0
					? Optional.of(new FieldRefusal("megawatts", "water.siting.positive")) : Optional.empty());
	}

	/** Why the year typed is not one within the model's horizon, if it is not. */
	private static Optional<FieldRefusal> yearRefusal(ModelFile file, String typed) {
		int first = file.horizon().start().getYear();
		int last = file.horizon().month(file.horizon().months() - 1).getYear();
		try {
			int year = Integer.parseInt(typed.strip());
			if (year >= first && year <= last) {
				return Optional.empty();
			}
		}
		catch (NumberFormatException e) {
			// not a year at all: the same reason
		}
		return Optional.of(new FieldRefusal("fromYear", "water.siting.year", first, last));
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
		return files.of(info.id(), version);
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
