package dk.samspil.allocation;

import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;

/**
 * The fast path: a min-cost flow on a graph built once per run. The
 * {@link NetworkSimplex} solves each step from the basis the step before left; should it
 * ever give up (degenerate pivots going round), OR-Tools' cost-scaling min-cost flow,
 * which always ends, solves that step from scratch, and the simplex carries on from its
 * own basis the next step.
 */
final class FlowSolver implements StepSolver {

	private final StepProblem problem;

	private final NetworkSimplex simplex;

	private Long optimalCost;

	private int fallbacks;

	private String status = "NOT_SOLVED";

	/**
	 * The month of the problem the simplex last saw, and how many of that month's changes
	 * it has read.
	 */
	private int month = -1;

	private int read;

	/**
	 * The basis each month of the year ended with, by its place in the year, and the
	 * place of the month last seen.
	 */
	private final NetworkSimplex.Basis[] lastYear = new NetworkSimplex.Basis[12];

	private int season;

	FlowSolver(StepProblem problem) {
		this.problem = problem;
		this.simplex = new NetworkSimplex(problem.sink + 1, problem.tail, problem.head, problem.cost);
	}

	/** With a pivot budget per step, so tests can make the simplex give up. */
	FlowSolver(StepProblem problem, int budget) {
		this.problem = problem;
		this.simplex = new NetworkSimplex(problem.sink + 1, problem.tail, problem.head, problem.cost, budget);
	}

	@Override
	public boolean solve(double[] out) {
		if (month != problem.month()) {
			startMonth();
		}
		// within a month only shares change, as the problem logs; a new month is compared
		// with the last arc by arc
		NetworkSimplex.Result result = month == problem.month()
				? simplex.resolve(problem.cost, problem.capacity, problem.changes(), read, problem.changeCount())
				: simplex.update(problem.cost, problem.capacity, problem.supply);
		month = problem.month();
		read = problem.changeCount();
		status = result.toString();
		return switch (result) {
			case OPTIMAL -> read(out);
			case INFEASIBLE -> false;
			case GAVE_UP -> solveFromScratch(out);
		};
	}

	/**
	 * A month starts from the basis the same month of the year before ended with, once
	 * there is one, rather than the one the month before left. Inflows follow the same
	 * profile every year and annual caps the same course, so the arcs at their bounds are
	 * much as a year before, while the month before differs in many of them: on the
	 * scarce R7 network a month took 7 pivots from last year's basis against 22 from last
	 * month's, on N98 730 against 1,170.
	 */
	private void startMonth() {
		if (month >= 0) {
			lastYear[season] = simplex.basis(lastYear[season]);
		}
		season = problem.monthsLeft() - 1;
		if (lastYear[season] != null) {
			simplex.restore(lastYear[season]);
		}
	}

	private boolean read(double[] out) {
		for (int a = 0; a < problem.arcCount(); a++) {
			out[a] = simplex.flow(a);
		}
		optimalCost = null;
		return true;
	}

	private boolean solveFromScratch(double[] out) {
		fallbacks++;
		OrTools.load();
		MinCostFlow solver = new MinCostFlow(problem.sink + 1, problem.arcCount());
		try {
			for (int a = 0; a < problem.arcCount(); a++) {
				solver.addArcWithCapacityAndUnitCost(problem.tail[a], problem.head[a], problem.capacity[a],
						problem.cost[a]);
			}
			for (int n = 0; n <= problem.sink; n++) {
				solver.setNodeSupply(n, problem.supply[n]);
			}
			MinCostFlowBase.Status result = solver.solve();
			status = "OR-Tools " + result;
			if (result != MinCostFlowBase.Status.OPTIMAL) {
				return false;
			}
			for (int a = 0; a < problem.arcCount(); a++) {
				out[a] = solver.getFlow(a);
			}
			optimalCost = solver.getOptimalCost();
			return true;
		}
		finally {
			solver.delete();
		}
	}

	/** The optimum of the last solve, in the problem's integer cost units. */
	long optimalCost() {
		if (optimalCost == null) {
			optimalCost = simplex.totalCost();
		}
		return optimalCost;
	}

	/** Pivots the simplex has made over all solves. */
	long pivots() {
		return simplex.pivots();
	}

	/** Arcs that went over to their other bound within a pivot, over all solves. */
	long flips() {
		return simplex.flips();
	}

	/** How many steps OR-Tools had to solve because the simplex gave up. */
	int fallbacks() {
		return fallbacks;
	}

	@Override
	public String status() {
		return status;
	}

	@Override
	public void close() {
	}

}
