package dk.samspil.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/**
 * The guarantees on networks no test was written for: on hundreds of random networks the
 * engine's tiers get exactly what a tier-by-tier LP says they can, and its optimum equals
 * that of other LP backends.
 */
class RandomNetworksTest {

	private static final int NETWORKS = 300;

	private final Horizon oneMonth = new Horizon(YearMonth.of(2030, 1), 1);

	@Test
	void noTierGetsLessThanTheTierByTierLpSaysItCouldOnLosslessNetworks() {
		Random random = new Random(20300101);
		for (int i = 0; i < NETWORKS; i++) {
			RandomNetworks.Case c = RandomNetworks.generate(random, false);
			ScenarioResult result = new Engine(c.network(), oneMonth).run(c.scenario());
			TreeMap<Integer, Double> reference = LexicographicReference.tierTotals(c, "GLOP");
			reference.forEach((tier, total) -> assertThat(deliveredInTier(c, result, tier))
				.as("network %s, tier %d", c.network().linkIds(), tier)
				.isCloseTo(total, within(1e-4 + 1e-6 * total)));
		}
	}

	@Test
	void theLpPathHonoursTiersOnNetworksWithLosses() {
		Random random = new Random(20550101);
		for (int i = 0; i < NETWORKS / 3; i++) {
			RandomNetworks.Case c = RandomNetworks.generate(random, true);
			ScenarioResult result = new Engine(c.network(), oneMonth).run(c.scenario());
			TreeMap<Integer, Double> reference = LexicographicReference.tierTotals(c, "GLOP");
			reference.forEach(
					(tier, total) -> assertThat(deliveredInTier(c, result, tier)).as("lossy network, tier %d", tier)
						.isCloseTo(total, within(1e-4 * Math.max(1, total))));
		}
	}

	@Test
	void theFlowOptimumEqualsTheLpOptimumOfTheSameStepOnTwoBackends() {
		Random random = new Random(42);
		for (int i = 0; i < NETWORKS; i++) {
			RandomNetworks.Case c = RandomNetworks.generate(random, false);
			StepProblem problem = RandomNetworks.loaded(c);
			double[] flow = new double[problem.arcCount()];
			long flowCost;
			try (FlowSolver solver = new FlowSolver(problem)) {
				assertThat(solver.solve(flow)).isTrue();
				flowCost = solver.optimalCost();
			}
			for (String backend : new String[] { "GLOP", "PDLP" }) {
				try (LpSolver lp = new LpSolver(problem, backend)) {
					assertThat(lp.solve(flow)).as(backend).isTrue();
					double tolerance = backend.equals("GLOP") ? 1e-6 : 1e-4;
					assertThat(lp.objectiveValue()).as("%s on network %d", backend, i)
						.isCloseTo(flowCost, within(tolerance * Math.max(1, Math.abs(flowCost))));
				}
			}
		}
	}

	private static double deliveredInTier(RandomNetworks.Case c, ScenarioResult result, int tier) {
		double sum = 0;
		for (Node node : c.network().nodes) {
			if (node.isDemand() && node.tier() == tier) {
				sum += result.delivered(node.id(), 0);
			}
		}
		return sum;
	}

}
