package dk.samspil.water;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.samspil.allocation.file.ModelFile;
import dk.samspil.allocation.water.WaterModel;
import dk.samspil.allocation.water.WaterScenario;

/**
 * What a version holds at a glance: its horizon, how many elements of each kind, its
 * scenarios.
 */
record ModelSummary(String name, YearMonth start, YearMonth end, int months, Map<String, Integer> counts,
		List<String> municipalities, List<String> scenarios, boolean illustrative) {

	static ModelSummary of(ModelFile file) {
		WaterModel model = file.model();
		Map<String, Integer> counts = new LinkedHashMap<>();
		counts.put("groundwater", model.groundwaterBodies().size());
		counts.put("surface", model.surfaceSources().size());
		counts.put("treatmentPlants", model.treatmentPlants().size());
		counts.put("otherSources", model.otherSources().size());
		counts.put("waterworks", model.waterworks().size());
		counts.put("demands", model.demands().size());
		counts.put("ptxPlants", model.ptxPlants().size());
		counts.put("pipes", model.pipes().size());
		int months = file.horizon().months();
		return new ModelSummary(model.name(), file.horizon().start(), file.horizon().month(months - 1), months, counts,
				model.municipalities(), file.scenarios().stream().map(WaterScenario::name).toList(),
				file.illustrative());
	}
}
