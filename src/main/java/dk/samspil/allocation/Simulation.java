package dk.samspil.allocation;

import java.util.List;

/**
 * Runs one scenario month by month: carries storage over, resets annual caps each January, feeds return
 * flows back a month later, and solves each step, first unsegmented and again with equal-share segments
 * only when some demand that shares a tier and rank goes short.
 */
final class Simulation {

	private final Network network;
	private final Horizon horizon;
	private final Scenario scenario;
	private final StepProblem problem;
	private final double[][] inflow;
	private final double[][] demand;
	private final double[][] cap;
	private final int[] groupSize;

	Simulation(Network network, Horizon horizon, Scenario scenario, StepProblem problem) {
		this.network = network;
		this.horizon = horizon;
		this.scenario = scenario;
		this.problem = problem;
		int nodes = network.nodes.size();
		this.inflow = new double[nodes][];
		this.demand = new double[nodes][];
		this.cap = new double[network.links.size()][];
		this.groupSize = new int[nodes];
		for (int n = 0; n < nodes; n++) {
			Node node = network.nodes.get(n);
			String owner = (node.isDemand() ? "demand '" : "store '") + node.id() + "'";
			if (node.series() != null) {
				double[] values = scenario.require(node.series(), horizon.months(), owner);
				if (node.isDemand()) {
					demand[n] = values;
				} else {
					inflow[n] = values;
				}
			}
			for (Node other : network.nodes) {
				if (node.isDemand() && other.isDemand() && other.tier() == node.tier() && other.rank() == node.rank()) {
					groupSize[n]++;
				}
			}
		}
		for (int l = 0; l < cap.length; l++) {
			Link link = network.links.get(l);
			if (link.capped()) {
				cap[l] = scenario.require(link.capSeries(), horizon.years(), "cap of link '" + link.id() + "'");
			}
		}
	}

	/** Runs months 0 to {@code months - 1}; the problem is left holding the data of the next month. */
	ScenarioResult run(StepSolver solver, int months) {
		ScenarioResult result = new ScenarioResult(network, horizon, scenario.name());
		int nodes = network.nodes.size();
		long[] volume = new long[nodes];
		long[] supply = new long[nodes];
		long[] want = new long[nodes];
		long[] capLeft = new long[network.links.size()];
		double[] lastDelivered = new double[nodes];
		double[] flow = new double[problem.arcCount()];
		for (int n = 0; n < nodes; n++) {
			volume[n] = problem.units(network.nodes.get(n).initial());
		}
		for (int m = 0; m <= Math.min(months, horizon.months() - 1); m++) {
			prepare(m, volume, supply, want, capLeft, lastDelivered);
			int monthsLeft = 13 - horizon.month(m).getMonthValue();
			if (m == months) {
				problem.set(supply, want, capLeft, monthsLeft, true);
				break;
			}
			problem.set(supply, want, capLeft, monthsLeft, false);
			solve(solver, m, flow);
			if (needsSharing(want, flow)) {
				problem.set(supply, want, capLeft, monthsLeft, true);
				solve(solver, m, flow);
			}
			result.record(m, problem, supply, want, flow);
			advance(flow, volume, capLeft, lastDelivered);
		}
		return result;
	}

	private void prepare(int m, long[] volume, long[] supply, long[] want, long[] capLeft, double[] lastDelivered) {
		if (horizon.startsYear(m)) {
			for (int l = 0; l < cap.length; l++) {
				capLeft[l] = cap[l] == null ? 0 : problem.units(cap[l][horizon.yearIndex(m)]);
			}
		}
		for (int n = 0; n < supply.length; n++) {
			supply[n] = volume[n] + (inflow[n] == null ? 0 : problem.units(inflow[n][m]));
			want[n] = demand[n] == null ? 0 : problem.units(demand[n][m]);
		}
		for (ReturnFlow back : network.returns) {
			double returned = 0;
			for (int d : back.demands()) {
				// in the first month nothing was delivered before, so assume demands were met
				returned += m == 0 ? want[d] : lastDelivered[d];
			}
			supply[back.store()] += Math.round(back.fraction() * returned);
		}
	}

	private void solve(StepSolver solver, int m, double[] flow) {
		if (!solver.solve(flow)) {
			List<String> suspects = solver.suspects(problem);
			throw new InfeasibleStepException(scenario.name(), m, solver.status(), suspects);
		}
	}

	private boolean needsSharing(long[] want, double[] flow) {
		for (int n = 0; n < want.length; n++) {
			if (groupSize[n] > 1 && flow[problem.firstSegment[n]] < want[n] - 0.5) {
				return true;
			}
		}
		return false;
	}

	private void advance(double[] flow, long[] volume, long[] capLeft, double[] lastDelivered) {
		for (int n = 0; n < volume.length; n++) {
			volume[n] = problem.carryArc[n] < 0 ? 0 : problem.kept[n] + Math.round(flow[problem.carryArc[n]]);
			lastDelivered[n] = delivered(n, flow);
		}
		for (int l = 0; l < capLeft.length; l++) {
			if (cap[l] != null) {
				double reserve = problem.reserveArc[l] < 0 ? 0 : flow[problem.reserveArc[l]];
				capLeft[l] = Math.max(0, capLeft[l] - Math.round(flow[problem.linkArc[l]] + reserve));
			}
		}
	}

	private double delivered(int node, double[] flow) {
		int first = problem.firstSegment[node];
		double sum = 0;
		for (int s = 0; first >= 0 && s < problem.segments; s++) {
			sum += flow[first + s];
		}
		return sum;
	}
}
