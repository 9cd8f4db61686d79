package dk.samspil.water;

import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dk.samspil.allocation.file.ModelFile;
import dk.samspil.allocation.water.PtxPlant;
import dk.samspil.allocation.water.PtxStage;
import dk.samspil.allocation.water.WaterScenario;
import dk.samspil.rules.FieldRefusal;
import dk.samspil.water.ScenarioForms.EnsembleForm;
import dk.samspil.water.ScenarioForms.Problem;
import dk.samspil.water.ScenarioForms.ScenarioForm;
import dk.samspil.water.ScenarioForms.StageRow;

import org.springframework.validation.Errors;

/**
 * Reads a scenario or ensemble form against the model it is for: figures within sensible
 * bounds and never negative where a negative makes no sense, PtX stages of the model's
 * own plants, starting inside its horizon. Each problem is put beside its field; the
 * result is null when there was any.
 */
final class ScenarioCheck {

	/** Percent a year a demand may grow (or shrink) by. */
	static final double GROWTH_LOW = -10, GROWTH_HIGH = 20;

	/** Percent a year recharge may change by. */
	static final double RECHARGE_LOW = -10, RECHARGE_HIGH = 10;

	static final double SUMMER_HIGH = 2;

	/** More than twice the largest electrolyser anyone plans in Denmark today. */
	static final double MEGAWATTS_HIGH = 5000;

	private final Set<String> plants;

	private final YearMonth start;

	private final YearMonth end;

	ScenarioCheck(ModelFile file) {
		this.plants = file.model().ptxPlants().stream().map(PtxPlant::id).collect(Collectors.toSet());
		this.start = file.horizon().start();
		this.end = file.horizon().month(file.horizon().months() - 1);
	}

	WaterScenario scenario(ScenarioForm form, List<StageRow> rows, Errors errors) {
		Double drinking = number(errors, "drinkingGrowth", form.drinkingGrowth(), GROWTH_LOW, GROWTH_HIGH);
		Double industry = number(errors, "industryGrowth", form.industryGrowth(), GROWTH_LOW, GROWTH_HIGH);
		Double recharge = number(errors, "rechargeChange", form.rechargeChange(), RECHARGE_LOW, RECHARGE_HIGH);
		Double summer = number(errors, "summerFactor", form.summerFactor(), 0, SUMMER_HIGH);
		List<PtxStage> stages = new ArrayList<>();
		boolean rowsFine = true;
		for (StageRow row : rows) {
			if (row.empty()) {
				continue;
			}
			String plant = plant(row);
			YearMonth from = month(row);
			Double megawatts = megawatts(row, "megawatts", row.megawatts());
			if (plant == null || from == null || megawatts == null) {
				rowsFine = false;
				continue;
			}
			stages.add(new PtxStage(plant, from, megawatts));
		}
		if (errors.hasErrors() || !rowsFine) {
			return null;
		}
		return new WaterScenario(form.name().strip(), drinking / 100, industry / 100, recharge / 100, summer, stages);
	}

	Ensemble ensemble(EnsembleForm form, List<StageRow> rows, WaterModelId model, String by, Instant at,
			Errors errors) {
		Integer size = whole(errors, "size", form.size(), Ensemble.SMALLEST, Ensemble.LARGEST);
		Long seed = seed(errors, form.seed());
		Ensemble.Bounds drinking = bounds(errors, "drinkingGrowth", form.drinkingGrowthLow(), form.drinkingGrowthHigh(),
				GROWTH_LOW, GROWTH_HIGH, 100);
		Ensemble.Bounds industry = bounds(errors, "industryGrowth", form.industryGrowthLow(), form.industryGrowthHigh(),
				GROWTH_LOW, GROWTH_HIGH, 100);
		Ensemble.Bounds recharge = bounds(errors, "rechargeChange", form.rechargeChangeLow(), form.rechargeChangeHigh(),
				RECHARGE_LOW, RECHARGE_HIGH, 100);
		Ensemble.Bounds summer = bounds(errors, "summerFactor", form.summerFactorLow(), form.summerFactorHigh(), 0,
				SUMMER_HIGH, 1);
		List<Ensemble.StageRange> stages = new ArrayList<>();
		boolean rowsFine = true;
		for (StageRow row : rows) {
			if (row.empty()) {
				continue;
			}
			String plant = plant(row);
			YearMonth from = month(row);
			Double low = megawatts(row, "megawatts", row.megawatts());
			Double high = megawatts(row, "high", row.high());
			if (low != null && high != null && low > high) {
				row.problems().put("high", new Problem("water.ensemble.lowAboveHigh", row.megawatts(), null));
				high = null;
			}
			if (plant == null || from == null || low == null || high == null) {
				rowsFine = false;
				continue;
			}
			stages.add(new Ensemble.StageRange(plant, from, new Ensemble.Bounds(low, high)));
		}
		if (errors.hasErrors() || !rowsFine) {
			return null;
		}
		return new Ensemble(0, model, form.name().strip(), size, seed, drinking, industry, recharge, summer, stages, by,
				at);
	}

	private String plant(StageRow row) {
		if (row.plant() == null || row.plant().isBlank()) {
			row.problems().put("plant", new Problem("validation.required", null, null));
			return null;
		}
		if (!plants.contains(row.plant())) {
			row.problems().put("plant", new Problem("water.scenario.unknownPlant", row.plant(), null));
			return null;
		}
		return row.plant();
	}

	private YearMonth month(StageRow row) {
		if (row.from() == null || row.from().isBlank()) {
			row.problems().put("from", new Problem("validation.required", null, null));
			return null;
		}
		try {
			YearMonth from = YearMonth.parse(row.from().strip());
			if (from.isBefore(start)) {
				row.problems().put("from", new Problem("water.scenario.beforeHorizon", start.toString(), null));
				return null;
			}
			if (from.isAfter(end)) {
				row.problems().put("from", new Problem("water.scenario.afterHorizon", end.toString(), null));
				return null;
			}
			return from;
		}
		catch (DateTimeParseException e) {
			row.problems().put("from", new Problem("water.scenario.month", null, null));
			return null;
		}
	}

	private static Double megawatts(StageRow row, String field, String typed) {
		Double value = decimal(typed);
		if (typed == null || typed.isBlank()) {
			row.problems().put(field, new Problem("validation.required", null, null));
			return null;
		}
		if (value == null) {
			row.problems().put(field, new Problem("water.scenario.number", null, null));
			return null;
		}
		if (value < 0) {
			row.problems().put(field, new Problem("water.scenario.notNegative", null, null));
			return null;
		}
		if (value > MEGAWATTS_HIGH) {
			row.problems().put(field, new Problem("water.scenario.between", 0, MEGAWATTS_HIGH));
			return null;
		}
		return value;
	}

	private static Ensemble.Bounds bounds(Errors errors, String field, String low, String high, double lowest,
			double highest, double divisor) {
		Double from = number(errors, field + "Low", low, lowest, highest);
		Double to = number(errors, field + "High", high, lowest, highest);
		if (from == null || to == null) {
			return null;
		}
		if (from > to) {
			errors.rejectValue(field + "High", "water.ensemble.lowAboveHigh", new Object[] { low }, null);
			return null;
		}
		return new Ensemble.Bounds(from / divisor, to / divisor);
	}

	/**
	 * A figure between {@code low} and {@code high}; below a low of 0 it is "negative",
	 * which people are told so.
	 */
	static Double number(Errors errors, String field, String typed, double low, double high) {
		Optional<FieldRefusal> refusal = numberRefusal(field, typed, low, high);
		refusal.ifPresent(r -> r.rejectOn(errors));
		return typed == null || typed.isBlank() || refusal.isPresent() ? null : decimal(typed);
	}

	/**
	 * Why a figure typed into {@code field} is not one between {@code low} and
	 * {@code high}; nothing for a figure that is, or for nothing typed.
	 */
	static Optional<FieldRefusal> numberRefusal(String field, String typed, double low, double high) {
		if (typed == null || typed.isBlank()) {
			return Optional.empty();
		}
		Double value = decimal(typed);
		if (value == null) {
			return Optional.of(new FieldRefusal(field, "water.scenario.number"));
		}
		if (value < 0 && low == 0) {
			return Optional.of(new FieldRefusal(field, "water.scenario.notNegative"));
		}
		if (value < low || value > high) {
			return Optional.of(new FieldRefusal(field, "water.scenario.between", low, high));
		}
		return Optional.empty();
	}

	private static Integer whole(Errors errors, String field, String typed, int low, int high) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		try {
			int value = Integer.parseInt(typed.strip());
			if (value >= low && value <= high) {
				return value;
			}
			errors.rejectValue(field, "water.ensemble.size", new Object[] { low, high }, null);
		}
		catch (NumberFormatException e) {
			errors.rejectValue(field, "water.ensemble.size", new Object[] { low, high }, null);
		}
		return null;
	}

	private static Long seed(Errors errors, String typed) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		try {
			return Long.parseLong(typed.strip());
		}
		catch (NumberFormatException e) {
			errors.rejectValue("seed", "water.ensemble.seed");
			return null;
		}
	}

	/** A decimal written with a comma or a point; null when it is not a finite number. */
	static Double decimal(String typed) {
		if (typed == null) {
			return null;
		}
		String s = typed.strip().replace("\u00a0", "").replace(" ", "").replace(',', '.');
		try {
			double value = Double.parseDouble(s);
			return Double.isFinite(value) ? value : null;
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	/**
	 * Whether a stored scenario's stages still fit {@code file}: plants it has, months
	 * inside its horizon.
	 */
	boolean fits(WaterScenario scenario) {
		return scenario.ptx()
			.stream()
			.allMatch(p -> plants.contains(p.plant()) && !p.from().isBefore(start) && !p.from().isAfter(end));
	}

}
