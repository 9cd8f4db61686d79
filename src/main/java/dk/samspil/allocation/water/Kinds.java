package dk.samspil.allocation.water;

import dk.samspil.allocation.ScenarioResult;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups a model's demands by kind of use, environmental limits included, to report on
 * each kind.
 */
final class Kinds {

	private final ScenarioResult result;

	private final Map<String, List<String>> demands = new LinkedHashMap<>();

	Kinds(WaterModel model, ScenarioResult result) {
		this.result = result;
		for (String kind : List.of("drinking", "environment", "industry", "ptx")) {
			demands.put(kind, new ArrayList<>());
		}
		model.demands
			.forEach(d -> demands.get(d.kind() == WaterDemand.Kind.DRINKING ? "drinking" : "industry").add(d.id()));
		model.groundwater.forEach(g -> demands.get("environment").add(Ids.stream(g.id())));
		model.surface.forEach(s -> demands.get("environment").add(Ids.minimumFlow(s.id())));
		model.ptx.forEach(p -> demands.get("ptx").add(p.id()));
	}

	Map<String, Double> reliability() {
		Map<String, Double> reliability = new LinkedHashMap<>();
		int months = result.horizon().months();
		demands.forEach((kind, ids) -> {
			List<boolean[]> series = ids.stream().map(result::metMonths).toList();
			int met = 0;
			for (int m = 0; m < months; m++) {
				boolean all = true;
				for (boolean[] one : series) {
					all &= one[m];
				}
				met += all ? 1 : 0;
			}
			reliability.put(kind, met / (double) months);
		});
		return reliability;
	}

	Map<String, Double> shortfall() {
		Map<String, Double> shortfall = new LinkedHashMap<>();
		demands.forEach((kind, ids) -> {
			double sum = 0;
			for (String id : ids) {
				for (double month : result.shortfalls(id)) {
					sum += month;
				}
			}
			shortfall.put(kind, sum);
		});
		return shortfall;
	}

}
