package dk.samspil.allocation;

import java.util.Arrays;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;

/**
 * The exact LP of a step through OR-Tools' MPSolver: the reference for the fast path, and
 * the path for links that lose water (a gain below one is no longer a pure network). The
 * model is built once and only its bounds change between steps, so GLOP starts each step
 * from the last basis.
 *
 * <p>
 * Where links lose water, additive cost gaps no longer rank tiers (a unit for a higher
 * tier may cost more than one unit at the source), so each tier's total is then maximised
 * in turn and held as a floor before the weighted objective settles ranks, sharing and
 * costs within what the tiers got.
 */
final class LpSolver implements StepSolver {

	private final StepProblem problem;

	private final MPSolver solver;

	private final MPVariable[] x;

	private final MPConstraint[] balance;

	private final MPConstraint[] tierFloor;

	private final boolean lexicographic;

	private final long[] cost;

	private String status = "NOT_SOLVED";

	LpSolver(StepProblem problem, String backend) {
		this(problem, backend, problem.cost);
	}

	private LpSolver(StepProblem problem, String backend, long[] cost) {
		OrTools.load();
		this.problem = problem;
		this.cost = cost;
		this.solver = MPSolver.createSolver(backend);
		if (solver == null) {
			throw new IllegalStateException("OR-Tools has no LP backend '" + backend + "' here");
		}
		int arcs = problem.arcCount();
		this.x = new MPVariable[arcs];
		this.balance = new MPConstraint[problem.sink];
		for (int n = 0; n < problem.sink; n++) {
			balance[n] = solver.makeConstraint(0, 0, StepFile.row(problem, n));
		}
		MPObjective objective = solver.objective();
		for (int a = 0; a < arcs; a++) {
			x[a] = solver.makeNumVar(0, 0, StepFile.column(problem, a));
			objective.setCoefficient(x[a], cost[a]);
			balance[problem.tail[a]].setCoefficient(x[a], 1);
			if (problem.head[a] != problem.sink) {
				balance[problem.head[a]].setCoefficient(x[a], -problem.gain[a]);
			}
		}
		objective.setMinimization();
		this.lexicographic = problem.network.hasLosses();
		this.tierFloor = lexicographic ? tierFloors() : new MPConstraint[0];
	}

	private MPConstraint[] tierFloors() {
		int[] tiers = problem.weights.tiers();
		MPConstraint[] floors = new MPConstraint[tiers.length];
		for (int t = 0; t < tiers.length; t++) {
			floors[t] = solver.makeConstraint(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY,
					"tier_" + tiers[t] + "_floor");
		}
		for (int a = 0; a < x.length; a++) {
			if (problem.kind[a] == StepProblem.DEMAND) {
				int tier = problem.network.nodes.get(problem.owner[a]).tier();
				floors[Arrays.binarySearch(tiers, tier)].setCoefficient(x[a], 1);
			}
		}
		return floors;
	}

	private boolean solveTiers() {
		for (MPConstraint floor : tierFloor) {
			floor.setLb(Double.NEGATIVE_INFINITY);
		}
		MPObjective objective = solver.objective();
		for (MPConstraint floor : tierFloor) {
			for (int a = 0; a < x.length; a++) {
				objective.setCoefficient(x[a], -floor.getCoefficient(x[a]));
			}
			MPSolver.ResultStatus result = solver.solve();
			if (result != MPSolver.ResultStatus.OPTIMAL) {
				status = result.toString() + " at " + floor.name();
				return false;
			}
			double best = -objective.value();
			floor.setLb(best - 1e-7 * Math.max(1, best));
		}
		for (int a = 0; a < x.length; a++) {
			objective.setCoefficient(x[a], cost[a]);
		}
		return true;
	}

	/**
	 * Copies the problem's current capacities, supplies and the worth of demand arcs into
	 * the model.
	 */
	void load() {
		MPObjective objective = solver.objective();
		for (int a = 0; a < x.length; a++) {
			x[a].setBounds(0, problem.capacity[a]);
			if (problem.kind[a] == StepProblem.DEMAND) {
				objective.setCoefficient(x[a], cost[a]);
			}
		}
		for (int n = 0; n < balance.length; n++) {
			balance[n].setBounds(problem.supply[n], problem.supply[n]);
		}
	}

	@Override
	public boolean solve(double[] out) {
		load();
		if (lexicographic && !solveTiers()) {
			return false;
		}
		MPSolver.ResultStatus result = solver.solve();
		status = result.toString();
		if (result != MPSolver.ResultStatus.OPTIMAL) {
			return false;
		}
		for (int a = 0; a < problem.arcCount(); a++) {
			out[a] = x[a].solutionValue();
		}
		return true;
	}

	double objectiveValue() {
		return solver.objective().value();
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
