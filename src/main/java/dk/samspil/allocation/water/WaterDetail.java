package dk.samspil.allocation.water;

import dk.samspil.allocation.Scenario;
import dk.samspil.allocation.ScenarioResult;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A scenario's results in the shape the planners read them: per municipality and kind of
 * use how reliably it was served and how much went short, per kind the monthly demand
 * against what was delivered and the share of months met in each year, and per
 * groundwater body what was abstracted each year against its cap.
 *
 * @param reliabilityByMunicipality municipality code, then kind of use: share of months
 * in which every demand of that kind in that municipality got all it asked (kinds without
 * demands there are left out)
 * @param shortfallByMunicipality m³ short over the horizon, by municipality code and kind
 * of use
 * @param demandByKind m³ asked each month, by kind of use
 * @param deliveredByKind m³ delivered each month, by kind of use
 * @param reliabilityByYear share of the months of each calendar year in which every
 * demand of the kind was met
 * @param groundwater abstraction against the annual cap, per body
 */
public record WaterDetail(Map<String, Map<String, Double>> reliabilityByMunicipality,
		Map<String, Map<String, Double>> shortfallByMunicipality, Map<String, double[]> demandByKind,
		Map<String, double[]> deliveredByKind, Map<String, double[]> reliabilityByYear, List<Abstraction> groundwater) {

	/** Kinds of use in the order they are served and reported. */
	public static final List<String> KINDS = List.of("drinking", "environment", "industry", "ptx");

	/**
	 * What one groundwater body gave each calendar year of the horizon.
	 *
	 * @param abstracted m³ taken by the wells in each year
	 * @param cap m³ that could be taken in that year within the abstraction cap
	 */
	public record Abstraction(String body, String municipality, double[] abstracted, double[] cap) {
	}

	private record Use(String id, String kind, String municipality) {
	}

	/** Reads the detail off a run of {@code model} on the series {@code scenario}. */
	public static WaterDetail of(WaterModel model, Scenario scenario, ScenarioResult result) {
		List<Use> uses = uses(model);
		int months = result.horizon().months();
		int years = result.horizon().years();
		Map<String, double[]> demand = new LinkedHashMap<>();
		Map<String, double[]> delivered = new LinkedHashMap<>();
		Map<String, double[]> metByYear = new LinkedHashMap<>();
		Map<String, int[]> monthsByYear = new LinkedHashMap<>();
		for (String kind : KINDS) {
			demand.put(kind, new double[months]);
			delivered.put(kind, new double[months]);
			metByYear.put(kind, new double[years]);
			monthsByYear.put(kind, new int[years]);
		}
		Map<String, Map<String, int[]>> metByPlace = new TreeMap<>();
		Map<String, Map<String, Double>> shortByPlace = new TreeMap<>();
		for (int m = 0; m < months; m++) {
			int year = result.horizon().yearIndex(m);
			Map<String, Boolean> kindMet = new LinkedHashMap<>();
			Map<String, Map<String, Boolean>> placeMet = new TreeMap<>();
			for (Use use : uses) {
				demand.get(use.kind())[m] += result.demand(use.id(), m);
				delivered.get(use.kind())[m] += result.delivered(use.id(), m);
				boolean met = result.met(use.id(), m);
				kindMet.merge(use.kind(), met, Boolean::logicalAnd);
				placeMet.computeIfAbsent(use.municipality(), k -> new LinkedHashMap<>())
					.merge(use.kind(), met, Boolean::logicalAnd);
				shortByPlace.computeIfAbsent(use.municipality(), k -> new LinkedHashMap<>())
					.merge(use.kind(), result.shortfall(use.id(), m), Double::sum);
			}
			for (String kind : KINDS) {
				monthsByYear.get(kind)[year]++;
				metByYear.get(kind)[year] += kindMet.getOrDefault(kind, true) ? 1 : 0;
			}
			placeMet.forEach((place, kinds) -> kinds
				.forEach((kind, met) -> metByPlace.computeIfAbsent(place, k -> new LinkedHashMap<>())
					.computeIfAbsent(kind, k -> new int[1])[0] += met ? 1 : 0));
		}
		metByYear.forEach((kind, met) -> {
			for (int y = 0; y < years; y++) {
				met[y] = met[y] / monthsByYear.get(kind)[y];
			}
		});
		Map<String, Map<String, Double>> reliability = new TreeMap<>();
		metByPlace.forEach((place, kinds) -> kinds
			.forEach((kind, met) -> reliability.computeIfAbsent(place, k -> new LinkedHashMap<>())
				.put(kind, met[0] / (double) months)));
		return new WaterDetail(reliability, shortByPlace, demand, delivered, metByYear,
				abstraction(model, scenario, result));
	}

	private static List<Use> uses(WaterModel model) {
		List<Use> uses = new ArrayList<>();
		for (WaterDemand d : model.demands) {
			uses.add(
					new Use(d.id(), d.kind() == WaterDemand.Kind.DRINKING ? "drinking" : "industry", d.municipality()));
		}
		model.groundwater.forEach(g -> uses.add(new Use(Ids.stream(g.id()), "environment", g.municipality())));
		model.surface.forEach(s -> uses.add(new Use(Ids.minimumFlow(s.id()), "environment", s.municipality())));
		model.ptx.forEach(p -> uses.add(new Use(p.id(), "ptx", p.municipality())));
		return uses;
	}

	private static List<Abstraction> abstraction(WaterModel model, Scenario scenario, ScenarioResult result) {
		List<Abstraction> bodies = new ArrayList<>();
		int years = result.horizon().years();
		for (GroundwaterBody body : model.groundwater) {
			double[] abstracted = new double[years];
			for (int y = 0; y < years; y++) {
				abstracted[y] = result.annualFlow(Ids.wells(body.id()), y);
			}
			double[] cap = scenario.series().get("cap:" + body.id());
			bodies.add(new Abstraction(body.id(), body.municipality(), abstracted,
					cap == null ? new double[years] : cap.clone()));
		}
		return bodies;
	}
}
