package dk.samspil.allocation;

import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;

/**
 * The fast path: OR-Tools' min-cost flow (cost scaling) on a graph built once and kept for all steps of a
 * run. Only capacities and supplies that changed since the last step cross into native code, because at
 * tens of microseconds a step the crossings themselves count.
 */
final class FlowSolver implements StepSolver {

	private final StepProblem problem;
	private final MinCostFlow flow;
	private final long[] lastCapacity;
	private final long[] lastSupply;
	private String status = "NOT_SOLVED";

	FlowSolver(StepProblem problem) {
		OrTools.load();
		this.problem = problem;
		int arcs = problem.arcCount();
		this.flow = new MinCostFlow(problem.sink + 1, arcs);
		for (int a = 0; a < arcs; a++) {
			flow.addArcWithCapacityAndUnitCost(problem.tail[a], problem.head[a], 0, problem.cost[a]);
		}
		this.lastCapacity = new long[arcs];
		this.lastSupply = new long[problem.sink + 1];
	}

	@Override
	public boolean solve(double[] out) {
		long[] capacity = problem.capacity;
		for (int a = 0; a < capacity.length; a++) {
			if (capacity[a] != lastCapacity[a]) {
				flow.setArcCapacity(a, capacity[a]);
				lastCapacity[a] = capacity[a];
			}
		}
		long[] supply = problem.supply;
		for (int n = 0; n < supply.length; n++) {
			if (supply[n] != lastSupply[n]) {
				flow.setNodeSupply(n, supply[n]);
				lastSupply[n] = supply[n];
			}
		}
		MinCostFlowBase.Status result = flow.solve();
		status = result.toString();
		if (result != MinCostFlowBase.Status.OPTIMAL) {
			return false;
		}
		for (int a = 0; a < out.length; a++) {
			out[a] = lastCapacity[a] == 0 ? 0 : flow.getFlow(a);
		}
		return true;
	}

	/** The optimum of the last solve, in the problem's integer cost units. */
	long optimalCost() {
		return flow.getOptimalCost();
	}

	@Override
	public String status() {
		return status;
	}

	@Override
	public void close() {
		flow.delete();
	}
}
