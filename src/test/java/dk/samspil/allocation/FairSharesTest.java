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

	/**
	 * A month starts from the groups of equal share and the totals the month before left,
	 * as guesses to check: every month of a run must still be max-min fair, from the
	 * state the months before left (what each store has, what is left of each cap).
	 */
	@Test
	void everyMonthOfARunIsMaxMinFairWhateverTheMonthBeforeLeft() {
		Random random = new Random(20261205);
		Horizon year = new Horizon(YearMonth.of(2030, 1), 12);
		int shared = 0;
		for (int i = 0; i < NETWORKS / 5; i++) {
			RandomNetworks.Case c = RandomNetworks.scarce(random, year.months());
			ScenarioResult result = new Engine(c.network(), year).run(c.scenario());
			for (int m = 0; m < year.months(); m++) {
				Map<String, Double> fair = FairReference.delivered(monthOf(c, result, m));
				for (Map.Entry<String, Double> demand : fair.entrySet()) {
					assertThat(result.delivered(demand.getKey(), m))
						.as("network %d, month %d, demand %s", i, m, demand.getKey())
						.isCloseTo(demand.getValue(), within(1.0 + 1e-6));
				}
				for (Map.Entry<String, Double> demand : fair.entrySet()) {
					if (demand.getValue() < result.demand(demand.getKey(), m) - 1) {
						shared++;
						break;
					}
				}
			}
		}
		assertThat(shared).as("months with a shortage to share").isGreaterThan(NETWORKS / 5 * 12 / 2);
	}

	/**
	 * Month {@code m} of a run as a case of its own: every store holding what it had to
	 * give that month, every cap what the months before left of it.
	 */
	private static RandomNetworks.Case monthOf(RandomNetworks.Case c, ScenarioResult result, int m) {
		Map<String, Double> available = new TreeMap<>();
		Map<String, Double> none = new TreeMap<>();
		Map<String, Double> demand = new TreeMap<>();
		for (Node node : c.network().nodes) {
			if (node.isStore()) {
				available.put(node.id(), result.available(node.id(), m));
				none.put(node.id(), 0.0);
			}
			else if (node.isDemand()) {
				demand.put(node.id(), result.demand(node.id(), m));
			}
		}
		Map<String, Double> caps = new TreeMap<>();
		c.caps().forEach((link, cap) -> {
			double used = 0;
			for (int k = 0; k < m; k++) {
				used += result.flow(link, k);
			}
			caps.put(link, Math.max(0, cap - used));
		});
		return new RandomNetworks.Case(c.network(), c.scenario(), none, demand, available, caps);
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
