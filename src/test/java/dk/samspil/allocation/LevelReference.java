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
 * The textbook allocation LP of one month, written from the network and the month's
 * starting state alone and solved priority level by priority level (tier, then rank
 * within it): the most each level can get once every level above has all it can get. It
 * shares no code with the engine's step problem, its weights or its simplex. Within a
 * month a store can give what it holds and receives; a capped link carries at most what
 * is left of its annual cap. Levels are keyed {@code tier * 1000 + rank}.
 */
final class LevelReference {

	/**
	 * One month's starting state, by node and link index.
	 *
	 * @param available what each store can give (ignored for other nodes)
	 * @param asked what each demand asks (ignored for other nodes)
	 * @param bound the most each link can carry this month: its capacity, and for a
	 * capped link no more than what is left of its cap
	 */
	record Month(double[] available, double[] asked, double[] bound) {
	}

	private LevelReference() {
	}

	/** Total delivered per level, highest priority first. */
	static TreeMap<Long, Double> levelTotals(Network network, Month month, String backend) {
		for (Link link : network.links) {
			if (link.breachable()) {
				throw new IllegalArgumentException("the reference knows no cap breaches: " + link.id());
			}
			for (int n = 0; n < network.nodes.size(); n++) {
				Node node = network.nodes.get(n);
				if (link.reserved() && node.isDemand() && month.asked()[n] > 0 && node.tier() > link.reserveTier()) {
					// such a tier may use only an even share of what is left of the cap,
					// which this LP does not model
					throw new IllegalArgumentException("the reference knows no cap reserves: " + link.id());
				}
			}
		}
		Loader.loadNativeLibraries();
		MPSolver solver = MPSolver.createSolver(backend);
		try {
			Map<Integer, MPConstraint> rows = new HashMap<>();
			TreeMap<Long, List<MPVariable>> levels = new TreeMap<>();
			for (int n = 0; n < network.nodes.size(); n++) {
				Node node = network.nodes.get(n);
				if (node.isStore()) {
					// what leaves a store is at most what it holds and receives; the rest
					// is kept or spilled
					rows.put(n, solver.makeConstraint(Double.NEGATIVE_INFINITY, month.available()[n]));
				}
				else if (node.isDemand()) {
					MPVariable got = solver.makeNumVar(0, Math.max(0, month.asked()[n]), "got_" + n);
					levels.computeIfAbsent(node.tier() * 1000L + node.rank(), key -> new ArrayList<>()).add(got);
					MPConstraint row = solver.makeConstraint(0, 0);
					row.setCoefficient(got, -1);
					rows.put(n, row);
				}
				else {
					rows.put(n, solver.makeConstraint(0, 0));
				}
			}
			// no link can carry more than all there is: a finite bound keeps the LP's
			// numbers in scale
			double all = 1;
			for (int n = 0; n < network.nodes.size(); n++) {
				all += network.nodes.get(n).isStore() ? Math.max(0, month.available()[n]) : 0;
			}
			for (int l = 0; l < network.links.size(); l++) {
				Link link = network.links.get(l);
				MPVariable flow = solver.makeNumVar(0, Math.min(all, month.bound()[l]), "f_" + l);
				MPConstraint from = rows.get(link.from());
				MPConstraint to = rows.get(link.to());
				// a store row bounds outflow minus inflow; other rows balance inflow
				// against outflow
				from.setCoefficient(flow,
						from.getCoefficient(flow) + (network.nodes.get(link.from()).isStore() ? 1 : -1));
				double gain = 1 - link.loss();
				to.setCoefficient(flow,
						to.getCoefficient(flow) + (network.nodes.get(link.to()).isStore() ? -gain : gain));
			}
			TreeMap<Long, Double> totals = new TreeMap<>();
			MPObjective objective = solver.objective();
			for (Map.Entry<Long, List<MPVariable>> level : levels.entrySet()) {
				objective.clear();
				MPConstraint floor = solver.makeConstraint(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
				for (MPVariable got : level.getValue()) {
					objective.setCoefficient(got, 1);
					floor.setCoefficient(got, 1);
				}
				objective.setMaximization();
				if (solver.solve() != MPSolver.ResultStatus.OPTIMAL) {
					throw new IllegalStateException("reference LP not optimal");
				}
				double best = objective.value();
				totals.put(level.getKey(), best);
				floor.setLb(best - 1e-9 * Math.max(1, best));
			}
			return totals;
		}
		finally {
			solver.delete();
		}
	}

	/**
	 * The state the engine started month {@code m} of a run from: what each store could
	 * give, what each demand asked, and for each capped link its annual cap less what it
	 * carried earlier in the same year.
	 */
	static Month startOf(Network network, Horizon horizon, Scenario scenario, ScenarioResult result, int m) {
		int nodes = network.nodes.size();
		double[] available = new double[nodes];
		double[] asked = new double[nodes];
		for (int n = 0; n < nodes; n++) {
			Node node = network.nodes.get(n);
			if (node.isStore()) {
				available[n] = result.available(node.id(), m);
			}
			else if (node.isDemand()) {
				asked[n] = result.demand(node.id(), m);
			}
		}
		double[] bound = new double[network.links.size()];
		for (int l = 0; l < bound.length; l++) {
			Link link = network.links.get(l);
			bound[l] = link.capacity();
			if (link.capped()) {
				double left = scenario.require(link.capSeries(), horizon.years(), link.id())[horizon.yearIndex(m)];
				for (int k = m - 1; k >= 0 && horizon.yearIndex(k) == horizon.yearIndex(m); k--) {
					left -= result.flow(link.id(), k);
				}
				bound[l] = Math.min(bound[l], Math.max(0, left));
			}
		}
		return new Month(available, asked, bound);
	}

	/**
	 * What the engine delivered to each level in month {@code m}, keyed as
	 * {@link #levelTotals}.
	 */
	static TreeMap<Long, Double> delivered(Network network, ScenarioResult result, int m) {
		TreeMap<Long, Double> totals = new TreeMap<>();
		for (Node node : network.nodes) {
			if (node.isDemand()) {
				totals.merge(node.tier() * 1000L + node.rank(), result.delivered(node.id(), m), Double::sum);
			}
		}
		return totals;
	}

}
