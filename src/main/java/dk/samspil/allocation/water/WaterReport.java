package dk.samspil.allocation.water;

import dk.samspil.allocation.ScenarioResult;

import java.util.ArrayList;
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
			for (int m = 0; m < result.horizon().months(); m++) {
				double usable = Math.min(result.available(plant.id(), m), plant.technicalCapacityPerMonth());
				unused += Math.max(0, usable - result.flow(Ids.treatment(plant.id()), m));
			}
		}
		return unused;
	}

	private static List<Breach> breaches(WaterModel model, ScenarioResult result) {
		List<Breach> breaches = new ArrayList<>();
		for (int month = 0; month < result.horizon().months(); month++) {
			int m = month;
			for (GroundwaterBody body : model.groundwater) {
				double excess = result.capExcess(Ids.wells(body.id()), m);
				if (excess > 0) {
					breaches.add(new Breach(body.id(), "abstraction cap", m, excess));
				}
				double cut = Math.min(result.shortfall(Ids.stream(body.id()), m), result.flow(Ids.wells(body.id()), m));
				if (cut > 0) {
					breaches.add(new Breach(body.id(), "stream contribution", m, cut));
				}
			}
			for (SurfaceSource source : model.surface) {
				double taken = model.pipes.stream()
					.filter(pipe -> pipe.from().equals(source.id()))
					.mapToDouble(pipe -> result.flow(pipe.id(), m))
					.sum();
				double cut = Math.min(result.shortfall(Ids.minimumFlow(source.id()), m), taken);
				if (cut > 0) {
					breaches.add(new Breach(source.id(), "minimum flow", m, cut));
				}
			}
		}
		return breaches;
	}
}
