package dk.samspil.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/**
 * Equal shares exact: on random networks where water is short, every demand gets what
 * max-min fair progressive filling with an LP says it should, to a unit, and every tier
 * gets what a tier-by-tier LP says it can.
 */
class FairSharesTest {

	private static final int NETWORKS = 300;

	private final Horizon oneMonth = new Horizon(YearMonth.of(2030, 1), 1);

	@Test
	void everyDemandGetsItsMaxMinFairShareToAUnitOnRandomScarceNetworks() {
		Random random = new Random(20261203);
		int shared = 0;
		for (int i = 0; i < NETWORKS; i++) {
			RandomNetworks.Case c = RandomNetworks.scarce(random);
			ScenarioResult result = new Engine(c.network(), oneMonth).run(c.scenario());
			Map<String, Double> fair = FairReference.delivered(c);
			boolean short_ = false;
			for (Map.Entry<String, Double> demand : fair.entrySet()) {
				assertThat(result.delivered(demand.getKey(), 0))
					.as("network %d %s, demand %s", i, c.network().linkIds(), demand.getKey())
					.isCloseTo(demand.getValue(), within(1.0 + 1e-6));
				short_ |= demand.getValue() < c.demand().get(demand.getKey()) - 1;
			}
			shared += short_ ? 1 : 0;
		}
		assertThat(shared).as("networks with a shortage to share").isGreaterThan(NETWORKS / 2);
	}

	@Test
	void everyTierGetsWhatTheTierByTierLpSaysOnRandomScarceNetworks() {
		Random random = new Random(20261204);
		for (int i = 0; i < NETWORKS; i++) {
			RandomNetworks.Case c = RandomNetworks.scarce(random);
			ScenarioResult result = new Engine(c.network(), oneMonth).run(c.scenario());
			TreeMap<Integer, Double> reference = LexicographicReference.tierTotals(c, "GLOP");
			int network = i;
			reference.forEach((tier, total) -> {
				double sum = 0;
				for (Node node : c.network().nodes) {
					sum += node.isDemand() && node.tier() == tier ? result.delivered(node.id(), 0) : 0;
				}
				assertThat(sum).as("network %d, tier %d", network, tier).isCloseTo(total, within(1e-4 + 1e-6 * total));
			});
		}
	}

}
