package dk.samspil.water;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;

import dk.samspil.allocation.water.WaterDetail;

/**
 * A finished run in figures, worked out once when its last scenario is stored, so that no
 * page reads every scenario of an ensemble again: the spread of reliability over the
 * scenarios (10th, 50th and 90th percentile) overall and for each year, and per
 * municipality the mean reliability and shortfall, and per kind of use how many scenarios
 * went short.
 */
record RunSummary(int scenarios, int firstYear, Map<String, Band> reliability, Map<String, Double> meanShortfall,
		double meanUnused, int scenariosWithBreaches, Map<String, Map<String, Double>> placeReliability,
		Map<String, Map<String, Double>> placeShortfall, Map<String, List<Band>> yearly,
		Map<String, Integer> scenariosShort) {

	RunSummary {
		scenariosShort = scenariosShort == null ? Map.of() : scenariosShort;
	}

	/** Percentiles over scenarios: 10 % of scenarios fare worse than {@code p10}. */
	record Band(double p10, double p50, double p90) {

		static Band of(double[] values) {
			double[] sorted = values.clone();
			Arrays.sort(sorted);
			return new Band(percentile(sorted, 0.1), percentile(sorted, 0.5), percentile(sorted, 0.9));
		}
	}

	static RunSummary of(List<ScenarioReport> reports) {
		Map<String, Band> reliability = new LinkedHashMap<>();
		Map<String, Double> shortfall = new LinkedHashMap<>();
		Map<String, List<Band>> yearly = new LinkedHashMap<>();
		Map<String, Integer> scenariosShort = new LinkedHashMap<>();
		int years = reports.stream()
			.mapToInt(r -> r.yearlyReliability().values().stream().mapToInt(v -> v.length).max().orElse(0))
			.max()
			.orElse(0);
		for (String kind : WaterDetail.KINDS) {
			reliability.put(kind, Band.of(values(reports, r -> r.reliability(kind))));
			shortfall.put(kind, mean(values(reports, r -> r.shortfall(kind))));
			scenariosShort.put(kind, (int) reports.stream().filter(r -> r.shortfall(kind) > 0).count());
			List<Band> bands = new ArrayList<>();
			for (int y = 0; y < years; y++) {
				int year = y;
				bands.add(Band.of(values(reports, r -> {
					double[] v = r.yearlyReliability().get(kind);
					return v == null || v.length <= year ? 1.0 : v[year];
				})));
			}
			yearly.put(kind, bands);
		}
		Map<String, Map<String, Double>> placeReliability = new TreeMap<>();
		Map<String, Map<String, Double>> placeShortfall = new TreeMap<>();
		for (ScenarioReport report : reports) {
			report.municipalities().forEach((code, place) -> {
				place.reliability()
					.forEach((kind, r) -> placeReliability.computeIfAbsent(code, k -> new LinkedHashMap<>())
						.merge(kind, r / reports.size(), Double::sum));
				place.shortfall()
					.forEach((kind, s) -> placeShortfall.computeIfAbsent(code, k -> new LinkedHashMap<>())
						.merge(kind, s / reports.size(), Double::sum));
			});
		}
		return new RunSummary(reports.size(), reports.isEmpty() ? 0 : reports.get(0).firstYear(), reliability,
				shortfall, mean(values(reports, ScenarioReport::unusedTechnicalWater)),
				(int) reports.stream().filter(r -> r.breaches() > 0).count(), placeReliability, placeShortfall, yearly,
				scenariosShort);
	}

	/** Mean shortfall over scenarios of all kinds in {@code code}. */
	public double placeTotalShortfall(String code) {
		return placeShortfall.getOrDefault(code, Map.of()).values().stream().mapToDouble(Double::doubleValue).sum();
	}

	public double totalMeanShortfall() {
		return meanShortfall.values().stream().mapToDouble(Double::doubleValue).sum();
	}

	private static double[] values(List<ScenarioReport> reports, ToDoubleFunction<ScenarioReport> value) {
		return reports.stream().mapToDouble(value).toArray();
	}

	private static double mean(double[] values) {
		return values.length == 0 ? 0 : Arrays.stream(values).sum() / values.length;
	}

	/** Linear between the two nearest ranks (the usual spreadsheet PERCENTILE). */
	static double percentile(double[] sorted, double p) {
		if (sorted.length == 0) {
			return 0;
		}
		double rank = p * (sorted.length - 1);
		int below = (int) Math.floor(rank);
		int above = Math.min(sorted.length - 1, below + 1);
		return sorted[below] + (rank - below) * (sorted[above] - sorted[below]);
	}
}
