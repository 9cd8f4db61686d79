package dk.samspil.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;

import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The warm-started simplex against OR-Tools' min-cost flow started from nothing, step
 * after step on random graphs whose capacities and supplies change every step as months
 * do: the same optimum, the same verdict when the supplies cannot be routed, and a flow
 * that keeps every bound and balance.
 */
class NetworkSimplexTest {

	@Test
	void everyStepFromTheLastBasisHasTheOptimumOfASolveFromScratch() {
		Random random = new Random(1234);
		int infeasible = 0;
		long flips = 0;
		for (int g = 0; g < 200; g++) {
			Graph graph = Graph.random(random);
			NetworkSimplex simplex = new NetworkSimplex(graph.nodes, graph.tail, graph.head, graph.cost);
			// the same steps mended from the last: only the arcs and supplies that
			// changed
			NetworkSimplex mended = new NetworkSimplex(graph.nodes, graph.tail, graph.head, graph.cost);
			for (int step = 0; step < 24; step++) {
				graph.newMonth(random);
				Long reference = graph.solveWithOrTools();
				NetworkSimplex.Result result = simplex.solve(graph.capacity, graph.supply);
				NetworkSimplex.Result update = mended.update(graph.cost, graph.capacity, graph.supply);
				NetworkSimplex.Result expected = reference == null ? NetworkSimplex.Result.INFEASIBLE
						: NetworkSimplex.Result.OPTIMAL;
				assertThat(result).as("graph %d step %d", g, step).isEqualTo(expected);
				assertThat(update).as("graph %d step %d mended", g, step).isEqualTo(expected);
				if (reference == null) {
					infeasible++;
					continue;
				}
				assertThat(simplex.totalCost()).as("graph %d step %d", g, step).isEqualTo(reference);
				assertThat(mended.totalCost()).as("graph %d step %d mended", g, step).isEqualTo(reference);
				graph.assertFeasible(simplex);
				graph.assertFeasible(mended);
			}
			flips += simplex.flips() + mended.flips();
		}
		assertThat(infeasible).as("both verdicts are tested, each many times").isBetween(500, 200 * 24 - 500);
		assertThat(flips).as("arcs going over to their other bound within a pivot are tested").isPositive();
	}

	/**
	 * A step may start from a basis kept steps earlier instead of the last one (a month
	 * starts from the basis of the same month a year before), whatever that step ended
	 * with.
	 */
	@Test
	void everyStepFromABasisKeptEarlierHasTheOptimumOfASolveFromScratch() {
		Random random = new Random(5678);
		int infeasible = 0;
		for (int g = 0; g < 200; g++) {
			Graph graph = Graph.random(random);
			NetworkSimplex simplex = new NetworkSimplex(graph.nodes, graph.tail, graph.head, graph.cost);
			NetworkSimplex.Basis[] kept = new NetworkSimplex.Basis[4];
			for (int step = 0; step < 24; step++) {
				graph.newMonth(random);
				if (kept[step % 4] != null) {
					simplex.restore(kept[step % 4]);
				}
				Long reference = graph.solveWithOrTools();
				NetworkSimplex.Result result = simplex.update(graph.cost, graph.capacity, graph.supply);
				kept[step % 4] = simplex.basis(kept[step % 4]);
				if (reference == null) {
					assertThat(result).as("graph %d step %d", g, step).isEqualTo(NetworkSimplex.Result.INFEASIBLE);
					infeasible++;
					continue;
				}
				assertThat(result).as("graph %d step %d", g, step).isEqualTo(NetworkSimplex.Result.OPTIMAL);
				assertThat(simplex.totalCost()).as("graph %d step %d", g, step).isEqualTo(reference);
				graph.assertFeasible(simplex);
			}
		}
		assertThat(infeasible).as("bases kept from steps that could not be met are tested too").isPositive();
	}

	/**
	 * The data of a step seen before, started from the basis that step ended with, is
	 * solved at once; from the basis of the step between, it takes pivots.
	 */
	@Test
	void aStepSeenBeforeTakesNoPivotFromTheBasisItEndedWith() {
		Random random = new Random(8765);
		long fromTheLast = 0;
		for (int g = 0; g < 200; g++) {
			Graph graph = Graph.random(random);
			NetworkSimplex simplex = new NetworkSimplex(graph.nodes, graph.tail, graph.head, graph.cost);
			NetworkSimplex again = new NetworkSimplex(graph.nodes, graph.tail, graph.head, graph.cost);
			graph.newMonth(random);
			long[] capacity = graph.capacity.clone();
			long[] supply = graph.supply.clone();
			if (simplex.solve(capacity, supply) != NetworkSimplex.Result.OPTIMAL) {
				continue;
			}
			again.solve(capacity, supply);
			long optimum = simplex.totalCost();
			NetworkSimplex.Basis basis = simplex.basis(null);
			graph.newMonth(random);
			simplex.update(graph.cost, graph.capacity, graph.supply);
			again.update(graph.cost, graph.capacity, graph.supply);
			simplex.restore(basis);
			long pivots = simplex.pivots();
			assertThat(simplex.update(graph.cost, capacity, supply)).isEqualTo(NetworkSimplex.Result.OPTIMAL);
			assertThat(simplex.pivots()).as("graph %d", g).isEqualTo(pivots);
			assertThat(simplex.totalCost()).as("graph %d", g).isEqualTo(optimum);
			long before = again.pivots();
			again.update(graph.cost, capacity, supply);
			fromTheLast += again.pivots() - before;
		}
		assertThat(fromTheLast).as("pivots of the same steps from the basis of the step between").isPositive();
	}

	@Test
	void afterChangingTheCostsAndCapacitiesOfAFewArcsOnlyTheSameOptimumAsASolveFromScratch() {
		Random random = new Random(4321);
		int infeasible = 0;
		int changedCosts = 0;
		for (int g = 0; g < 200; g++) {
			Graph graph = Graph.random(random);
			NetworkSimplex simplex = new NetworkSimplex(graph.nodes, graph.tail, graph.head, graph.cost);
			graph.newMonth(random);
			simplex.solve(graph.cost, graph.capacity, graph.supply);
			for (int round = 0; round < 12; round++) {
				// as between the solves of fair shares: a few arcs get another worth and
				// capacity, supplies stay
				int[] changed = new int[1 + random.nextInt(6)];
				for (int i = 0; i < changed.length; i++) {
					int a = random.nextInt(graph.tail.length);
					changed[i] = a;
					if (random.nextBoolean()) {
						graph.cost[a] = random.nextInt(3) == 0 ? -random.nextInt(1000) : random.nextInt(1000);
						changedCosts++;
					}
					if (random.nextBoolean()) {
						graph.capacity[a] = random.nextInt(4) == 0 ? 0 : random.nextInt(60);
					}
				}
				Long reference = graph.solveWithOrTools();
				NetworkSimplex.Result result = simplex.resolve(graph.cost, graph.capacity, changed, 0, changed.length);
				assertThat(result).as("graph %d round %d", g, round)
					.isEqualTo(reference == null ? NetworkSimplex.Result.INFEASIBLE : NetworkSimplex.Result.OPTIMAL);
				if (reference == null) {
					infeasible++;
					continue;
				}
				assertThat(simplex.totalCost()).as("graph %d round %d", g, round).isEqualTo(reference);
				graph.assertFeasible(simplex);
			}
		}
		assertThat(infeasible).as("both verdicts are tested").isBetween(100, 200 * 12 - 100);
		assertThat(changedCosts).isPositive();
	}

	@Test
	void whenTheSimplexGivesUpOrToolsSolvesTheStep() {
		Random random = new Random(99);
		for (int i = 0; i < 20; i++) {
			StepProblem problem = RandomNetworks.loaded(RandomNetworks.generate(random, false));
			double[] flow = new double[problem.arcCount()];
			FlowSolver patient = new FlowSolver(problem);
			FlowSolver impatient = new FlowSolver(problem, 0);
			assertThat(patient.solve(flow)).isTrue();
			assertThat(impatient.solve(flow)).isTrue();
			assertThat(impatient.optimalCost()).isEqualTo(patient.optimalCost());
			assertThat(impatient.fallbacks()).isOne();
			assertThat(patient.fallbacks()).isZero();
		}
	}

	@Test
	void afterGivingUpOnAStepTheSimplexCarriesOnFromItsBasis() {
		Random random = new Random(7);
		int gaveUp = 0;
		int solvedAfter = 0;
		for (int g = 0; g < 100; g++) {
			Graph graph = Graph.random(random);
			NetworkSimplex impatient = new NetworkSimplex(graph.nodes, graph.tail, graph.head, graph.cost, 3);
			boolean given = false;
			for (int step = 0; step < 12; step++) {
				graph.newMonth(random);
				Long reference = graph.solveWithOrTools();
				NetworkSimplex.Result result = impatient.solve(graph.capacity, graph.supply);
				if (result == NetworkSimplex.Result.GAVE_UP) {
					gaveUp++;
					given = true;
					continue;
				}
				assertThat(result)
					.isEqualTo(reference == null ? NetworkSimplex.Result.INFEASIBLE : NetworkSimplex.Result.OPTIMAL);
				if (reference != null) {
					assertThat(impatient.totalCost()).isEqualTo(reference);
					solvedAfter += given ? 1 : 0;
				}
			}
		}
		assertThat(gaveUp).isPositive();
		assertThat(solvedAfter).as("optimal steps after one it gave up on").isPositive();
	}

	@Test
	void numbersTooLargeToAddUpSafelyAreLeftToASolverThatChecksThem() {
		// sink 0, source 1, demand 2; the two parallel pipes had no capacity last month
		// and are huge this month
		NetworkSimplex simplex = new NetworkSimplex(3, new int[] { 1, 1, 2, 1 }, new int[] { 2, 2, 0, 0 },
				new long[] { 0, 0, -100, 0 });
		long[] supply = { -10, 10, 0 };
		assertThat(simplex.solve(new long[] { 0, 0, 10, 10 }, supply)).isEqualTo(NetworkSimplex.Result.OPTIMAL);
		assertThat(simplex.solve(new long[] { Long.MAX_VALUE, Long.MAX_VALUE, 10, 10 }, supply))
			.isEqualTo(NetworkSimplex.Result.GAVE_UP);
		assertThat(simplex.solve(new long[] { 1_000_000, 1_000_000, 10, 10 }, supply))
			.isEqualTo(NetworkSimplex.Result.OPTIMAL);
		assertThat(simplex.totalCost()).isEqualTo(-1000);
	}

	/**
	 * A random graph with arcs of any cost sign, parallel arcs and cycles; one node takes
	 * what the others give.
	 */
	private static final class Graph {

		final int nodes;

		final int[] tail;

		final int[] head;

		final long[] cost;

		final long[] capacity;

		final long[] supply;

		private Graph(int nodes, int arcs) {
			this.nodes = nodes;
			tail = new int[arcs];
			head = new int[arcs];
			cost = new long[arcs];
			capacity = new long[arcs];
			supply = new long[nodes];
		}

		static Graph random(Random random) {
			int nodes = 2 + random.nextInt(30);
			Graph graph = new Graph(nodes, 2 * nodes + random.nextInt(4 * nodes));
			for (int a = 0; a < graph.tail.length; a++) {
				// every node has a way to the taker and back, as every store can spill
				// and every demand go short
				if (a < 2 * nodes) {
					int other = 1 + (a / 2) % (nodes - 1);
					graph.tail[a] = a % 2 == 0 ? other : 0;
					graph.head[a] = a % 2 == 0 ? 0 : other;
				}
				else {
					graph.tail[a] = random.nextInt(nodes);
					do {
						graph.head[a] = random.nextInt(nodes);
					}
					while (graph.head[a] == graph.tail[a]);
				}
				graph.cost[a] = random.nextInt(5) == 0 ? -random.nextInt(1000) : random.nextInt(1000);
			}
			return graph;
		}

		void newMonth(Random random) {
			for (int a = 0; a < capacity.length; a++) {
				capacity[a] = random.nextInt(6) == 0 ? 0 : random.nextInt(60);
			}
			long total = 0;
			for (int n = 1; n < nodes; n++) {
				supply[n] = random.nextInt(3) == 0 ? random.nextInt(80) - 30 : 0;
				total += supply[n];
			}
			supply[0] = -total;
		}

		/**
		 * The optimum from OR-Tools, or null when it finds the supplies cannot be routed.
		 */
		Long solveWithOrTools() {
			OrTools.load();
			MinCostFlow solver = new MinCostFlow(nodes, tail.length);
			try {
				for (int a = 0; a < tail.length; a++) {
					solver.addArcWithCapacityAndUnitCost(tail[a], head[a], capacity[a], cost[a]);
				}
				for (int n = 0; n < nodes; n++) {
					solver.setNodeSupply(n, supply[n]);
				}
				return solver.solve() == MinCostFlowBase.Status.OPTIMAL ? solver.getOptimalCost() : null;
			}
			finally {
				solver.delete();
			}
		}

		void assertFeasible(NetworkSimplex simplex) {
			long[] balance = supply.clone();
			for (int a = 0; a < tail.length; a++) {
				long f = simplex.flow(a);
				assertThat(f).isBetween(0L, capacity[a]);
				balance[tail[a]] -= f;
				balance[head[a]] += f;
			}
			assertThat(balance).containsOnly(0L);
		}

	}

}
