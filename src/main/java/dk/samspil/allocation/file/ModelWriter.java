package dk.samspil.allocation.file;

import dk.samspil.allocation.water.GroundwaterBody;
import dk.samspil.allocation.water.OtherSource;
import dk.samspil.allocation.water.Pipe;
import dk.samspil.allocation.water.PtxPlant;
import dk.samspil.allocation.water.PtxStage;
import dk.samspil.allocation.water.SurfaceSource;
import dk.samspil.allocation.water.TreatmentPlant;
import dk.samspil.allocation.water.WaterDemand;
import dk.samspil.allocation.water.WaterModel;
import dk.samspil.allocation.water.WaterScenario;
import dk.samspil.allocation.water.Waterworks;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a model in the file format, volumes in m³, so generated models can be run from
 * the command line.
 */
final class ModelWriter {

	private ModelWriter() {
	}

	static String write(ModelFile file) {
		WaterModel model = file.model();
		ObjectNode root = ModelFile.JSON.createObjectNode();
		root.put("format", "samspil-allocation-model/1")
			.put("name", model.name())
			.put("illustrative", file.illustrative())
			.put("unit", "m3");
		root.putObject("horizon")
			.put("start", file.horizon().start().toString())
			.put("end", file.horizon().month(file.horizon().months() - 1).toString());
		ArrayNode groundwater = root.putArray("groundwater");
		for (GroundwaterBody g : model.groundwaterBodies()) {
			ObjectNode node = element(groundwater, g.id(), g.municipality()).put("storage", g.storage())
				.put("initial", g.initial());
			months(node, "recharge", g.recharge());
			node.put("capShare", g.capShare())
				.put("minStreamPerMonth", g.minStreamPerMonth())
				.put("drinkingMayBreak", g.drinkingMayBreak());
		}
		ArrayNode surface = root.putArray("surface");
		for (SurfaceSource s : model.surfaceSources()) {
			ObjectNode node = element(surface, s.id(), s.municipality());
			months(node, "flow", s.flow());
			node.put("minFlowPerMonth", s.minFlowPerMonth()).put("drinkingMayBreak", s.drinkingMayBreak());
		}
		ArrayNode treatment = root.putArray("treatmentPlants");
		for (TreatmentPlant t : model.treatmentPlants()) {
			ObjectNode node = element(treatment, t.id(), t.municipality()).put("returnFraction", t.returnFraction())
				.put("technicalCapacityPerMonth", t.technicalCapacityPerMonth());
			ArrayNode serves = node.putArray("serves");
			t.serves().forEach(serves::add);
		}
		ArrayNode other = root.putArray("otherSources");
		for (OtherSource o : model.otherSources()) {
			element(other, o.id(), o.municipality()).put("capacityPerMonth", o.capacityPerMonth())
				.put("costPerM3", o.costPerM3())
				.put("quality", o.quality().name().toLowerCase());
		}
		ArrayNode works = root.putArray("waterworks");
		for (Waterworks w : model.waterworks()) {
			element(works, w.id(), w.municipality()).put("capacityPerMonth", w.capacityPerMonth());
		}
		ArrayNode demands = root.putArray("demands");
		for (WaterDemand d : model.demands()) {
			element(demands, d.id(), d.municipality()).put("kind", d.kind().name().toLowerCase())
				.put("perYear", d.perYear())
				.put("accepts", d.accepts().name().toLowerCase())
				.put("tier", d.tier())
				.put("rank", d.rank());
		}
		ArrayNode ptx = root.putArray("ptxPlants");
		for (PtxPlant p : model.ptxPlants()) {
			element(ptx, p.id(), p.municipality()).put("hoursPerMonth", p.hoursPerMonth())
				.put("processM3PerMWh", p.processM3PerMWh())
				.put("coolingM3PerMWh", p.coolingM3PerMWh())
				.put("accepts", p.accepts().name().toLowerCase())
				.put("tier", p.tier())
				.put("rank", p.rank());
		}
		ArrayNode pipes = root.putArray("pipes");
		for (Pipe p : model.pipes()) {
			pipes.addObject()
				.put("id", p.id())
				.put("from", p.from())
				.put("to", p.to())
				.put("capacityPerMonth", p.capacityPerMonth())
				.put("costPerM3", p.costPerM3())
				.put("loss", p.loss());
		}
		ArrayNode scenarios = root.putArray("scenarios");
		for (WaterScenario s : file.scenarios()) {
			ObjectNode node = scenarios.addObject()
				.put("name", s.name())
				.put("drinkingGrowth", s.drinkingGrowth())
				.put("industryGrowth", s.industryGrowth())
				.put("rechargeChange", s.rechargeChange())
				.put("summerFactor", s.summerFactor());
			ArrayNode stages = node.putArray("ptx");
			for (PtxStage stage : s.ptx()) {
				stages.addObject()
					.put("plant", stage.plant())
					.put("from", stage.from().toString())
					.put("megawatts", stage.megawatts());
			}
		}
		return ModelFile.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
	}

	private static ObjectNode element(ArrayNode array, String id, String municipality) {
		return array.addObject().put("id", id).put("municipality", municipality);
	}

	private static void months(ObjectNode node, String field, double[] values) {
		ArrayNode array = node.putArray(field);
		for (double value : values) {
			array.add(value);
		}
	}

}
