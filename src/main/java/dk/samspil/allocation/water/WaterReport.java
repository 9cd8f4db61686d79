package dk.samspil.allocation.water;

import dk.samspil.allocation.ScenarioResult;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a scenario means for the water plan: how reliably each tier and each kind of use
 * was served, how much went short, how much technical water went unused, and which
 * environmental limits were broken.
 *
 * @param reliabilityByTier share of months in which every demand of the tier got all it
 * asked
 * @param reliabilityByKind the same per kind of use: drinking, environment, industry, ptx
 * @param shortfallByKind m³ short over the horizon per kind of use
 * @param unusedTechnicalWater m³ of effluent that could have been treated into technical
 * water but was not used
 * @param breaches environmental limits broken (expected none)
 */
public record WaterReport(String scenario, Map<Integer, Double> reliabilityByTier,
		Map<String, Double> reliabilityByKind, Map<String, Double> shortfallByKind, double totalShortfall,
		double unusedTechnicalWater, List<Breach> breaches) {

	/** Reads the report off a run of {@code model}. */
	public static WaterReport of(WaterModel model, ScenarioResult result) {
		Map<Integer, Double> byTier = new LinkedHashMap<>();
		for (int tier : result.tiers()) {
			byTier.put(tier, result.reliability(tier));
		}
		Kinds kinds = new Kinds(model, result);
		return new WaterReport(result.scenario(), byTier, kinds.reliability(), kinds.shortfall(),
				result.totalShortfall(), unusedTechnical(model, result), breaches(model, result));
	}

	private static double unusedTechnical(WaterModel model, ScenarioResult result) {
		double unused = 0;
		for (TreatmentPlant plant : model.treatment) {
			double[] available = result.availability(plant.id());
			double[] treated = result.flows(Ids.treatment(plant.id()));
			for (int m = 0; m < result.horizon().months(); m++) {
				double usable = Math.min(available[m], plant.technicalCapacityPerMonth());
				unused += Math.max(0, usable - treated[m]);
			}
		}
		return unused;
	}

	/**
	 * Each series is read once by name before the months are walked: reading them month
	 * by month by name was much of what a report cost.
	 */
	private static List<Breach> breaches(WaterModel model, ScenarioResult result) {
		int bodies = model.groundwater.size();
		double[][] excess = new double[bodies][];
		double[][] streamShort = new double[bodies][];
		double[][] wells = new double[bodies][];
		for (int b = 0; b < bodies; b++) {
			String id = model.groundwater.get(b).id();
			excess[b] = result.capExcesses(Ids.wells(id));
			streamShort[b] = result.shortfalls(Ids.stream(id));
			wells[b] = result.flows(Ids.wells(id));
		}
		int sources = model.surface.size();
		double[][] minimumShort = new double[sources][];
		double[][][] taken = new double[sources][][];
		for (int s = 0; s < sources; s++) {
			SurfaceSource source = model.surface.get(s);
			minimumShort[s] = result.shortfalls(Ids.minimumFlow(source.id()));
			taken[s] = model.pipes.stream()
				.filter(pipe -> pipe.from().equals(source.id()))
				.map(pipe -> result.flows(pipe.id()))
				.toArray(double[][]::new);
		}
		List<Breach> breaches = new ArrayList<>();
		for (int m = 0; m < result.horizon().months(); m++) {
			for (int b = 0; b < bodies; b++) {
				String id = model.groundwater.get(b).id();
				if (excess[b][m] > 0) {
					breaches.add(new Breach(id, "abstraction cap", m, excess[b][m]));
				}
				double cut = Math.min(streamShort[b][m], wells[b][m]);
				if (cut > 0) {
					breaches.add(new Breach(id, "stream contribution", m, cut));
				}
			}
			for (int s = 0; s < sources; s++) {
				int month = m;
				double flowed = Arrays.stream(taken[s]).mapToDouble(pipe -> pipe[month]).sum();
				double cut = Math.min(minimumShort[s][m], flowed);
				if (cut > 0) {
					breaches.add(new Breach(model.surface.get(s).id(), "minimum flow", m, cut));
				}
			}
		}
		return breaches;
	}
}
