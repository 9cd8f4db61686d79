package dk.samspil.allocation.water;

import dk.samspil.allocation.Engine;
import dk.samspil.allocation.Horizon;
import dk.samspil.allocation.ScenarioResult;
import dk.samspil.allocation.UnreachableDemand;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Answers the siting question: if a PtX plant of a given size came to a municipality, how
 * much water could it get each month without cutting any other use, and from where? The
 * plant is tried in each municipality in turn at a tier below every other use, fed by the
 * municipality's waterworks and, if it takes technical water, its treatment plants,
 * technical sources and groundwater bodies.
 */
public final class Siting {

	/**
	 * What a proposed plant could get in one municipality.
	 *
	 * @param wanted m³ the plant would need each month
	 * @param available m³ it could get each month
	 * @param sources per month, m³ by source element
	 * @param cutsOthers true if its draw on storage left another use with less in a later
	 * month
	 */
	public record Option(String municipality, double[] wanted, double[] available, List<Map<String, Double>> sources,
			boolean cutsOthers) {
	}

	private Siting() {
	}

	/**
	 * Tries a plant of {@code megawatts} accepting {@code quality} in every municipality
	 * of {@code model}.
	 */
	public static List<Option> evaluate(WaterModel model, WaterScenario scenario, Horizon horizon, double megawatts,
			Quality quality) {
		return evaluate(model, scenario, horizon, megawatts, quality, horizon.start());
	}

	/**
	 * Tries a plant of {@code megawatts} accepting {@code quality}, running from month
	 * {@code from} on, in every municipality of {@code model}; before {@code from} it
	 * wants nothing.
	 */
	public static List<Option> evaluate(WaterModel model, WaterScenario scenario, Horizon horizon, double megawatts,
			Quality quality, YearMonth from) {
		ScenarioResult baseline = new Engine(model.network(), horizon).run(model.scenario(scenario, horizon));
		List<Option> options = new ArrayList<>();
		for (String municipality : model.municipalities()) {
			options.add(tryIn(model, scenario, horizon, megawatts, quality, from, municipality, baseline));
		}
		return options;
	}

	private static Option tryIn(WaterModel model, WaterScenario scenario, Horizon horizon, double megawatts,
			Quality quality, YearMonth from, String municipality, ScenarioResult baseline) {
		String id = "proposed-ptx-" + municipality;
		PtxPlant plant = new PtxPlant(id, municipality, PtxPlant.DEFAULT_HOURS_PER_MONTH,
				PtxPlant.DEFAULT_PROCESS_M3_PER_MWH, PtxPlant.DEFAULT_COOLING_M3_PER_MWH, quality, Tiers.PROPOSED, 0);
		WaterModel sited;
		try {
			sited = model.with(plant, feeds(model, municipality, quality, id));
		}
		catch (UnreachableDemand unreachable) {
			return unreachable(municipality, plant, horizon, megawatts, from);
		}
		List<PtxStage> stages = new ArrayList<>(scenario.ptx());
		stages.add(new PtxStage(id, from, megawatts));
		WaterScenario trial = new WaterScenario(scenario.name(), scenario.drinkingGrowth(), scenario.industryGrowth(),
				scenario.rechargeChange(), scenario.summerFactor(), stages);
		ScenarioResult result = new Engine(sited.network(), horizon).run(sited.scenario(trial, horizon));
		int months = horizon.months();
		double[] wanted = new double[months];
		double[] available = new double[months];
		List<Map<String, Double>> sources = new ArrayList<>();
		for (int m = 0; m < months; m++) {
			wanted[m] = result.demand(id, m);
			available[m] = result.delivered(id, m);
			sources.add(available[m] > 0 ? result.sources(id, m) : Map.of());
		}
		return new Option(municipality, wanted, available, sources, cutsOthers(model, baseline, result));
	}

	/**
	 * A plant that no water can reach in the municipality (its sources of the quality, if
	 * it has any, are reached by no pipe): it wants what it would anywhere and gets
	 * nothing.
	 */
	private static Option unreachable(String municipality, PtxPlant plant, Horizon horizon, double megawatts,
			YearMonth from) {
		int months = horizon.months();
		double[] wanted = new double[months];
		List<Map<String, Double>> sources = new ArrayList<>();
		for (int m = 0; m < months; m++) {
			wanted[m] = horizon.month(m).isBefore(from) ? 0 : plant.monthlyWater(megawatts);
			sources.add(Map.of());
		}
		return new Option(municipality, wanted, new double[months], sources, false);
	}

	private static List<Pipe> feeds(WaterModel model, String municipality, Quality quality, String plant) {
		List<String> from = new ArrayList<>();
		model.waterworks.stream().filter(w -> w.municipality().equals(municipality)).forEach(w -> from.add(w.id()));
		if (quality == Quality.TECHNICAL) {
			model.treatment.stream().filter(t -> t.municipality().equals(municipality)).forEach(t -> from.add(t.id()));
			model.groundwater.stream()
				.filter(g -> g.municipality().equals(municipality))
				.forEach(g -> from.add(g.id()));
			model.other.stream().filter(o -> o.municipality().equals(municipality)).forEach(o -> from.add(o.id()));
		}
		else {
			model.other.stream()
				.filter(o -> o.municipality().equals(municipality) && o.quality() == Quality.POTABLE)
				.forEach(o -> from.add(o.id()));
		}
		return from.stream()
			.map(source -> new Pipe(plant + "<-" + source, source, plant, Translation.UNLIMITED, 0, 0))
			.toList();
	}

	/**
	 * Compares each tier's total month by month rather than each demand's share, because
	 * within a tier equal allocations may be split differently between otherwise
	 * identical runs.
	 */
	private static boolean cutsOthers(WaterModel model, ScenarioResult baseline, ScenarioResult trial) {
		Map<Integer, List<String>> tiers = new TreeMap<>();
		model.demands.forEach(d -> tiers.computeIfAbsent(d.tier(), t -> new ArrayList<>()).add(d.id()));
		model.ptx.forEach(p -> tiers.computeIfAbsent(p.tier(), t -> new ArrayList<>()).add(p.id()));
		for (int m = 0; m < baseline.horizon().months(); m++) {
			for (List<String> ids : tiers.values()) {
				double before = 0;
				double after = 0;
				for (String id : ids) {
					before += baseline.delivered(id, m);
					after += trial.delivered(id, m);
				}
				if (after < before - 1) {
					return true;
				}
			}
		}
		return false;
	}

}
