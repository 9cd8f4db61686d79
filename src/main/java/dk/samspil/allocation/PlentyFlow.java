package dk.samspil.allocation;

import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;

/**
 * The month without scarcity, solved without the priorities' large costs. When every demand can be met within
 * caps, the lexicographic optimum meets them all and uses no reserve or breach: on a lossless network a unit
 * short, reserved or beyond a cap costs more than any carry-over or link cost could gain. What is left to choose
 * is what to keep in storage, then the cheapest links. Here demands are fixed node demands and the reserve and
 * breach arcs are closed. Keeping water is worded as a cost on spilling it (the same thing, as all the water not
 * delivered goes to one of the two), so the only costs left are the narrow link costs and the carry-over value,
 * all of them positive. The flow solver
 * reports a month as infeasible when some demand cannot be met, which is the check for scarcity; then the caller
 * solves the month with all its priorities.
 */
final class PlentyFlow implements AutoCloseable {

	private final StepProblem problem;
	private final long[] nodeSupply;
	private final Attempt attempt;

	PlentyFlow(StepProblem problem) {
		OrTools.load();
		this.problem = problem;
		nodeSupply = new long[problem.sink + 1];
		attempt = new Attempt();
	}

	/**
	 * Solves the problem's current data with every demand met, {@code want} per node, into {@code flow}; false when
	 * some demand cannot be met within caps, and then {@code flow} holds nothing of use.
	 */
	boolean solve(long[] want, double[] flow) {
		long[] supply = problem.supply;
		long delivered = 0;
		for (int n = 0; n < problem.sink; n++) {
			boolean demand = problem.firstSegment[n] >= 0;
			nodeSupply[n] = demand ? -want[n] : supply[n];
			delivered += demand ? want[n] : 0;
		}
		nodeSupply[problem.sink] = supply[problem.sink] + delivered;
		if (!attempt.solve(flow)) {
			return false;
		}
		for (int n = 0; n < problem.sink; n++) {
			int first = problem.firstSegment[n];
			int count = problem.segmentCount[n];
			for (int s = 0; first >= 0 && s < count; s++) {
				flow[first + s] = want[n] * (s + 1) / count - want[n] * s / count;
			}
		}
		return true;
	}

	@Override
	public void close() {
		attempt.solver.delete();
	}

	/** The native graph; only capacities and supplies that changed since its last solve cross into native code. */
	private final class Attempt {

		private final MinCostFlow solver;
		private final long[] lastCapacity;
		private final long[] lastSupply;

		Attempt() {
			int arcs = problem.arcCount();
			solver = new MinCostFlow(problem.sink + 1, arcs);
			for (int a = 0; a < arcs; a++) {
				solver.addArcWithCapacityAndUnitCost(problem.tail[a], problem.head[a], 0, cost(a));
			}
			lastCapacity = new long[arcs];
			lastSupply = new long[problem.sink + 1];
		}

		private long cost(int arc) {
			return switch (problem.kind[arc]) {
				case StepProblem.LINK -> problem.cost[arc];
				case StepProblem.SPILL -> problem.weights.carryValue;
				default -> 0;
			};
		}

		private boolean open(int kind) {
			return kind == StepProblem.LINK || kind == StepProblem.CARRY || kind == StepProblem.SPILL;
		}

		boolean solve(double[] flow) {
			long[] capacity = problem.capacity;
			for (int a = 0; a < capacity.length; a++) {
				long open = open(problem.kind[a]) ? capacity[a] : 0;
				if (open != lastCapacity[a]) {
					solver.setArcCapacity(a, open);
					lastCapacity[a] = open;
				}
			}
			for (int n = 0; n < nodeSupply.length; n++) {
				if (nodeSupply[n] != lastSupply[n]) {
					solver.setNodeSupply(n, nodeSupply[n]);
					lastSupply[n] = nodeSupply[n];
				}
			}
			if (solver.solve() != MinCostFlowBase.Status.OPTIMAL) {
				return false;
			}
			for (int a = 0; a < capacity.length; a++) {
				flow[a] = lastCapacity[a] == 0 ? 0 : solver.getFlow(a);
			}
			return true;
		}
	}
}
