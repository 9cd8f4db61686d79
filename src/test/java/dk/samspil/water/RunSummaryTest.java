package dk.samspil.water;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The ensemble's spread and the chart's thinning, on numbers small enough to check by
 * hand.
 */
class RunSummaryTest {

	@Test
	void percentilesLieBetweenTheNearestScenarios() {
		double[] sorted = { 0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0 };
		assertThat(RunSummary.percentile(sorted, 0.1)).isCloseTo(0.6, within(1e-9));
		assertThat(RunSummary.percentile(sorted, 0.5)).isCloseTo(1.0, within(1e-9));
		assertThat(RunSummary.percentile(new double[] { 0.2, 0.4 }, 0.5)).isCloseTo(0.3, within(1e-9));
	}

	@Test
	void theSummaryTakesTheSpreadPerKindAndTheMeanPerMunicipality() {
		RunSummary summary = RunSummary.of(List.of(report(0, 0.5, 100), report(1, 1.0, 0), report(2, 0.75, 50)));
		assertThat(summary.scenarios()).isEqualTo(3);
		assertThat(summary.reliability().get("drinking").p50()).isEqualTo(0.75);
		assertThat(summary.meanShortfall().get("drinking")).isCloseTo(50, within(1e-9));
		assertThat(summary.placeShortfall().get("0630").get("drinking")).isCloseTo(50, within(1e-9));
		assertThat(summary.yearly().get("drinking")).hasSize(2);
		assertThat(summary.yearly().get("drinking").get(1).p10()).isCloseTo(0.55, within(1e-9));
	}

	@Test
	void longHorizonsAreSummedIntoQuartersAndKeepTheirTotal() {
		assertThat(Chart.step(372)).isEqualTo(3);
		assertThat(Chart.step(120)).isEqualTo(1);
		assertThat(Chart.step(1200)).isEqualTo(12);
		long[] months = new long[372];
		Arrays.fill(months, 10);
		double[] quarters = Chart.summed(months, 3);
		assertThat(quarters).hasSize(124);
		assertThat(Arrays.stream(quarters).sum()).isEqualTo(3720);
	}

	private static ScenarioReport report(int index, double reliability, double shortfall) {
		return new ScenarioReport(index, "s" + index, "2025-01", 24, Map.of("drinking", reliability),
				Map.of("drinking", shortfall), shortfall, 0, 0, List.of(), List.of(),
				Map.of("0630",
						new ScenarioReport.Place(Map.of("drinking", reliability), Map.of("drinking", shortfall))),
				Map.of("drinking", new double[] { 1.0, reliability }), 0);
	}

}
