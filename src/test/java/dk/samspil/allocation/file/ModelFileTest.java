package dk.samspil.allocation.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.samspil.allocation.Engine;
import dk.samspil.allocation.Horizon;
import dk.samspil.allocation.ModelException;
import dk.samspil.allocation.ScenarioResult;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Model files: the demo reads, bad files are refused with the element named, and writing
 * loses nothing.
 */
class ModelFileTest {

	private static final String TRIANGLE = "/allocation/triangle-region.json";

	@Test
	void theTriangleDemoIsMarkedIllustrativeAndCoversTheSevenMunicipalities() {
		ModelFile file = ModelFile.resource(TRIANGLE);

		assertThat(file.illustrative()).isTrue();
		assertThat(file.model().municipalities()).containsExactly("0410", "0510", "0530", "0575", "0607", "0621",
				"0630");
		assertThat(file.horizon().months()).isEqualTo(31 * 12);
		assertThat(file.model().network().nodeIds()).hasSizeBetween(80, 160);
	}

	@Test
	void anUnknownUnitIsRefused() {
		ObjectNode model = triangleTree();
		model.put("unit", "gallons");

		assertThatThrownBy(() -> ModelFile.parse(model.toString(), "bad.json")).isInstanceOf(ModelException.class)
			.hasMessageContaining("bad.json")
			.hasMessageContaining("/unit");
	}

	@Test
	void aPipeWithoutCapacityIsNamed() {
		ObjectNode model = triangleTree();
		((ObjectNode) model.path("pipes").path(0)).remove("capacityPerMonth");

		assertThatThrownBy(() -> ModelFile.parse(model.toString(), "bad.json")).isInstanceOf(ModelException.class)
			.hasMessageContaining("pipe 'ww-billund-1-from-upper'")
			.hasMessageContaining("capacityPerMonth");
	}

	@Test
	void aNegativeCapacityIsNamed() {
		ObjectNode model = triangleTree();
		((ObjectNode) model.path("waterworks").path(0)).put("capacityPerMonth", -100);

		assertThatThrownBy(() -> ModelFile.parse(model.toString(), "bad.json")).isInstanceOf(ModelException.class)
			.hasMessageContaining("waterworks 'ww-billund-1'")
			.hasMessageContaining("capacityPerMonth");
	}

	@Test
	void elevenMonthsOfRechargeAreRefusedNamingTheBody() {
		ObjectNode model = triangleTree();
		((ArrayNode) model.path("groundwater").path(0).path("recharge")).remove(11);

		assertThatThrownBy(() -> ModelFile.parse(model.toString(), "bad.json")).isInstanceOf(ModelException.class)
			.hasMessageContaining("groundwater body 'gw-billund-upper'")
			.hasMessageContaining("recharge");
	}

	@Test
	void aPipeToAnUnknownElementIsNamed() {
		String json = triangle().replace("\"to\": \"households-billund\"", "\"to\": \"households-atlantis\"");

		assertThatThrownBy(() -> ModelFile.parse(json, "bad.json")).isInstanceOf(ModelException.class)
			.hasMessageContaining("households-atlantis")
			.hasMessageContaining("pipe 'ww-billund-1-to-households'");
	}

	@Test
	void aHundredYearHorizonIsTheLongestThatLoads() {
		ObjectNode model = triangleTree();
		horizon(model, "2025-01", "2124-12");

		assertThat(ModelFile.parse(model.toString(), "century.json").horizon().months()).isEqualTo(1200);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			2025-01 | 2125-12 | horizon from 2025-01 has 1212 months; a plan covers at most 100 years (1200 months)
			0001-01 | 0030-12 | horizon from 0001-01 to 0030-12 must lie within the years 1900 to 2200
			9999-01 | 9999-12 | horizon from 9999-01 to 9999-12 must lie within the years 1900 to 2200
			0001-01 | 9999-12 | horizon from 0001-01 has 119988 months; a plan covers at most 100 years (1200 months)
			""")
	void aHorizonOfOverAHundredYearsOrOutsideTheYears1900To2200IsRefused(String start, String end, String message) {
		ObjectNode model = triangleTree();
		horizon(model, start, end);

		assertThatThrownBy(() -> ModelFile.parse(model.toString(), "bad.json")).isInstanceOf(ModelException.class)
			.hasMessage(message);
	}

	@Test
	void aModelNamingAsManyMunicipalitiesAsDenmarkHasLoads() {
		ObjectNode model = triangleTree();
		addWaterworksInOtherMunicipalities(model, 98 - 7);

		assertThat(ModelFile.parse(model.toString(), "denmark.json").model().municipalities()).hasSize(98);
	}

	@Test
	void aModelNamingNinetyNineMunicipalitiesIsRefused() {
		ObjectNode model = triangleTree();
		addWaterworksInOtherMunicipalities(model, 99 - 7);

		assertThatThrownBy(() -> ModelFile.parse(model.toString(), "bad.json")).isInstanceOf(ModelException.class)
			.hasMessage("the model names 99 municipalities; Denmark has 98");
	}

	@Test
	void aWrittenModelReadsBackToTheSameResults() {
		ModelFile original = ModelFile.resource(TRIANGLE);
		ModelFile copy = ModelFile.parse(original.toJson(), "copy.json");
		Horizon twoYears = new Horizon(original.horizon().start(), 24);
		String scenario = "hysynergy-1gw-dry";

		ScenarioResult before = new Engine(original.model().network(), twoYears)
			.run(original.model().scenario(original.scenario(scenario), twoYears));
		ScenarioResult after = new Engine(copy.model().network(), twoYears)
			.run(copy.model().scenario(copy.scenario(scenario), twoYears));

		assertThat(copy.model().network().linkIds()).isEqualTo(original.model().network().linkIds());
		for (int m = 0; m < 24; m++) {
			assertThat(after.delivered("ptx-hysynergy", m)).isEqualTo(before.delivered("ptx-hysynergy", m));
			assertThat(after.storage("gw-fredericia-deep", m)).isEqualTo(before.storage("gw-fredericia-deep", m));
		}
	}

	private static void horizon(ObjectNode model, String start, String end) {
		((ObjectNode) model.path("horizon")).put("start", start).put("end", end);
	}

	/**
	 * Adds waterworks in {@code count} municipalities the Triangle demo does not name.
	 */
	private static void addWaterworksInOtherMunicipalities(ObjectNode model, int count) {
		ArrayNode waterworks = (ArrayNode) model.path("waterworks");
		for (int i = 0; i < count; i++) {
			waterworks.addObject()
				.put("id", "ww-elsewhere-" + i)
				.put("municipality", String.format("%04d", 1000 + i))
				.put("capacityPerMonth", 10);
		}
	}

	private static ObjectNode triangleTree() {
		return (ObjectNode) ModelFile.JSON.readTree(triangle());
	}

	private static String triangle() {
		try (var in = ModelFileTest.class.getResourceAsStream(TRIANGLE)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
