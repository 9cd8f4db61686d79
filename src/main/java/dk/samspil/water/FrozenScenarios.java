package dk.samspil.water;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import dk.samspil.allocation.water.PtxStage;
import dk.samspil.allocation.water.WaterScenario;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/**
 * A run's scenarios written down when it starts, so that the same run started again gives
 * the same numbers.
 */
final class FrozenScenarios {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private FrozenScenarios() {
	}

	static String write(List<WaterScenario> scenarios) {
		ArrayNode array = JSON.createArrayNode();
		for (WaterScenario s : scenarios) {
			ArrayNode stages = array.addObject()
				.put("name", s.name())
				.put("drinkingGrowth", s.drinkingGrowth())
				.put("industryGrowth", s.industryGrowth())
				.put("rechargeChange", s.rechargeChange())
				.put("summerFactor", s.summerFactor())
				.putArray("ptx");
			s.ptx()
				.forEach(p -> stages.addObject()
					.put("plant", p.plant())
					.put("from", p.from().toString())
					.put("megawatts", p.megawatts()));
		}
		return JSON.writeValueAsString(array);
	}

	static List<WaterScenario> read(String json) {
		List<WaterScenario> scenarios = new ArrayList<>();
		for (JsonNode node : JSON.readTree(json).values()) {
			List<PtxStage> stages = node.path("ptx")
				.values()
				.stream()
				.map(p -> new PtxStage(p.path("plant").asString(), YearMonth.parse(p.path("from").asString()),
						p.path("megawatts").asDouble()))
				.toList();
			scenarios.add(new WaterScenario(node.path("name").asString(), node.path("drinkingGrowth").asDouble(),
					node.path("industryGrowth").asDouble(), node.path("rechargeChange").asDouble(),
					node.path("summerFactor").asDouble(), stages));
		}
		return scenarios;
	}

}
