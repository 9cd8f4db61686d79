package dk.samspil.allocation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An immutable allocation network: stores, junctions, demands and links. It knows nothing
 * of water, so the same core can balance any commodity that flows through a network under
 * priorities. Build one with {@link #builder()}.
 */
public final class Network {

	final List<Node> nodes;

	final List<Link> links;

	final List<ReturnFlow> returns;

	final double unit;

	private final Map<String, Integer> nodeIndex;

	private final Map<String, Integer> linkIndex;

	private final int[][] incoming;

	private final boolean losses;

	private Network(Builder builder) {
		this.nodes = List.copyOf(builder.nodes);
		this.links = List.copyOf(builder.links);
		this.returns = List.copyOf(builder.returns);
		this.unit = builder.unit;
		this.nodeIndex = Map.copyOf(builder.nodeIndex);
		this.linkIndex = indexLinks(links);
		this.incoming = new int[nodes.size()][];
		List<List<Integer>> into = new ArrayList<>();
		nodes.forEach(node -> into.add(new ArrayList<>()));
		for (int l = 0; l < links.size(); l++) {
			into.get(links.get(l).to()).add(l);
		}
		for (int n = 0; n < nodes.size(); n++) {
			incoming[n] = into.get(n).stream().mapToInt(Integer::intValue).toArray();
		}
		this.losses = links.stream().anyMatch(link -> link.loss() > 0);
	}

	int[] incoming(int node) {
		return incoming[node];
	}

	public static Builder builder() {
		return new Builder();
	}

	public List<String> nodeIds() {
		return nodes.stream().map(Node::id).toList();
	}

	public List<String> linkIds() {
		return links.stream().map(Link::id).toList();
	}

	/**
	 * True when some link loses water, which needs the LP path instead of pure network
	 * flow.
	 */
	public boolean hasLosses() {
		return losses;
	}

	int node(String id) {
		Integer index = nodeIndex.get(id);
		if (index == null) {
			throw new ModelException("unknown node '" + id + "'");
		}
		return index;
	}

	int link(String id) {
		Integer index = linkIndex.get(id);
		if (index == null) {
			throw new ModelException("unknown link '" + id + "'");
		}
		return index;
	}

	private static Map<String, Integer> indexLinks(List<Link> links) {
		Map<String, Integer> index = new HashMap<>();
		for (int i = 0; i < links.size(); i++) {
			index.put(links.get(i).id(), i);
		}
		return index;
	}

	/**
	 * Collects nodes and links and refuses anything the solver could not make sense of.
	 */
	public static final class Builder {

		private final List<Node> nodes = new ArrayList<>();

		private final List<Link> links = new ArrayList<>();

		private final List<ReturnFlow> returns = new ArrayList<>();

		private final Map<String, Integer> nodeIndex = new HashMap<>();

		private final Map<String, Integer> linkNames = new HashMap<>();

		private double unit = 1;

		private Builder() {
		}

		/**
		 * Sets the size of one integer flow unit in model quantities (default 1). The
		 * fast path solves in whole units, so results are exact to half a unit.
		 */
		public Builder unit(double unit) {
			if (!(unit > 0) || Double.isInfinite(unit)) {
				throw new ModelException("unit must be positive, got " + unit);
			}
			this.unit = unit;
			return this;
		}

		/**
		 * Adds a store that holds up to {@code capacity} between months, starts with
		 * {@code initial} and receives the monthly series {@code inflowSeries} (null for
		 * none). Capacity 0 makes a plain source.
		 */
		public Builder store(String id, double capacity, double initial, String inflowSeries) {
			requireAmount("store '" + id + "'", "capacity", capacity);
			requireAmount("store '" + id + "'", "initial volume", initial);
			if (initial > capacity) {
				throw new ModelException(
						"store '" + id + "': initial volume " + initial + " exceeds capacity " + capacity);
			}
			return add(new Node(id, Node.Kind.STORE, capacity, initial, inflowSeries, 0, 0));
		}

		/** Adds a node that only passes water on. */
		public Builder junction(String id) {
			return add(new Node(id, Node.Kind.JUNCTION, 0, 0, null, 0, 0));
		}

		/**
		 * Adds a demand for the monthly series {@code demandSeries}. A lower tier number
		 * is served first; within a tier a lower rank is served first, and equal ranks
		 * share a shortage by equal percentage.
		 */
		public Builder demand(String id, String demandSeries, int tier, int rank) {
			if (demandSeries == null) {
				throw new ModelException("demand '" + id + "' has no demand series");
			}
			return add(new Node(id, Node.Kind.DEMAND, 0, 0, demandSeries, tier, rank));
		}

		/**
		 * Adds a link carrying at most {@code capacity} a month at {@code cost} a unit,
		 * losing {@code loss} of it.
		 */
		public Builder link(String id, String from, String to, double capacity, double cost, double loss) {
			return addLink(id, from, to, capacity, cost, loss, null, Link.NO_BREACH, Link.NO_BREACH);
		}

		/**
		 * Adds a link whose total flow over each calendar year is capped by the yearly
		 * series {@code capSeries}. Demands of tier {@code breachTier} or higher may
		 * exceed the cap when nothing else can serve them ({@code null}: nobody may).
		 */
		public Builder cappedLink(String id, String from, String to, double capacity, double cost, String capSeries,
				Integer breachTier) {
			return cappedLink(id, from, to, capacity, cost, capSeries, breachTier, null);
		}

		/**
		 * As
		 * {@link #cappedLink(String, String, String, double, double, String, Integer)},
		 * and demands of tier {@code reserveTier} or higher may draw all that is left of
		 * the cap in any month, while lower tiers get what is left spread evenly over the
		 * rest of the year ({@code null}: everyone may draw it all).
		 */
		public Builder cappedLink(String id, String from, String to, double capacity, double cost, String capSeries,
				Integer breachTier, Integer reserveTier) {
			if (capSeries == null) {
				throw new ModelException("link '" + id + "': a capped link needs a cap series");
			}
			return addLink(id, from, to, capacity, cost, 0, capSeries, breachTier == null ? Link.NO_BREACH : breachTier,
					reserveTier == null ? Link.NO_BREACH : reserveTier);
		}

		/**
		 * Sends {@code fraction} of what {@code demands} received in a month to store
		 * {@code store} the month after.
		 */
		public Builder returnFlow(String store, List<String> demands, double fraction) {
			int target = existing(store, "return flow");
			if (!nodes.get(target).isStore()) {
				throw new ModelException("return flow must go to a store, but '" + store + "' is not one");
			}
			if (!(fraction >= 0 && fraction <= 1)) {
				throw new ModelException(
						"return flow to '" + store + "': fraction " + fraction + " must lie in [0, 1]");
			}
			int[] from = new int[demands.size()];
			for (int i = 0; i < from.length; i++) {
				from[i] = existing(demands.get(i), "return flow to '" + store + "'");
				if (!nodes.get(from[i]).isDemand()) {
					throw new ModelException(
							"return flow to '" + store + "': '" + demands.get(i) + "' is not a demand");
				}
			}
			returns.add(new ReturnFlow(target, from, fraction));
			return this;
		}

		/** Checks reachability and returns the immutable network. */
		public Network build() {
			NetworkChecks.demandsReachable(nodes, links, returns);
			return new Network(this);
		}

		private Builder add(Node node) {
			if (node.id() == null || node.id().isBlank()) {
				throw new ModelException("a node has no id");
			}
			if (nodeIndex.putIfAbsent(node.id(), nodes.size()) != null) {
				throw new ModelException("node id '" + node.id() + "' is used twice");
			}
			nodes.add(node);
			return this;
		}

		private Builder addLink(String id, String from, String to, double capacity, double cost, double loss,
				String capSeries, int breachTier, int reserveTier) {
			String name = "link '" + id + "'";
			if (id == null || id.isBlank() || linkNames.putIfAbsent(id, links.size()) != null) {
				throw new ModelException(name + ": id missing or used twice");
			}
			requireAmount(name, "capacity", capacity);
			if (!(cost >= 0) || Double.isInfinite(cost)) {
				// negative costs would reward pumping water round in circles
				throw new ModelException(name + ": cost " + cost + " must be zero or more and finite");
			}
			if (!(loss >= 0 && loss < 1)) {
				throw new ModelException(name + ": loss " + loss + " must lie in [0, 1)");
			}
			int tail = existing(from, name);
			int head = existing(to, name);
			if (nodes.get(tail).isDemand()) {
				throw new ModelException(name + " leaves demand '" + from + "'; demands take water and pass none on");
			}
			if (tail == head) {
				throw new ModelException(name + " leads from '" + from + "' back to itself");
			}
			links.add(new Link(id, tail, head, capacity, cost, loss, capSeries, breachTier, reserveTier));
			return this;
		}

		private int existing(String id, String user) {
			Integer index = nodeIndex.get(id);
			if (index == null) {
				throw new ModelException(user + " refers to unknown node '" + id + "'");
			}
			return index;
		}

		private static void requireAmount(String owner, String what, double value) {
			if (Double.isNaN(value)) {
				throw new ModelException(owner + ": " + what + " is missing");
			}
			if (value < 0 || Double.isInfinite(value)) {
				throw new ModelException(owner + ": " + what + " " + value + " must be zero or more and finite");
			}
		}

	}

}
