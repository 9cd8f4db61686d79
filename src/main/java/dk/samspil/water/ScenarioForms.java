package dk.samspil.water;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The scenario and ensemble forms. Figures are kept as typed (text), so a refused form
 * shows exactly what was written, and a decimal comma is as good as a point;
 * {@link ScenarioCheck} reads them.
 */
final class ScenarioForms {

	/** Rows of PtX stages a form offers; empty rows are ignored. */
	static final int STAGE_ROWS = 4;

	private ScenarioForms() {
	}

	/**
	 * One scenario. Growth and recharge change in percent a year; the summer factor as a
	 * factor (0.7 is 30 % drier).
	 *
	 * @param revision the revision the edit started from (0 for a new scenario)
	 */
	record ScenarioForm(
			@NotBlank(message = "{validation.required}") @Size(max = 80, message = "{validation.tooLong}") String name,
			@Size(max = 300, message = "{validation.tooLong}") String description,
			@NotBlank(message = "{validation.required}") String drinkingGrowth,
			@NotBlank(message = "{validation.required}") String industryGrowth,
			@NotBlank(message = "{validation.required}") String rechargeChange,
			@NotBlank(message = "{validation.required}") String summerFactor, Integer revision) {

		static ScenarioForm blank() {
			return new ScenarioForm("", "", "0", "0", "0", "1", 0);
		}
	}

	/** An ensemble: its size, seed, and the bounds each figure is drawn between. */
	record EnsembleForm(
			@NotBlank(message = "{validation.required}") @Size(max = 60, message = "{validation.tooLong}") String name,
			@NotBlank(message = "{validation.required}") String size,
			@NotBlank(message = "{validation.required}") String seed,
			@NotBlank(message = "{validation.required}") String drinkingGrowthLow,
			@NotBlank(message = "{validation.required}") String drinkingGrowthHigh,
			@NotBlank(message = "{validation.required}") String industryGrowthLow,
			@NotBlank(message = "{validation.required}") String industryGrowthHigh,
			@NotBlank(message = "{validation.required}") String rechargeChangeLow,
			@NotBlank(message = "{validation.required}") String rechargeChangeHigh,
			@NotBlank(message = "{validation.required}") String summerFactorLow,
			@NotBlank(message = "{validation.required}") String summerFactorHigh) {

		/**
		 * A new ensemble's form, seeded from the clock so two ensembles drawn the same
		 * day differ unless chosen alike; kept below 100 000 so the seed is short to note
		 * and type again.
		 */
		static EnsembleForm blank(Clock clock) {
			long seed = clock.millis() % 100_000;
			return new EnsembleForm("", "50", String.valueOf(seed), "0", "1", "0", "2", "-1", "0", "0,7", "1");
		}
	}

	/** A message beside a field: its key and at most two figures for it. */
	record Problem(String key, Object first, Object second) {
	}

	/**
	 * One row of PtX stages as typed; for an ensemble {@code megawatts} is the lowest
	 * size and {@code high} the highest.
	 */
	record StageRow(String plant, String from, String megawatts, String high, Map<String, Problem> problems) {

		StageRow(String plant, String from, String megawatts, String high) {
			this(plant, from, megawatts, high, new HashMap<>());
		}

		boolean empty() {
			return blank(plant) && blank(from) && blank(megawatts) && blank(high);
		}

		public Problem problem(String field) {
			return problems.get(field);
		}

		private static boolean blank(String s) {
			return s == null || s.isBlank();
		}
	}

	/**
	 * The rows from the repeated parameters {@code ptxPlant}, {@code ptxFrom},
	 * {@code ptxMegawatts}, {@code ptxHigh}.
	 */
	static List<StageRow> rows(String[] plants, String[] froms, String[] megawatts, String[] highs) {
		List<StageRow> rows = new ArrayList<>();
		int n = Math.max(Math.max(length(plants), length(froms)), Math.max(length(megawatts), length(highs)));
		for (int i = 0; i < n; i++) {
			rows.add(new StageRow(at(plants, i), at(froms, i), at(megawatts, i), at(highs, i)));
		}
		return padded(rows);
	}

	/**
	 * Rows filled up with empty ones to {@link #STAGE_ROWS}, so the form has room to add
	 * a stage.
	 */
	static List<StageRow> padded(List<StageRow> rows) {
		List<StageRow> all = new ArrayList<>(rows);
		while (all.size() < STAGE_ROWS) {
			all.add(new StageRow("", "", "", ""));
		}
		return all;
	}

	private static int length(String[] values) {
		return values == null ? 0 : values.length;
	}

	private static String at(String[] values, int i) {
		return values == null || i >= values.length || values[i] == null ? "" : values[i].strip();
	}

}
