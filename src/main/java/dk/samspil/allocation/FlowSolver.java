package dk.samspil.allocation;

/**
 * The fast path: a min-cost flow on a graph built once per run, solved each step from the basis the step before
 * left ({@link WarmFlow}).
 */
final class FlowSolver implements StepSolver {

	private final StepProblem problem;
	private final WarmFlow flow;
	private String status = "NOT_SOLVED";

	FlowSolver(StepProblem problem) {
		this.problem = problem;
		this.flow = new WarmFlow(problem.sink + 1, problem.tail, problem.head, problem.cost);
	}

	@Override
	public boolean solve(double[] out) {
		boolean optimal = flow.solve(problem.capacity, problem.supply, out);
		status = optimal ? "OPTIMAL" : "INFEASIBLE";
		return optimal;
	}

	/** The optimum of the last solve, in the problem's integer cost units. */
	long optimalCost() {
		return flow.optimalCost();
	}

	@Override
	public String status() {
		return status;
	}

	@Override
	public void close() {
	}
}
