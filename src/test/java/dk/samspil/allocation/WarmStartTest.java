package dk.samspil.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samspil.allocation.file.ModelFile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/**
 * Each solve starts from the basis the solve before left: the month before, or the same
 * month with other shares (FairShares). Over thirty years of a dry scenario with a
 * growing electrolyser, every solve must reach the optimum, and give each tier what,
 * OR-Tools' min-cost flow reaches and gives on the same problem from nothing, without
 * ever handing a solve to OR-Tools.
 */
class WarmStartTest {

	@Test
	void everyMonthFromTheLastBasisReachesTheOptimumOfASolveFromNothing() {
		ModelFile file = ModelFile.resource("/allocation/triangle-region.json");
		Network network = file.model().network();
		Horizon horizon = file.horizon();
		Scenario scenario = file.model().scenario(file.scenario("hysynergy-1gw-dry-growth"), horizon);
		List<Comparison> months = new ArrayList<>();
		List<Compared> solvers = new ArrayList<>();
		new Simulation(network, horizon, scenario, problem -> {
			Compared solver = new Compared(problem, months);
			solvers.add(solver);
			return solver;
		}).run(horizon.months());
		int fallbacks = solvers.stream().mapToInt(solver -> solver.warm.fallbacks()).sum();
		// a month takes one solve, and more where a shortage is shared: each of them
		// checked
		assertThat(months.size()).isGreaterThanOrEqualTo(horizon.months());
		int scarce = 0;
		for (int m = 0; m < months.size(); m++) {
			Comparison month = months.get(m);
			assertThat(month.warmCost()).as("optimum of solve %d", m).isEqualTo(month.coldCost());
			assertThat(month.warmTiers()).as("tiers in solve %d", m).isEqualTo(month.coldTiers());
			scarce += month.warmTiers().equals(month.wanted()) ? 0 : 1;
		}
		assertThat(scarce).as("solves in which some tier goes short").isGreaterThan(12);
		assertThat(fallbacks).as("months the simplex gave up").isZero();
	}

	private record Comparison(long warmCost, long coldCost, Map<Integer, Long> warmTiers, Map<Integer, Long> coldTiers,
			Map<Integer, Long> wanted) {
	}

	/**
	 * The engine's solver, with every month also solved by OR-Tools on a new graph that
	 * carries nothing over.
	 */
	private static final class Compared implements StepSolver {

		private final StepProblem problem;

		private final FlowSolver warm;

		private final List<Comparison> months;

		Compared(StepProblem problem, List<Comparison> months) {
			this.problem = problem;
			this.warm = new FlowSolver(problem);
			this.months = months;
		}

		@Override
		public boolean solve(double[] flow) {
			FlowSolver cold = new FlowSolver(problem, 0);
			double[] coldFlow = new double[flow.length];
			boolean solved = warm.solve(flow);
			assertThat(cold.solve(coldFlow)).isTrue();
			assertThat(cold.fallbacks()).isOne();
			months.add(new Comparison(warm.optimalCost(), cold.optimalCost(), byTier(flow), byTier(coldFlow),
					byTier(problem.capacity)));
			return solved;
		}

		private Map<Integer, Long> byTier(double[] flow) {
			long[] values = new long[flow.length];
			for (int a = 0; a < flow.length; a++) {
				values[a] = Math.round(flow[a]);
			}
			return byTier(values);
		}

		/** What the demand arcs of each tier carry. */
		private Map<Integer, Long> byTier(long[] arcs) {
			Map<Integer, Long> tiers = new TreeMap<>();
			for (int a = 0; a < arcs.length; a++) {
				if (problem.kind[a] == StepProblem.DEMAND) {
					tiers.merge(problem.network.nodes.get(problem.owner[a]).tier(), arcs[a], Long::sum);
				}
			}
			return tiers;
		}

		@Override
		public String status() {
			return warm.status();
		}

		@Override
		public void close() {
		}

	}

}
