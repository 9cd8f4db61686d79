package dk.samspil.allocation;

import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;

/**
 * The fast path: two OR-Tools min-cost flows (cost scaling) per step on graphs built once per run. The first
 * decides who gets what, with costs that rank only priorities, sharing and storage; the second routes exactly
 * those deliveries at the least money. Cost scaling slows with the range of costs, and folding money into the
 * priority costs multiplies that range by the longest path's cost, so two narrow solves beat one wide one.
 * Only capacities and supplies that changed since the last step cross into native code.
 */
final class FlowSolver implements StepSolver {

	private final StepProblem problem;
	private final Phase priorities;
	private final Phase money;
	private final long[] moneyCapacity;
	private final long[] moneySupply;
	private String status = "NOT_SOLVED";

	FlowSolver(StepProblem problem) {
		OrTools.load();
		this.problem = problem;
		this.priorities = new Phase(problem, problem.priorityCost);
		this.money = new Phase(problem, problem.moneyCost);
		this.moneyCapacity = new long[problem.arcCount()];
		this.moneySupply = new long[problem.sink + 1];
	}

	@Override
	public boolean solve(double[] out) {
		if (!priorities.solve(problem.capacity, problem.supply)) {
			status = "priorities: " + priorities.status;
			return false;
		}
		long[] firstFlow = priorities.flow;
		System.arraycopy(problem.supply, 0, moneySupply, 0, moneySupply.length);
		for (int a = 0; a < moneyCapacity.length; a++) {
			int kind = problem.kind[a];
			if (kind == StepProblem.SEGMENT) {
				// deliveries are fixed: a demand node now simply takes what the first solve gave it
				moneyCapacity[a] = 0;
				moneySupply[problem.tail[a]] -= firstFlow[a];
				moneySupply[problem.sink] += firstFlow[a];
			} else {
				moneyCapacity[a] = kind == StepProblem.BREACH ? firstFlow[a] : problem.capacity[a];
			}
		}
		if (!money.solve(moneyCapacity, moneySupply)) {
			status = "money: " + money.status;
			return false;
		}
		for (int a = 0; a < problem.arcCount(); a++) {
			out[a] = problem.kind[a] == StepProblem.SEGMENT ? firstFlow[a] : money.flow[a];
		}
		status = "OPTIMAL";
		return true;
	}

	/** The optimum of the last first solve: the step's allocation LP, in its integer cost units. */
	long optimalCost() {
		return priorities.solver.getOptimalCost();
	}

	@Override
	public String status() {
		return status;
	}

	@Override
	public void close() {
		priorities.solver.delete();
		money.solver.delete();
	}

	/** One of the two solves, remembering what it last sent to native code. */
	private static final class Phase {

		final MinCostFlow solver;
		final long[] flow;
		private final long[] lastCapacity;
		private final long[] lastSupply;
		String status = "NOT_SOLVED";

		Phase(StepProblem problem, long[] cost) {
			int arcs = problem.arcCount();
			solver = new MinCostFlow(problem.sink + 1, arcs);
			for (int a = 0; a < arcs; a++) {
				solver.addArcWithCapacityAndUnitCost(problem.tail[a], problem.head[a], 0, cost[a]);
			}
			flow = new long[arcs];
			lastCapacity = new long[arcs];
			lastSupply = new long[problem.sink + 1];
		}

		boolean solve(long[] capacity, long[] supply) {
			for (int a = 0; a < capacity.length; a++) {
				if (capacity[a] != lastCapacity[a]) {
					solver.setArcCapacity(a, capacity[a]);
					lastCapacity[a] = capacity[a];
				}
			}
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
				flow[a] = lastCapacity[a] == 0 ? 0 : solver.getFlow(a);
			}
			return true;
		}
	}
}
