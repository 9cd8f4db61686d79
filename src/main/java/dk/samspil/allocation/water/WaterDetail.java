package dk.samspil.allocation.water;

import dk.samspil.allocation.Scenario;
import dk.samspil.allocation.ScenarioResult;

import java.util.ArrayList;
import java.util.Arrays;
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

	/**
	 * A use with its series read once: a run of 372 months over a hundred uses asked for
	 * them by name 150,000 times, which cost a third of an ensemble's time.
	 */
	private record Series(int kind, int place, double[] demand, double[] delivered, double[] shortfall, boolean[] met) {
	}

	/** Reads the detail off a run of {@code model} on the series {@code scenario}. */
	public static WaterDetail of(WaterModel model, Scenario scenario, ScenarioResult result) {
		List<Use> uses = uses(model);
		int months = result.horizon().months();
		int years = result.horizon().years();
		// municipalities in code order, and each one's kinds in the order its uses come,
		// as the maps below have always listed them
		List<String> places = uses.stream().map(Use::municipality).distinct().sorted().toList();
		List<List<Integer>> kindsOf = new ArrayList<>();
		places.forEach(p -> kindsOf.add(new ArrayList<>()));
		List<Series> series = new ArrayList<>();
		for (Use use : uses) {
			int kind = KINDS.indexOf(use.kind());
			int place = places.indexOf(use.municipality());
			if (!kindsOf.get(place).contains(kind)) {
				kindsOf.get(place).add(kind);
			}
			series.add(new Series(kind, place, result.demands(use.id()), result.deliveries(use.id()),
					result.shortfalls(use.id()), result.metMonths(use.id())));
		}
		double[][] demand = new double[KINDS.size()][months];
		double[][] delivered = new double[KINDS.size()][months];
		double[][] metByYear = new double[KINDS.size()][years];
		int[][] monthsByYear = new int[KINDS.size()][years];
		int[][] metByPlace = new int[places.size()][KINDS.size()];
		double[][] shortByPlace = new double[places.size()][KINDS.size()];
		boolean[] kindMet = new boolean[KINDS.size()];
		boolean[][] placeMet = new boolean[places.size()][KINDS.size()];
		for (int m = 0; m < months; m++) {
			int year = result.horizon().yearIndex(m);
			Arrays.fill(kindMet, true);
			for (boolean[] row : placeMet) {
				Arrays.fill(row, true);
			}
			for (Series use : series) {
				demand[use.kind()][m] += use.demand()[m];
				delivered[use.kind()][m] += use.delivered()[m];
				kindMet[use.kind()] &= use.met()[m];
				placeMet[use.place()][use.kind()] &= use.met()[m];
				shortByPlace[use.place()][use.kind()] += use.shortfall()[m];
			}
			for (int k = 0; k < KINDS.size(); k++) {
				monthsByYear[k][year]++;
				metByYear[k][year] += kindMet[k] ? 1 : 0;
			}
			for (int p = 0; p < places.size(); p++) {
				for (int k : kindsOf.get(p)) {
					metByPlace[p][k] += placeMet[p][k] ? 1 : 0;
				}
			}
		}
		Map<String, double[]> demandByKind = new LinkedHashMap<>();
		Map<String, double[]> deliveredByKind = new LinkedHashMap<>();
		Map<String, double[]> reliabilityByYear = new LinkedHashMap<>();
		for (int k = 0; k < KINDS.size(); k++) {
			for (int y = 0; y < years; y++) {
				metByYear[k][y] = metByYear[k][y] / monthsByYear[k][y];
			}
			demandByKind.put(KINDS.get(k), demand[k]);
			deliveredByKind.put(KINDS.get(k), delivered[k]);
			reliabilityByYear.put(KINDS.get(k), metByYear[k]);
		}
		Map<String, Map<String, Double>> reliability = new TreeMap<>();
		Map<String, Map<String, Double>> shortfall = new TreeMap<>();
		for (int p = 0; p < places.size(); p++) {
			Map<String, Double> met = new LinkedHashMap<>();
			Map<String, Double> shortOf = new LinkedHashMap<>();
			for (int k : kindsOf.get(p)) {
				met.put(KINDS.get(k), metByPlace[p][k] / (double) months);
				shortOf.put(KINDS.get(k), shortByPlace[p][k]);
			}
			reliability.put(places.get(p), met);
			shortfall.put(places.get(p), shortOf);
		}
		return new WaterDetail(reliability, shortfall, demandByKind, deliveredByKind, reliabilityByYear,
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
			double[] flow = result.flows(Ids.wells(body.id()));
			for (int m = 0; m < flow.length; m++) {
				abstracted[result.horizon().yearIndex(m)] += flow[m];
			}
			double[] cap = scenario.series().get("cap:" + body.id());
			bodies.add(new Abstraction(body.id(), body.municipality(), abstracted,
					cap == null ? new double[years] : cap.clone()));
		}
		return bodies;
	}
}
