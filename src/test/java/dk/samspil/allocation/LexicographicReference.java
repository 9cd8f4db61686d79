package dk.samspil.allocation;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The textbook allocation LP, written from the network alone and solved tier by tier: the
 * most each tier can get once every higher tier has all it can get. It shares no code
 * with the engine's step problem.
 */
final class LexicographicReference {

	private LexicographicReference() {
	}

	/** Total delivered per tier, highest priority first. */
	static TreeMap<Integer, Double> tierTotals(RandomNetworks.Case c, String backend) {
		Loader.loadNativeLibraries();
		Network network = c.network();
		MPSolver solver = MPSolver.createSolver(backend);
		Map<Integer, MPConstraint> nodeRows = new HashMap<>();
		Map<Integer, MPVariable> delivered = new HashMap<>();
		for (int n = 0; n < network.nodes.size(); n++) {
			Node node = network.nodes.get(n);
			if (node.isStore()) {
				// what leaves a store is at most what it holds and receives; the rest is
				// kept or spilled
				double holds = c.initial().get(node.id()) + c.inflow().get(node.id());
				nodeRows.put(n, solver.makeConstraint(Double.NEGATIVE_INFINITY, holds));
			}
			else if (node.isDemand()) {
				MPVariable got = solver.makeNumVar(0, c.demand().get(node.id()), "got_" + node.id());
				delivered.put(n, got);
				MPConstraint row = solver.makeConstraint(0, 0);
				row.setCoefficient(got, -1);
				nodeRows.put(n, row);
			}
			else {
				nodeRows.put(n, solver.makeConstraint(0, 0));
			}
		}
		for (Link link : network.links) {
			double upper = c.caps().containsKey(link.id()) ? Math.min(link.capacity(), c.caps().get(link.id()))
					: link.capacity();
			MPVariable flow = solver.makeNumVar(0, upper, "f_" + link.id());
			MPConstraint from = nodeRows.get(link.from());
			MPConstraint to = nodeRows.get(link.to());
			boolean store = network.nodes.get(link.from()).isStore();
			// a store row bounds outflow minus inflow; other rows balance inflow against
			// outflow
			from.setCoefficient(flow, from.getCoefficient(flow) + (store ? 1 : -1));
			double gain = 1 - link.loss();
			boolean toStore = network.nodes.get(link.to()).isStore();
			to.setCoefficient(flow, to.getCoefficient(flow) + (toStore ? -gain : gain));
		}
		TreeMap<Integer, Double> totals = new TreeMap<>();
		for (int n : delivered.keySet()) {
			totals.put(network.nodes.get(n).tier(), 0.0);
		}
		MPObjective objective = solver.objective();
		for (int tier : totals.keySet()) {
			objective.clear();
			MPConstraint floor = solver.makeConstraint(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
			delivered.forEach((n, got) -> {
				if (network.nodes.get(n).tier() == tier) {
					objective.setCoefficient(got, 1);
					floor.setCoefficient(got, 1);
				}
			});
			objective.setMaximization();
			if (solver.solve() != MPSolver.ResultStatus.OPTIMAL) {
				throw new IllegalStateException("reference LP not optimal");
			}
			double best = objective.value();
			totals.put(tier, best);
			floor.setLb(best - 1e-9 * Math.max(1, best));
		}
		solver.delete();
		return totals;
	}

}
