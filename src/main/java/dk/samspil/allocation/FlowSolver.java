package dk.samspil.allocation;

import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;

/**
 * The fast path: OR-Tools' min-cost flow (cost scaling) on a graph built once per run and kept for all its steps.
 * Only capacities and supplies that changed since the last step cross into native code. Its time grows roughly
 * with the range of costs, which is why {@link Weights} keeps every gap as narrow as the priorities allow.
 */
final class FlowSolver implements StepSolver {

	private final StepProblem problem;
	private final MinCostFlow solver;
	private final long[] flow;
	private final long[] lastCapacity;
	private final long[] lastSupply;
	private String status = "NOT_SOLVED";

	FlowSolver(StepProblem problem) {
		OrTools.load();
		this.problem = problem;
		int arcs = problem.arcCount();
		solver = new MinCostFlow(problem.sink + 1, arcs);
		for (int a = 0; a < arcs; a++) {
			solver.addArcWithCapacityAndUnitCost(problem.tail[a], problem.head[a], 0, problem.cost[a]);
		}
		flow = new long[arcs];
		lastCapacity = new long[arcs];
		lastSupply = new long[problem.sink + 1];
	}

	@Override
	public boolean solve(double[] out) {
		long[] capacity = problem.capacity;
		for (int a = 0; a < capacity.length; a++) {
			if (capacity[a] != lastCapacity[a]) {
				solver.setArcCapacity(a, capacity[a]);
				lastCapacity[a] = capacity[a];
			}
		}
		long[] supply = problem.supply;
		for (int n = 0; n < supply.length; n++) {
			if (supply[n] != lastSupply[n]) {
				solver.setNodeSupply(n, supply[n]);
				lastSupply[n] = supply[n];
			}
		}
		MinCostFlowBase.Status result = solver.solve();
		status = result.toString();
		if (result != MinCostFlowBase.Status.OPTIMAL) {
			return false;
		}
		for (int a = 0; a < flow.length; a++) {
			out[a] = lastCapacity[a] == 0 ? 0 : solver.getFlow(a);
		}
		return true;
	}

	/** The optimum of the last solve, in the problem's integer cost units. */
	long optimalCost() {
		return solver.getOptimalCost();
	}

	@Override
	public String status() {
		return status;
	}

	@Override
	public void close() {
		solver.delete();
	}
}
