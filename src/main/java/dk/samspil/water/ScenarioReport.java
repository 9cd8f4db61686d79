package dk.samspil.water;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.samspil.allocation.ScenarioResult;
import dk.samspil.allocation.water.Breach;
import dk.samspil.allocation.water.WaterDetail;
import dk.samspil.allocation.water.WaterModel;
import dk.samspil.allocation.water.WaterReport;

/**
 * One scenario's figures as stored with the run (small enough to read a thousand of for
 * an ensemble): reliability and shortfall per kind of use, overall and per municipality,
 * unused technical water, the environmental limits broken and where, and each year's
 * reliability per kind for the ensemble's band.
 *
 * @param breaches number of month-limits broken; {@code breachList} holds at most
 * {@link #BREACHES_KEPT} of them
 * @param breachedAmount m³ beyond the limits, all breaches together
 */
record ScenarioReport(int index, String scenario, String start, int months, Map<String, Double> reliability,
		Map<String, Double> shortfall, double totalShortfall, double unusedTechnicalWater, int breaches,
		List<String> breachedElements, List<BreachRow> breachList, Map<String, Place> municipalities,
		Map<String, double[]> yearlyReliability, double breachedAmount) {

	static final int BREACHES_KEPT = 200;

	/** One environmental limit broken in one month. */
	record BreachRow(String element, String municipality, String limit, String month, double amount) {

		/** The month, to be written as the reader writes months. */
		public YearMonth yearMonth() {
			return YearMonth.parse(month);
		}

	}

	/** A municipality's figures: kinds without any demand there are absent. */
	record Place(Map<String, Double> reliability, Map<String, Double> shortfall) {

		public double totalShortfall() {
			return shortfall == null ? 0 : shortfall.values().stream().mapToDouble(Double::doubleValue).sum();
		}
	}

	ScenarioReport {
		reliability = reliability == null ? Map.of() : reliability;
		shortfall = shortfall == null ? Map.of() : shortfall;
		breachedElements = breachedElements == null ? List.of() : breachedElements;
		breachList = breachList == null ? List.of() : breachList;
		municipalities = municipalities == null ? Map.of() : municipalities;
		yearlyReliability = yearlyReliability == null ? Map.of() : yearlyReliability;
	}

	static ScenarioReport of(int index, WaterModel model, ScenarioResult result, WaterReport report,
			WaterDetail detail) {
		Map<String, String> where = new LinkedHashMap<>();
		model.groundwaterBodies().forEach(g -> where.put(g.id(), g.municipality()));
		model.surfaceSources().forEach(s -> where.put(s.id(), s.municipality()));
		List<BreachRow> breaches = new ArrayList<>();
		for (Breach b : report.breaches().subList(0, Math.min(BREACHES_KEPT, report.breaches().size()))) {
			breaches.add(new BreachRow(b.element(), where.getOrDefault(b.element(), ""), b.limit(),
					result.horizon().month(b.month()).toString(), Math.round(b.amount())));
		}
		Map<String, Place> places = new LinkedHashMap<>();
		detail.reliabilityByMunicipality()
			.forEach((code, r) -> places.put(code,
					new Place(r, rounded(detail.shortfallByMunicipality().getOrDefault(code, Map.of())))));
		return new ScenarioReport(index, report.scenario(), result.horizon().start().toString(),
				result.horizon().months(), report.reliabilityByKind(), rounded(report.shortfallByKind()),
				Math.round(report.totalShortfall()), Math.round(report.unusedTechnicalWater()),
				report.breaches().size(), report.breaches().stream().map(Breach::element).distinct().toList(), breaches,
				places, detail.reliabilityByYear(), report.breaches().stream().mapToDouble(Breach::amount).sum());
	}

	public double reliability(String kind) {
		return reliability.getOrDefault(kind, 1.0);
	}

	public double shortfall(String kind) {
		return shortfall.getOrDefault(kind, 0.0);
	}

	public int firstYear() {
		return start == null ? 0 : Integer.parseInt(start.substring(0, 4));
	}

	private static Map<String, Double> rounded(Map<String, Double> values) {
		Map<String, Double> rounded = new LinkedHashMap<>();
		values.forEach((k, v) -> rounded.put(k, (double) Math.round(v)));
		return rounded;
	}
}
