package dk.samspil.allocation;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** A bad model is refused with a message that names what is wrong and where. */
class ModelErrorsTest {

	@Test
	void aNegativeCapacityNamesTheLink() {
		assertThatThrownBy(() -> Network.builder()
			.store("well", 0, 0, null)
			.demand("town", "t", 1, 0)
			.link("pipe-7", "well", "town", -5, 0, 0)).isInstanceOf(ModelException.class)
			.hasMessageContaining("link 'pipe-7'")
			.hasMessageContaining("-5");
	}

	@Test
	void aMissingCapacityNamesTheStore() {
		assertThatThrownBy(() -> Network.builder().store("aquifer-3", Double.NaN, 0, null))
			.isInstanceOf(ModelException.class)
			.hasMessageContaining("store 'aquifer-3'")
			.hasMessageContaining("missing");
	}

	@Test
	void aDemandNoSourceCanReachIsNamed() {
		assertThatThrownBy(() -> Network.builder()
			.store("well", 0, 0, null)
			.junction("island")
			.demand("lighthouse", "t", 1, 0)
			.link("a", "island", "lighthouse", 10, 0, 0)
			.build()).isInstanceOf(ModelException.class).hasMessageContaining("demand 'lighthouse' cannot be reached");
	}

	@Test
	void aSeriesOfTheWrongLengthNamesTheSeriesAndItsNode() {
		Network network = Network.builder()
			.store("well", 0, 0, "recharge")
			.demand("town", "town", 1, 0)
			.link("a", "well", "town", 10, 0, 0)
			.build();
		Engine engine = new Engine(network, new Horizon(YearMonth.of(2030, 1), 12));
		Scenario scenario = new Scenario("short", Map.of("recharge", new double[12], "town", new double[11]));

		assertThatThrownBy(() -> engine.run(scenario)).isInstanceOf(ModelException.class)
			.hasMessageContaining("series 'town'")
			.hasMessageContaining("demand 'town'")
			.hasMessageContaining("11 values, expected 12");
	}

	@Test
	void aLinkToAnUnknownNodeNamesBoth() {
		assertThatThrownBy(() -> Network.builder().store("well", 0, 0, null).link("pipe", "well", "nowhere", 1, 0, 0))
			.isInstanceOf(ModelException.class)
			.hasMessageContaining("link 'pipe'")
			.hasMessageContaining("'nowhere'");
	}

	@Test
	void aLinkBackToItsOwnNodeIsRefused() {
		assertThatThrownBy(() -> Network.builder().junction("hub").link("loop", "hub", "hub", 1, 0, 0))
			.isInstanceOf(ModelException.class)
			.hasMessageContaining("link 'loop'")
			.hasMessageContaining("back to itself");
	}

}
