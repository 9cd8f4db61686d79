package dk.samspil.water;

import java.util.HashMap;
import java.util.Map;

import dk.samspil.allocation.file.ModelFile;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Typed figures turned into a model file, each mistake named beside its field. */
class ElementEditTest {

	private static final String TRIANGLE = ModelFile.resource("/allocation/triangle-region.json").toJson();

	@Test
	void aNewPtxPlantInVejleIsAddedWithItsPosition() {
		ElementEdit.Outcome outcome = ElementEdit.apply(TRIANGLE, Map.of(), ElementKind.PTX, "",
				typed("id", "ptx-vejle", "municipality", "0630", "hoursPerMonth", "500", "processM3PerMWh", "0,39",
						"coolingM3PerMWh", "0.4", "accepts", "technical", "tier", "4", "rank", "0", "latitude", "55,71",
						"longitude", "9,53", "feedFrom", "wwtp-vejle"),
				false);
		assertThat(outcome.errors()).isEmpty();
		ModelFile file = ModelFile.parse(outcome.content(), "edited");
		assertThat(file.model().ptxPlants()).anySatisfy(p -> {
			assertThat(p.id()).isEqualTo("ptx-vejle");
			assertThat(p.processM3PerMWh()).isEqualTo(0.39);
		});
		assertThat(file.model().pipes())
			.anySatisfy(p -> assertThat(p.from() + ">" + p.to()).isEqualTo("wwtp-vejle>ptx-vejle"));
		assertThat(outcome.positions().get("ptx-vejle")).containsExactly(55.71, 9.53);
	}

	@Test
	void aNegativeCapacityAndAWordForANumberAreNamedBesideTheirFields() {
		ElementEdit.Outcome outcome = ElementEdit.apply(TRIANGLE, Map.of(), ElementKind.PIPES, "", Map.of("id",
				"new-pipe", "from", "a", "to", "b", "capacityPerMonth", "-5", "costPerM3", "cheap", "loss", "1.5"),
				false);
		assertThat(outcome.errors()).containsEntry("capacityPerMonth", "water.edit.negative")
			.containsEntry("costPerM3", "water.edit.number")
			.containsEntry("loss", "water.edit.share");
		assertThat(outcome.content()).isEqualTo(TRIANGLE);
	}

	@Test
	void anIdAlreadyUsedIsRefused() {
		ElementEdit.Outcome outcome = ElementEdit.apply(TRIANGLE, Map.of(), ElementKind.GROUNDWATER, "",
				Map.of("id", "gw-billund-upper"), false);
		assertThat(outcome.errors()).containsEntry("id", "water.edit.taken");
	}

	@Test
	void removingAnElementTakesItsPositionToo() {
		ElementEdit.Outcome outcome = ElementEdit.apply(TRIANGLE,
				Map.of("ptx-hysynergy", new double[] { 55.6, 9.7 }, "ww-vejle-1", new double[] { 55.7, 9.5 }),
				ElementKind.PTX, "ptx-hysynergy", Map.of(), true);
		assertThat(tools.jackson.databind.json.JsonMapper.builder()
			.build()
			.readTree(outcome.content())
			.path("ptxPlants")
			.values()
			.stream()
			.map(p -> p.path("id").asString())).doesNotContain("ptx-hysynergy");
		assertThat(outcome.positions()).doesNotContainKey("ptx-hysynergy").containsKey("ww-vejle-1");
	}

	@Test
	void danishAndEnglishNumbersAreBothRead() {
		assertThat(ElementEdit.parse("1.500,5")).isEqualTo(1500.5);
		assertThat(ElementEdit.parse("1,500.5")).isEqualTo(1500.5);
		assertThat(ElementEdit.parse("0,25")).isEqualTo(0.25);
		assertThat(ElementEdit.parse("12 000")).isEqualTo(12000);
		assertThat(ElementEdit.parse("mange")).isNull();
	}

	private static Map<String, String> typed(String... pairs) {
		Map<String, String> typed = new HashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			typed.put(pairs[i], pairs[i + 1]);
		}
		return typed;
	}

}
