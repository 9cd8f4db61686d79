package dk.samspil.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** What a planner relies on when water runs short in a month. */
class PriorityTest {

	private final Horizon oneMonth = Horizon.years(2030, 2030);

	@Test
	void householdsAreServedBeforePtxWhenWaterRunsShort() {
		Network network = Network.builder()
			.store("well", 0, 0, "recharge")
			.demand("households", "households", 1, 0)
			.demand("ptx", "ptx", 3, 0)
			// the PtX link is cheaper, so only priority can explain households winning
			.link("to-households", "well", "households", 1e9, 5, 0)
			.link("to-ptx", "well", "ptx", 1e9, 0, 0)
			.build();
		ScenarioResult result = run(network, Map.of("recharge", 100.0, "households", 80.0, "ptx", 50.0));

		assertThat(result.delivered("households", 0)).isEqualTo(80);
		assertThat(result.delivered("ptx", 0)).isEqualTo(20);
	}

	@Test
	void demandsOfOneTierShareAShortageByEqualPercentage() {
		Network network = Network.builder()
			.store("well", 0, 0, "recharge")
			.demand("town", "town", 1, 0)
			.demand("village", "village", 1, 0)
			.link("a", "well", "town", 1e9, 0, 0)
			.link("b", "well", "village", 1e9, 3, 0)
			.build();
		ScenarioResult result = run(network, Map.of("recharge", 600.0, "town", 1000.0, "village", 200.0));

		// exactly half each, not to a twentieth
		assertThat(result.delivered("town", 0)).isEqualTo(500);
		assertThat(result.delivered("village", 0)).isEqualTo(100);
	}

	@Test
	void noDemandIsMetInFullWhileARivalForItsWaterGoesShort() {
		Network network = Network.builder()
			.store("well", 0, 0, "recharge")
			.demand("dairy", "dairy", 3, 0)
			.demand("ptx", "ptx", 3, 0)
			// the dairy's link is cheaper, yet the shortage must not fall on the
			// electrolyser alone
			.link("a", "well", "dairy", 1e9, 0, 0)
			.link("b", "well", "ptx", 1e9, 2, 0)
			.build();
		ScenarioResult result = run(network, Map.of("recharge", 1180.0, "dairy", 600.0, "ptx", 600.0));

		assertThat(result.delivered("dairy", 0)).isLessThan(600);
		assertThat(result.delivered("ptx", 0)).isLessThan(600);
		assertThat(result.delivered("dairy", 0) + result.delivered("ptx", 0)).isEqualTo(1180);
		assertThat(result.met("dairy", 0)).isFalse();
		assertThat(result.met("ptx", 0)).isFalse();
	}

	@Test
	void aShortageIsSharedEquallyAmongDemandsThatCanOnlyReachEachOtherThroughAHigherRanksWater() {
		Network network = Network.builder()
			.store("north", 0, 0, "north")
			.store("south", 0, 0, "south")
			.demand("hospital", "hospital", 1, 0)
			.demand("dairy", "dairy", 1, 1)
			.demand("ptx", "ptx", 1, 1)
			// dairy and electrolyser share no source, but the hospital can take either,
			// freeing water for one of them
			.link("north-hospital", "north", "hospital", 1e9, 0, 0)
			.link("south-hospital", "south", "hospital", 1e9, 0, 0)
			.link("north-dairy", "north", "dairy", 1e9, 0, 0)
			.link("south-ptx", "south", "ptx", 1e9, 0, 0)
			.build();
		ScenarioResult result = run(network,
				Map.of("north", 100.0, "south", 100.0, "hospital", 50.0, "dairy", 300.0, "ptx", 200.0));

		assertThat(result.delivered("hospital", 0)).isEqualTo(50);
		assertThat(result.delivered("dairy", 0)).isEqualTo(90);
		assertThat(result.delivered("ptx", 0)).isEqualTo(60);
	}

	@Test
	void aLowerRankWaitsUntilAHigherRankInTheSameTierIsFull() {
		Network network = Network.builder()
			.store("well", 0, 0, "recharge")
			.demand("refinery", "refinery", 3, 1)
			.demand("ptx", "ptx", 3, 2)
			.link("a", "well", "refinery", 1e9, 9, 0)
			.link("b", "well", "ptx", 1e9, 0, 0)
			.build();
		ScenarioResult result = run(network, Map.of("recharge", 100.0, "refinery", 70.0, "ptx", 70.0));

		assertThat(result.delivered("refinery", 0)).isEqualTo(70);
		assertThat(result.delivered("ptx", 0)).isEqualTo(30);
	}

	@Test
	void onlyATierAllowedToBreakACapDoesSoAndTheResultSaysHowMuch() {
		Network network = Network.builder()
			.store("aquifer", 1e6, 1e6, null)
			.junction("abstraction")
			.demand("households", "households", 1, 0)
			.demand("ptx", "ptx", 3, 0)
			.cappedLink("wells", "aquifer", "abstraction", 1e9, 0, "cap", 1)
			.link("a", "abstraction", "households", 1e9, 0, 0)
			.link("b", "abstraction", "ptx", 1e9, 0, 0)
			.build();
		ScenarioResult result = run(network, Map.of("cap", 100.0, "households", 150.0, "ptx", 500.0));

		assertThat(result.delivered("households", 0)).isEqualTo(150);
		assertThat(result.delivered("ptx", 0)).isZero();
		assertThat(result.capExcess("wells", 0)).isEqualTo(50);
	}

	@Test
	void nobodyBreaksACapThatNoTierMayBreak() {
		Network network = Network.builder()
			.store("aquifer", 1e6, 1e6, null)
			.demand("households", "households", 1, 0)
			.cappedLink("wells", "aquifer", "households", 1e9, 0, "cap", null)
			.build();
		ScenarioResult result = run(network, Map.of("cap", 100.0, "households", 150.0));

		assertThat(result.delivered("households", 0)).isEqualTo(100);
		assertThat(result.capExcess("wells", 0)).isZero();
	}

	@Test
	void theCheaperSourceServesFirstWhenEitherCould() {
		Network network = Network.builder()
			.store("groundwater", 0, 0, "gw")
			.store("desalination", 0, 0, "sea")
			.demand("ptx", "ptx", 3, 0)
			.link("wells", "groundwater", "ptx", 1e9, 0.8, 0)
			.link("plant", "desalination", "ptx", 1e9, 8, 0)
			.build();
		ScenarioResult result = run(network, Map.of("gw", 500.0, "sea", 500.0, "ptx", 300.0));

		assertThat(result.flow("wells", 0)).isEqualTo(300);
		assertThat(result.flow("plant", 0)).isZero();
	}

	@Test
	void tenOreAMetreDecidesBetweenTwoSourcesInAModelWithADearOne() {
		Network network = Network.builder()
			.store("north", 0, 0, "north")
			.store("south", 0, 0, "south")
			.store("desalination", 0, 0, "sea")
			.demand("ptx", "ptx", 3, 0)
			.link("from-south", "south", "ptx", 1e9, 0.5, 0)
			.link("from-north", "north", "ptx", 1e9, 0.4, 0)
			.link("plant", "desalination", "ptx", 1e9, 8, 0)
			.build();
		ScenarioResult result = run(network, Map.of("north", 500.0, "south", 500.0, "sea", 500.0, "ptx", 300.0));

		assertThat(result.flow("from-north", 0)).isEqualTo(300);
		assertThat(result.flow("from-south", 0)).isZero();
	}

	private ScenarioResult run(Network network, Map<String, Double> values) {
		Map<String, double[]> series = new HashMap<>();
		values.forEach((key, value) -> series.put(key, new double[] { value }));
		Horizon horizon = new Horizon(oneMonth.start(), 1);
		return new Engine(network, horizon).run(new Scenario("test", series));
	}

}
