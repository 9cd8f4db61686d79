package dk.samspil.allocation.file;

import dk.samspil.allocation.Horizon;
import dk.samspil.allocation.ModelException;
import dk.samspil.allocation.water.GroundwaterBody;
import dk.samspil.allocation.water.OtherSource;
import dk.samspil.allocation.water.Pipe;
import dk.samspil.allocation.water.PtxPlant;
import dk.samspil.allocation.water.PtxStage;
import dk.samspil.allocation.water.Quality;
import dk.samspil.allocation.water.SurfaceSource;
import dk.samspil.allocation.water.Tiers;
import dk.samspil.allocation.water.TreatmentPlant;
import dk.samspil.allocation.water.WaterDemand;
import dk.samspil.allocation.water.WaterModel;
import dk.samspil.allocation.water.WaterScenario;
import dk.samspil.allocation.water.Waterworks;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * Turns a schema-checked JSON tree into a water model; volumes are converted to m³ on the
 * way.
 */
final class ModelReader {

	private final double scale;

	private ModelReader(double scale) {
		this.scale = scale;
	}

	static ModelFile read(JsonNode root) {
		ModelReader reader = new ModelReader(scale(root.path("unit").asString()));
		WaterModel.Builder model = WaterModel.builder(root.path("name").asString());
		root.path("groundwater").values().forEach(node -> model.add(reader.groundwater(node)));
		root.path("surface").values().forEach(node -> model.add(reader.surface(node)));
		root.path("treatmentPlants").values().forEach(node -> model.add(reader.treatment(node)));
		root.path("otherSources").values().forEach(node -> model.add(reader.other(node)));
		root.path("waterworks")
			.values()
			.forEach(node -> model
				.add(new Waterworks(id(node), municipality(node), reader.volume(node, "capacityPerMonth"))));
		root.path("demands").values().forEach(node -> model.add(reader.demand(node)));
		root.path("ptxPlants").values().forEach(node -> model.add(ptx(node)));
		root.path("pipes").values().forEach(node -> model.add(reader.pipe(node)));
		JsonNode horizon = root.path("horizon");
		YearMonth start = YearMonth.parse(horizon.path("start").asString());
		YearMonth end = YearMonth.parse(horizon.path("end").asString());
		if (end.isBefore(start)) {
			throw new ModelException("horizon ends (" + end + ") before it starts (" + start + ")");
		}
		int months = (end.getYear() - start.getYear()) * 12 + end.getMonthValue() - start.getMonthValue() + 1;
		List<WaterScenario> scenarios = new ArrayList<>();
		root.path("scenarios").values().forEach(node -> scenarios.add(scenario(node)));
		return new ModelFile(model.build(), new Horizon(start, months), scenarios,
				root.path("illustrative").asBoolean(false));
	}

	static double scale(String unit) {
		return switch (unit) {
			case "m3" -> 1;
			case "1000 m3" -> 1e3;
			case "million m3" -> 1e6;
			default -> throw new ModelException("unknown unit '" + unit + "'; use m3, 1000 m3 or million m3");
		};
	}

	private GroundwaterBody groundwater(JsonNode node) {
		return new GroundwaterBody(id(node), municipality(node), volume(node, "storage"), volume(node, "initial"),
				months(node, "recharge"), node.path("capShare").asDouble(GroundwaterBody.DEFAULT_CAP_SHARE),
				volume(node, "minStreamPerMonth"), node.path("drinkingMayBreak").asBoolean(false));
	}

	private SurfaceSource surface(JsonNode node) {
		return new SurfaceSource(id(node), municipality(node), months(node, "flow"), volume(node, "minFlowPerMonth"),
				node.path("drinkingMayBreak").asBoolean(false));
	}

	private TreatmentPlant treatment(JsonNode node) {
		List<String> serves = node.path("serves").values().stream().map(JsonNode::asString).toList();
		return new TreatmentPlant(id(node), municipality(node), node.path("returnFraction").asDouble(),
				volume(node, "technicalCapacityPerMonth"), serves);
	}

	private OtherSource other(JsonNode node) {
		return new OtherSource(id(node), municipality(node), volume(node, "capacityPerMonth"),
				node.path("costPerM3").asDouble(), quality(node, Quality.POTABLE));
	}

	private WaterDemand demand(JsonNode node) {
		boolean drinking = node.path("kind").asString().equals("drinking");
		int tier = node.path("tier").asInt(drinking ? Tiers.DRINKING : Tiers.INDUSTRY);
		return new WaterDemand(id(node), municipality(node),
				drinking ? WaterDemand.Kind.DRINKING : WaterDemand.Kind.INDUSTRY, volume(node, "perYear"),
				quality(node, Quality.POTABLE), tier, node.path("rank").asInt(0));
	}

	private static PtxPlant ptx(JsonNode node) {
		return new PtxPlant(id(node), municipality(node),
				node.path("hoursPerMonth").asDouble(PtxPlant.DEFAULT_HOURS_PER_MONTH),
				node.path("processM3PerMWh").asDouble(PtxPlant.DEFAULT_PROCESS_M3_PER_MWH),
				node.path("coolingM3PerMWh").asDouble(PtxPlant.DEFAULT_COOLING_M3_PER_MWH),
				quality(node, Quality.TECHNICAL), node.path("tier").asInt(Tiers.PTX), node.path("rank").asInt(0));
	}

	private Pipe pipe(JsonNode node) {
		return new Pipe(id(node), node.path("from").asString(), node.path("to").asString(),
				volume(node, "capacityPerMonth"), node.path("costPerM3").asDouble(0), node.path("loss").asDouble(0));
	}

	private static WaterScenario scenario(JsonNode node) {
		List<PtxStage> stages = node.path("ptx")
			.values()
			.stream()
			.map(stage -> new PtxStage(stage.path("plant").asString(), YearMonth.parse(stage.path("from").asString()),
					stage.path("megawatts").asDouble()))
			.toList();
		return new WaterScenario(node.path("name").asString(), node.path("drinkingGrowth").asDouble(0),
				node.path("industryGrowth").asDouble(0), node.path("rechargeChange").asDouble(0),
				node.path("summerFactor").asDouble(1), stages);
	}

	private double volume(JsonNode node, String field) {
		return node.path(field).asDouble(Double.NaN) * scale;
	}

	private double[] months(JsonNode node, String field) {
		return node.path(field).values().stream().mapToDouble(value -> value.asDouble() * scale).toArray();
	}

	private static Quality quality(JsonNode node, Quality fallback) {
		return node.has("accepts") || node.has("quality")
				? Quality.valueOf(node.path(node.has("accepts") ? "accepts" : "quality").asString().toUpperCase())
				: fallback;
	}

	private static String id(JsonNode node) {
		return node.path("id").asString();
	}

	private static String municipality(JsonNode node) {
		return node.path("municipality").asString();
	}

}
