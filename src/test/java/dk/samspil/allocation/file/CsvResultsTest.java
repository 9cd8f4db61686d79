package dk.samspil.allocation.file;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import dk.samspil.allocation.Engine;
import dk.samspil.allocation.Scenario;
import dk.samspil.allocation.ScenarioResult;
import dk.samspil.allocation.water.WaterModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The command line's result files. */
class CsvResultsTest {

	@Test
	void theSummaryGivesTheShortfallOfEveryKindOfUseAndTheyAddUpToTheTotal(@TempDir Path folder) throws IOException {
		ModelFile file = ModelFile.resource("/allocation/triangle-region.json");
		WaterModel model = file.model();
		Scenario dry = model.scenario(file.scenario("hysynergy-1gw-dry"), file.horizon());
		ScenarioResult result = new Engine(model.network(), file.horizon()).run(dry);
		try (CsvResults csv = new CsvResults(folder, false)) {
			csv.write(model, dry, result);
		}
		List<String> lines = Files.readAllLines(folder.resolve("summary.csv"));
		assertThat(lines.get(0).split(",")).containsSubsequence("shortfall_drinking_m3", "shortfall_environment_m3",
				"shortfall_industry_m3", "shortfall_ptx_m3", "total_shortfall_m3");
		double[] figures = Arrays.stream(lines.get(1).split(","))
			.skip(5)
			.limit(5)
			.mapToDouble(Double::parseDouble)
			.toArray();
		assertThat(figures[0] + figures[1] + figures[2] + figures[3]).isCloseTo(figures[4], within(1.0))
			.isCloseTo(result.totalShortfall(), within(1.0));
	}

}
