package dk.samspil.allocation;

import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;

/**
 * One min-cost flow graph solved step after step. The {@link NetworkSimplex} goes first, from the basis the last
 * step left; should it ever give up (degenerate pivots going round), OR-Tools' cost-scaling min-cost flow, which
 * always ends, solves that step from scratch and the simplex carries on from its basis the next step.
 */
final class WarmFlow {

	private final int nodes;
	private final int[] tail;
	private final int[] head;
	private final long[] cost;
	private final NetworkSimplex simplex;
	private long optimalCost;
	private int fallbacks;

	WarmFlow(int nodes, int[] tail, int[] head, long[] cost) {
		this(nodes, tail, head, cost, new NetworkSimplex(nodes, tail, head, cost));
	}

	/** With a given pivot budget, so tests can make the simplex give up. */
	WarmFlow(int nodes, int[] tail, int[] head, long[] cost, int budget) {
		this(nodes, tail, head, cost, new NetworkSimplex(nodes, tail, head, cost, budget));
	}

	private WarmFlow(int nodes, int[] tail, int[] head, long[] cost, NetworkSimplex simplex) {
		this.nodes = nodes;
		this.tail = tail;
		this.head = head;
		this.cost = cost;
		this.simplex = simplex;
	}

	/** Solves into {@code out} (one value per arc); false when the supplies cannot be routed within capacities. */
	boolean solve(long[] capacity, long[] supply, double[] out) {
		NetworkSimplex.Result result = simplex.solve(capacity, supply);
		if (result == NetworkSimplex.Result.GAVE_UP) {
			fallbacks++;
			return solveFromScratch(capacity, supply, out);
		}
		if (result == NetworkSimplex.Result.INFEASIBLE) {
			return false;
		}
		for (int a = 0; a < tail.length; a++) {
			out[a] = simplex.flow(a);
		}
		optimalCost = simplex.totalCost();
		return true;
	}

	private boolean solveFromScratch(long[] capacity, long[] supply, double[] out) {
		OrTools.load();
		MinCostFlow solver = new MinCostFlow(nodes, tail.length);
		try {
			for (int a = 0; a < tail.length; a++) {
				solver.addArcWithCapacityAndUnitCost(tail[a], head[a], capacity[a], cost[a]);
			}
			for (int n = 0; n < nodes; n++) {
				solver.setNodeSupply(n, supply[n]);
			}
			if (solver.solve() != MinCostFlowBase.Status.OPTIMAL) {
				return false;
			}
			for (int a = 0; a < tail.length; a++) {
				out[a] = solver.getFlow(a);
			}
			optimalCost = solver.getOptimalCost();
			return true;
		} finally {
			solver.delete();
		}
	}

	/** The optimum of the last successful solve. */
	long optimalCost() {
		return optimalCost;
	}

	/** How many steps OR-Tools had to solve because the simplex gave up. */
	int fallbacks() {
		return fallbacks;
	}
}
