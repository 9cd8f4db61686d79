package dk.samspil.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * Months follow one another: storage carries over, annual caps start afresh, effluent
 * comes back.
 */
class TimeTest {

	@Test
	void waterKeptInStorageOneMonthServesTheNext() {
		Network network = Network.builder()
			.store("reservoir", 500, 0, "inflow")
			.demand("town", "town", 1, 0)
			.link("main", "reservoir", "town", 1e9, 0, 0)
			.build();
		Horizon horizon = new Horizon(YearMonth.of(2030, 1), 2);
		ScenarioResult result = new Engine(network, horizon).run(new Scenario("wet then dry",
				Map.of("inflow", new double[] { 300, 0 }, "town", new double[] { 100, 100 })));

		assertThat(result.storage("reservoir", 0)).isEqualTo(200);
		assertThat(result.delivered("town", 1)).isEqualTo(100);
		assertThat(result.storage("reservoir", 1)).isEqualTo(100);
	}

	@Test
	void anAnnualCapBindsWithinAYearAndStartsAfreshEachJanuary() {
		Network network = Network.builder()
			.store("aquifer", 1e9, 1e9, null)
			.demand("ptx", "ptx", 3, 0)
			.cappedLink("wells", "aquifer", "ptx", 1e9, 0, "cap", null)
			.build();
		Horizon horizon = Horizon.years(2030, 2031);
		double[] demand = new double[24];
		Arrays.fill(demand, 100);
		ScenarioResult result = new Engine(network, horizon)
			.run(new Scenario("capped", Map.of("ptx", demand, "cap", new double[] { 1000, 600 })));

		assertThat(result.annualFlow("wells", 0)).isEqualTo(1000);
		assertThat(result.annualFlow("wells", 1)).isEqualTo(600);
		assertThat(result.delivered("ptx", 0)).isEqualTo(100);
		assertThat(result.delivered("ptx", 11)).isZero();
		assertThat(result.delivered("ptx", 12)).as("January").isEqualTo(100);
	}

	@Test
	void effluentFromWhatHouseholdsGotComesBackAsTechnicalWaterTheNextMonth() {
		Network network = Network.builder()
			.store("waterworks", 0, 0, "potable")
			.store("treatment", 0, 0, null)
			.demand("households", "households", 1, 0)
			.demand("ptx", "ptx", 3, 0)
			.link("mains", "waterworks", "households", 1e9, 0, 0)
			.link("effluent", "treatment", "ptx", 1e9, 0, 0)
			.returnFlow("treatment", List.of("households"), 0.8)
			.build();
		Horizon horizon = new Horizon(YearMonth.of(2030, 1), 3);
		ScenarioResult result = new Engine(network, horizon)
			.run(new Scenario("reuse", Map.of("potable", new double[] { 100, 50, 100 }, "households",
					new double[] { 100, 100, 100 }, "ptx", new double[] { 1000, 1000, 1000 })));

		assertThat(result.delivered("ptx", 1)).isEqualTo(80);
		assertThat(result.delivered("ptx", 2)).as("after a month with half the mains water").isEqualTo(40);
		assertThat(result.sources("ptx", 2)).containsOnlyKeys("treatment");
	}

	@Test
	void sourcesSayWhereADemandsWaterCameFrom() {
		Network network = Network.builder()
			.store("groundwater", 0, 0, "gw")
			.store("desalination", 0, 0, "sea")
			.junction("waterworks")
			.demand("town", "town", 1, 0)
			.link("a", "groundwater", "waterworks", 1e9, 0, 0)
			.link("b", "desalination", "waterworks", 1e9, 10, 0)
			.link("c", "waterworks", "town", 1e9, 0, 0)
			.build();
		ScenarioResult result = new Engine(network, new Horizon(YearMonth.of(2030, 1), 1)).run(new Scenario("mix",
				Map.of("gw", new double[] { 60 }, "sea", new double[] { 100 }, "town", new double[] { 100 })));

		Map<String, Double> sources = result.sources("town", 0);
		assertThat(sources.get("groundwater")).isCloseTo(60, Offset.offset(1e-9));
		assertThat(sources.get("desalination")).isCloseTo(40, Offset.offset(1e-9));
	}

}
