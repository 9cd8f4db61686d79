package dk.samspil.allocation;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * What one scenario produced, month by month: per demand what it asked and received, per
 * store what it had and kept, per link what it carried and how much of that exceeded its
 * annual cap. Quantities are in the model's own units.
 */
public final class ScenarioResult {

	private final Network network;

	private final Horizon horizon;

	private final String scenario;

	private final double[][] demand;

	private final double[][] delivered;

	private final double[][] available;

	private final double[][] storage;

	private final double[][] flow;

	/**
	 * Per link, what went beyond its annual cap each month; null for links that cannot.
	 */
	private final double[][] excess;

	private int mixMonth = -1;

	private double[][] mix;

	ScenarioResult(Network network, Horizon horizon, String scenario) {
		this.network = network;
		this.horizon = horizon;
		this.scenario = scenario;
		int nodes = network.nodes.size();
		int months = horizon.months();
		demand = new double[nodes][];
		delivered = new double[nodes][];
		available = new double[nodes][];
		storage = new double[nodes][];
		for (int n = 0; n < nodes; n++) {
			if (network.nodes.get(n).isDemand()) {
				demand[n] = new double[months];
				delivered[n] = new double[months];
			}
			else if (network.nodes.get(n).isStore()) {
				available[n] = new double[months];
				storage[n] = new double[months];
			}
		}
		flow = new double[network.links.size()][months];
		excess = new double[network.links.size()][];
		for (int l = 0; l < excess.length; l++) {
			excess[l] = network.links.get(l).breachable() ? new double[months] : null;
		}
	}

	void record(int m, StepProblem problem, long[] supply, long[] want, double[] arcFlow) {
		double unit = network.unit;
		for (int n = 0; n < demand.length; n++) {
			if (demand[n] != null) {
				demand[n][m] = want[n] * unit;
				delivered[n][m] = problem.delivered(n, arcFlow) * unit;
			}
			else if (storage[n] != null) {
				available[n][m] = supply[n] * unit;
				storage[n][m] = (problem.kept[n] + arcFlow[problem.carryArc[n]]) * unit;
			}
		}
		for (int l = 0; l < flow.length; l++) {
			double over = problem.breachArc[l] < 0 ? 0 : arcFlow[problem.breachArc[l]];
			double reserve = problem.reserveArc[l] < 0 ? 0 : arcFlow[problem.reserveArc[l]];
			flow[l][m] = (arcFlow[problem.linkArc[l]] + reserve + over) * unit;
			if (excess[l] != null) {
				excess[l][m] = over * unit;
			}
		}
	}

	public String scenario() {
		return scenario;
	}

	public Horizon horizon() {
		return horizon;
	}

	/** What demand {@code node} asked for in {@code month}. */
	public double demand(String node, int month) {
		return series(demand, node, "a demand")[month];
	}

	/** What demand {@code node} received in {@code month}. */
	public double delivered(String node, int month) {
		return series(delivered, node, "a demand")[month];
	}

	/** What demand {@code node} went short in {@code month}. */
	public double shortfall(String node, int month) {
		return Math.max(0, demand(node, month) - delivered(node, month));
	}

	/**
	 * Whether demand {@code node} got all it asked for in {@code month}: short by no more
	 * than the half unit the engine rounds quantities to. A demand held back by its last
	 * unit, so that a rival is not cut alone, is short.
	 */
	public boolean met(String node, int month) {
		return shortfall(node, month) <= network.unit / 2;
	}

	/** What store {@code node} held at the end of {@code month}. */
	public double storage(String node, int month) {
		return series(storage, node, "a store")[month];
	}

	/**
	 * What store {@code node} could give in {@code month}: its volume at the start plus
	 * inflow and return flow.
	 */
	public double available(String node, int month) {
		return series(available, node, "a store")[month];
	}

	/** What link {@code link} carried in {@code month}, measured where it leaves. */
	public double flow(String link, int month) {
		return flow[network.link(link)][month];
	}

	/** How much of that flow went beyond the link's annual cap. */
	public double capExcess(String link, int month) {
		double[] values = excess[network.link(link)];
		return values == null ? 0 : values[month];
	}

	/**
	 * What demand {@code node} asked for, each month of the horizon: for reading a whole
	 * series with one look-up of its name rather than one a month. A copy.
	 */
	public double[] demands(String node) {
		return series(demand, node, "a demand").clone();
	}

	/** What demand {@code node} received, each month of the horizon. A copy. */
	public double[] deliveries(String node) {
		return series(delivered, node, "a demand").clone();
	}

	/** What demand {@code node} went short, each month of the horizon. */
	public double[] shortfalls(String node) {
		double[] asked = series(demand, node, "a demand");
		double[] got = series(delivered, node, "a demand");
		double[] shortfall = new double[asked.length];
		for (int m = 0; m < asked.length; m++) {
			shortfall[m] = Math.max(0, asked[m] - got[m]);
		}
		return shortfall;
	}

	/** Whether demand {@code node} was {@link #met} in each month of the horizon. */
	public boolean[] metMonths(String node) {
		double[] shortfall = shortfalls(node);
		boolean[] met = new boolean[shortfall.length];
		for (int m = 0; m < met.length; m++) {
			met[m] = shortfall[m] <= network.unit / 2;
		}
		return met;
	}

	/** What store {@code node} could give, each month of the horizon. A copy. */
	public double[] availability(String node) {
		return series(available, node, "a store").clone();
	}

	/** What link {@code link} carried, each month of the horizon. A copy. */
	public double[] flows(String link) {
		return flow[network.link(link)].clone();
	}

	/** How much of link {@code link}'s flow went beyond its annual cap, each month. */
	public double[] capExcesses(String link) {
		double[] values = excess[network.link(link)];
		return values == null ? new double[horizon.months()] : values.clone();
	}

	/**
	 * What link {@code link} carried over calendar year {@code year} (index from the
	 * horizon's first year).
	 */
	public double annualFlow(String link, int year) {
		double[] values = flow[network.link(link)];
		double sum = 0;
		for (int m = 0; m < values.length; m++) {
			sum += horizon.yearIndex(m) == year ? values[m] : 0;
		}
		return sum;
	}

	/**
	 * The stores whose water reached demand {@code node} in {@code month}, with amounts
	 * (mixing assumed at nodes). Not safe to call from several threads at once.
	 */
	public Map<String, Double> sources(String node, int month) {
		int target = network.node(node);
		if (mixMonth != month) {
			// one trace serves every demand of the month, which is how reports ask for
			// them
			mix = SourceMix.shares(network, this::linkFlow, this::availableAt, month);
			mixMonth = month;
		}
		double[] share = mix[target];
		Map<String, Double> mix = new LinkedHashMap<>();
		double received = delivered(node, month);
		for (int s = 0; s < share.length; s++) {
			if (share[s] * received > 1e-9) {
				mix.put(network.nodes.get(s).id(), share[s] * received);
			}
		}
		return mix;
	}

	/** Tiers present among the demands, highest priority first. */
	public int[] tiers() {
		TreeSet<Integer> tiers = new TreeSet<>();
		network.nodes.stream().filter(Node::isDemand).forEach(node -> tiers.add(node.tier()));
		return tiers.stream().mapToInt(Integer::intValue).toArray();
	}

	/** Share of months in which every demand of {@code tier} was {@link #met}. */
	public double reliability(int tier) {
		int met = 0;
		for (int m = 0; m < horizon.months(); m++) {
			met += tierShort(tier, m) ? 0 : 1;
		}
		return met / (double) horizon.months();
	}

	/** Total shortfall of all demands of {@code tier} over the horizon. */
	public double shortfall(int tier) {
		double sum = 0;
		for (int n = 0; n < demand.length; n++) {
			if (demand[n] != null && network.nodes.get(n).tier() == tier) {
				for (int m = 0; m < horizon.months(); m++) {
					sum += Math.max(0, demand[n][m] - delivered[n][m]);
				}
			}
		}
		return sum;
	}

	/** Total shortfall of every demand over the horizon. */
	public double totalShortfall() {
		return Arrays.stream(tiers()).mapToDouble(this::shortfall).sum();
	}

	private boolean tierShort(int tier, int m) {
		for (int n = 0; n < demand.length; n++) {
			if (demand[n] != null && network.nodes.get(n).tier() == tier
					&& demand[n][m] - delivered[n][m] > network.unit / 2) {
				return true;
			}
		}
		return false;
	}

	private double linkFlow(int link, int month) {
		return flow[link][month];
	}

	private double availableAt(int node, int month) {
		return available[node] == null ? 0 : available[node][month];
	}

	private double[] series(double[][] values, String node, String kind) {
		double[] row = values[network.node(node)];
		if (row == null) {
			throw new ModelException("'" + node + "' is not " + kind);
		}
		return row;
	}

}
