package dk.samspil.allocation;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Max-min fair allocation by progressive filling with an LP, written from the network
 * alone and sharing no code with the engine: priority levels (tier, then rank) in turn;
 * within a level, the largest fraction every demand not yet fixed can get together, then
 * each demand that cannot get more without another of them getting less is fixed at it,
 * and so on until all are fixed. Lossless networks of one month only.
 */
final class FairReference {

	private static final double TOLERANCE = 1e-6;

	private FairReference() {
	}

	/** What each demand receives, by id. */
	static Map<String, Double> delivered(RandomNetworks.Case c) {
		Loader.loadNativeLibraries();
		Network network = c.network();
		MPSolver solver = MPSolver.createSolver("GLOP");
		Map<Integer, MPConstraint> rows = new HashMap<>();
		Map<Integer, MPVariable> got = new HashMap<>();
		TreeMap<Long, List<Integer>> levels = new TreeMap<>();
		for (int n = 0; n < network.nodes.size(); n++) {
			Node node = network.nodes.get(n);
			if (node.isStore()) {
				rows.put(n, solver.makeConstraint(Double.NEGATIVE_INFINITY,
						c.initial().get(node.id()) + c.inflow().get(node.id())));
			}
			else if (node.isDemand()) {
				MPVariable variable = solver.makeNumVar(0, c.demand().get(node.id()), "got_" + node.id());
				got.put(n, variable);
				MPConstraint row = solver.makeConstraint(0, 0);
				row.setCoefficient(variable, -1);
				rows.put(n, row);
				levels.computeIfAbsent(node.tier() * 1000L + node.rank(), key -> new ArrayList<>()).add(n);
			}
			else {
				rows.put(n, solver.makeConstraint(0, 0));
			}
		}
		for (Link link : network.links) {
			double upper = c.caps().containsKey(link.id()) ? Math.min(link.capacity(), c.caps().get(link.id()))
					: link.capacity();
			MPVariable flow = solver.makeNumVar(0, upper, "f_" + link.id());
			MPConstraint from = rows.get(link.from());
			MPConstraint to = rows.get(link.to());
			from.setCoefficient(flow, from.getCoefficient(flow) + (network.nodes.get(link.from()).isStore() ? 1 : -1));
			to.setCoefficient(flow, to.getCoefficient(flow) + (network.nodes.get(link.to()).isStore() ? -1 : 1));
		}
		Map<String, Double> result = new HashMap<>();
		MPVariable level = solver.makeNumVar(0, 1, "level");
		MPObjective objective = solver.objective();
		objective.setMaximization();
		for (List<Integer> demands : levels.values()) {
			List<Integer> open = new ArrayList<>();
			for (int n : demands) {
				double asked = c.demand().get(network.nodes.get(n).id());
				if (asked > 0) {
					open.add(n);
				}
				else {
					fix(got.get(n), 0);
					result.put(network.nodes.get(n).id(), 0.0);
				}
			}
			while (!open.isEmpty()) {
				// the largest fraction all open demands can get together
				List<MPConstraint> floors = new ArrayList<>();
				for (int n : open) {
					MPConstraint floor = solver.makeConstraint(0, Double.POSITIVE_INFINITY);
					floor.setCoefficient(got.get(n), 1);
					floor.setCoefficient(level, -c.demand().get(network.nodes.get(n).id()));
					floors.add(floor);
				}
				objective.clear();
				objective.setCoefficient(level, 1);
				objective.setMaximization();
				solve(solver);
				// a hair below the optimum, so fixing demands at it never makes the next
				// LP infeasible by rounding
				double t = level.solutionValue() * (1 - 1e-9);
				level.setBounds(t, t);
				// fix every open demand that cannot get more than that fraction
				List<Integer> still = new ArrayList<>();
				for (int n : open) {
					objective.clear();
					objective.setCoefficient(got.get(n), 1);
					objective.setMaximization();
					solve(solver);
					double share = t * c.demand().get(network.nodes.get(n).id());
					if (got.get(n).solutionValue() <= share + TOLERANCE * Math.max(1, share)) {
						fix(got.get(n), share);
						result.put(network.nodes.get(n).id(), share);
					}
					else {
						still.add(n);
					}
				}
				for (MPConstraint floor : floors) {
					floor.setLb(Double.NEGATIVE_INFINITY);
				}
				level.setBounds(0, 1);
				if (still.size() == open.size()) {
					throw new IllegalStateException("progressive filling made no progress");
				}
				open = still;
			}
		}
		solver.delete();
		return result;
	}

	private static void fix(MPVariable variable, double value) {
		variable.setBounds(value - TOLERANCE * Math.max(1, value), value + TOLERANCE * Math.max(1, value));
	}

	private static void solve(MPSolver solver) {
		if (solver.solve() != MPSolver.ResultStatus.OPTIMAL) {
			throw new IllegalStateException("reference LP not optimal");
		}
	}

}
