package dk.samspil.allocation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One month as a network flow problem with a fixed arc layout, so a solver can keep its
 * graph and only change capacities, supplies and the worth of demand arcs between solves.
 * Every store drains to a sink through a carry-over arc (what it keeps for next month)
 * and a spill arc. A demand without rivals (others of its tier and rank that share its
 * sources) drains through one arc. A demand with rivals drains through three, each worth
 * a band of its rank: its share, worth the band of its group of equal share; one unit
 * more, worth the band below; and the rest of what it asks, worth the band below that,
 * still more than the next group's shares. So a group gets all it can before the next
 * group gets anything, whatever its shares say, and a solve measures what each group can
 * get as it checks their shares. {@link FairShares} sets the shares and bands;
 * {@link #set} leaves each share at the whole demand in the band of its group. Quantities
 * are in integer units of {@link Network#unit}.
 */
final class StepProblem {

	static final int LINK = 0;
	static final int BREACH = 1;
	static final int CARRY = 2;
	static final int SPILL = 3;
	static final int DEMAND = 4;
	static final int RESERVE = 5;

	final Network network;

	final Weights weights;

	/** Whether each node is a demand with rivals, whose shortage is shared. */
	final boolean[] rival;

	/**
	 * Arcs of each demand: three (share, last unit, rest) for demands with a rival, else
	 * one.
	 */
	final int[] deliveryArcs;

	final int sink;

	final int[] tail;

	final int[] head;

	final long[] cost;

	final double[] gain;

	final int[] kind;

	final int[] owner;

	final long[] capacity;

	final long[] supply;

	/** What each store keeps outside this step because no link could take it anyway. */
	final long[] kept;

	private final int[][] storeOutlets;

	/**
	 * In units, looked up once rather than every month: what each link can carry at most
	 * and each store can keep.
	 */
	private final long[] linkMax;

	private final boolean[] capped;

	private final long[] storable;

	private final boolean[] isDemand;

	private final boolean[] isStore;

	private final long receivingCapacity;

	final int[] linkArc;

	final int[] breachArc;

	final int[] reserveArc;

	final int[] carryArc;

	final int[] spillArc;

	final int[] firstDelivery;

	/** What each demand asks this month. */
	final long[] demand;

	/**
	 * What no arc carries more than this month: all there is, rounded up to a power of
	 * two, so that it changes seldom and with it the capacity of every unlimited arc.
	 */
	private long limit;

	/**
	 * Worth of a unit in each demand's highest band ({@link Weights#demandValue}, looked
	 * up once); each band below is worth {@link Weights#bandGap} less.
	 */
	private final long[] topValue;

	/**
	 * Arcs whose cost or capacity {@link #share} changed since the last {@link #set}, in
	 * order, an arc perhaps more than once; a solver that remembers how far it read, and
	 * in which month, need mend only what these touch.
	 */
	private int[] changes = new int[64];

	private int changeCount;

	private int month;

	private int monthsLeft;

	StepProblem(Network network) {
		this.network = network;
		this.deliveryArcs = new int[network.nodes.size()];
		this.rival = Rivals.of(network);
		this.weights = new Weights(network.nodes, network.links, FairShares.bands(network, rival));
		int nodes = network.nodes.size();
		this.sink = nodes;
		List<long[]> arcs = new ArrayList<>();
		this.linkArc = new int[network.links.size()];
		this.breachArc = new int[network.links.size()];
		this.reserveArc = new int[network.links.size()];
		this.carryArc = new int[nodes];
		this.spillArc = new int[nodes];
		this.firstDelivery = new int[nodes];
		this.demand = new long[nodes];
		double costScale = Weights.costScale(network.links);
		for (int l = 0; l < network.links.size(); l++) {
			Link link = network.links.get(l);
			long unitCost = Weights.linkCost(link, costScale);
			linkArc[l] = add(arcs, link.from(), link.to(), unitCost, LINK, l);
			long breach = link.breachable() ? weights.breachCost(link.breachTier()) : -1;
			breachArc[l] = breach < 0 ? -1 : add(arcs, link.from(), link.to(), unitCost + breach, BREACH, l);
			long reserve = link.reserved() ? weights.reserveCost(link.reserveTier()) : -1;
			reserveArc[l] = reserve < 0 ? -1 : add(arcs, link.from(), link.to(), unitCost + reserve, RESERVE, l);
		}
		for (int n = 0; n < nodes; n++) {
			Node node = network.nodes.get(n);
			carryArc[n] = spillArc[n] = firstDelivery[n] = -1;
			if (node.isStore()) {
				carryArc[n] = add(arcs, n, sink, -weights.carryValue, CARRY, n);
				spillArc[n] = add(arcs, n, sink, 0, SPILL, n);
			}
			else if (node.isDemand()) {
				deliveryArcs[n] = rival[n] ? 3 : 1;
				firstDelivery[n] = add(arcs, n, sink, -weights.demandValue(node, 0), DEMAND, n);
				if (rival[n]) {
					add(arcs, n, sink, -weights.demandValue(node, 1), DEMAND, n);
					add(arcs, n, sink, -weights.demandValue(node, 2), DEMAND, n);
				}
			}
		}
		int count = arcs.size();
		tail = new int[count];
		head = new int[count];
		cost = new long[count];
		kind = new int[count];
		owner = new int[count];
		gain = new double[count];
		for (int a = 0; a < count; a++) {
			long[] arc = arcs.get(a);
			tail[a] = (int) arc[0];
			head[a] = (int) arc[1];
			cost[a] = arc[2];
			kind[a] = (int) arc[3];
			owner[a] = (int) arc[4];
			gain[a] = kind[a] <= BREACH || kind[a] == RESERVE ? 1 - network.links.get(owner[a]).loss() : 1;
		}
		topValue = new long[nodes];
		for (int n = 0; n < nodes; n++) {
			Node node = network.nodes.get(n);
			topValue[n] = node.isDemand() ? weights.demandValue(node, 0) : 0;
		}
		capacity = new long[count];
		supply = new long[nodes + 1];
		kept = new long[nodes];
		storeOutlets = new int[nodes][];
		long receiving = 0;
		List<List<Integer>> outlets = new ArrayList<>();
		for (int n = 0; n < nodes; n++) {
			outlets.add(new ArrayList<>());
		}
		for (int a = 0; a < count; a++) {
			if (kind[a] != CARRY && kind[a] != SPILL && kind[a] != DEMAND) {
				outlets.get(tail[a]).add(a);
			}
		}
		for (int n = 0; n < nodes; n++) {
			storeOutlets[n] = outlets.get(n).stream().mapToInt(Integer::intValue).toArray();
			if (network.nodes.get(n).isStore() && network.incoming(n).length > 0) {
				receiving += units(network.nodes.get(n).capacity());
			}
		}
		receivingCapacity = receiving;
		linkMax = new long[network.links.size()];
		capped = new boolean[network.links.size()];
		for (int l = 0; l < linkMax.length; l++) {
			linkMax[l] = units(network.links.get(l).capacity());
			capped[l] = network.links.get(l).capped();
		}
		storable = new long[nodes];
		isDemand = new boolean[nodes];
		isStore = new boolean[nodes];
		for (int n = 0; n < nodes; n++) {
			storable[n] = units(network.nodes.get(n).capacity());
			isDemand[n] = network.nodes.get(n).isDemand();
			isStore[n] = network.nodes.get(n).isStore();
		}
	}

	private static int add(List<long[]> arcs, int from, int to, long cost, int kind, int owner) {
		arcs.add(new long[] { from, to, cost, kind, owner });
		return arcs.size() - 1;
	}

	int arcCount() {
		return tail.length;
	}

	long units(double quantity) {
		return Math.round(quantity / network.unit);
	}

	/**
	 * Sets this month's data: what each store holds and receives, what each demand asks,
	 * and what each capped link may still carry this year, {@code monthsLeft} months
	 * including this one.
	 */
	void set(long[] storeSupply, long[] demand, long[] capLeft, int monthsLeft) {
		month++;
		this.monthsLeft = monthsLeft;
		changeCount = 0;
		long total = 0;
		for (int l = 0; l < linkArc.length; l++) {
			long max = linkMax[l];
			long within = capped[l] ? Math.min(max, capLeft[l]) : max;
			long even = reserveArc[l] < 0 ? within : Math.min(within, (capLeft[l] + monthsLeft - 1) / monthsLeft);
			capacity[linkArc[l]] = even;
			if (reserveArc[l] >= 0) {
				capacity[reserveArc[l]] = within - even;
			}
			if (breachArc[l] >= 0) {
				capacity[breachArc[l]] = max - within;
			}
		}
		long absorbable = receivingCapacity;
		for (int n = 0; n < sink; n++) {
			absorbable += isDemand[n] ? demand[n] : 0;
		}
		for (int n = 0; n < sink; n++) {
			if (isStore[n]) {
				total += setStore(n, storeSupply[n], absorbable);
			}
		}
		supply[sink] = -total;
		limit = total < 1L << 61 ? Long.highestOneBit(total) << 1 : total;
		for (int n = 0; n < sink; n++) {
			this.demand[n] = isDemand[n] ? demand[n] : 0;
			if (firstDelivery[n] >= 0) {
				capacity[firstDelivery[n]] = this.demand[n];
				if (rival[n]) {
					capacity[firstDelivery[n] + 1] = 0;
					capacity[firstDelivery[n] + 2] = 0;
				}
			}
		}
		for (int a = 0; a < capacity.length; a++) {
			// no arc can carry more than all there is (no cycle costs less than nothing),
			// and small numbers cannot overflow
			capacity[a] = Math.min(capacity[a], limit);
		}
	}

	/**
	 * Gives demand {@code n}, which has rivals, a share of {@code share} units worth band
	 * {@code band} of its rank (0 the highest); one unit beyond it is worth the band
	 * after, the rest of its demand the band after that.
	 */
	void share(int n, long share, int band) {
		int first = firstDelivery[n];
		long within = Math.min(share, demand[n]);
		long last = Math.min(1, demand[n] - within);
		if (band < 0 || band + 2 >= weights.bands()) {
			throw new IllegalArgumentException("band " + band + " of " + weights.bands());
		}
		change(first, Math.min(within, limit), weights.bandGap() * band - topValue[n]);
		change(first + 1, Math.min(last, limit), weights.bandGap() * (band + 1) - topValue[n]);
		change(first + 2, Math.min(demand[n] - within - last, limit), weights.bandGap() * (band + 2) - topValue[n]);
	}

	private void change(int arc, long capacity, long cost) {
		if (this.capacity[arc] == capacity && this.cost[arc] == cost) {
			return;
		}
		this.capacity[arc] = capacity;
		this.cost[arc] = cost;
		if (changeCount == changes.length) {
			changes = Arrays.copyOf(changes, 2 * changeCount);
		}
		changes[changeCount++] = arc;
	}

	/**
	 * Which month's data the problem holds: a number that changes with every
	 * {@link #set}.
	 */
	int month() {
		return month;
	}

	/** Months left of the year, this one included: 12 in January, 1 in December. */
	int monthsLeft() {
		return monthsLeft;
	}

	/**
	 * Arcs {@link #share} changed since the last {@link #set}, the first
	 * {@link #changeCount} of them.
	 */
	int[] changes() {
		return changes;
	}

	int changeCount() {
		return changeCount;
	}

	/** What demand {@code n} receives in {@code flow}. */
	double delivered(int n, double[] flow) {
		double sum = 0;
		for (int k = 0; k < deliveryArcs[n]; k++) {
			sum += flow[firstDelivery[n] + k];
		}
		return sum;
	}

	/**
	 * Puts into the step only what a store could possibly give: a large aquifer holds far
	 * more than its links can carry or all demands could take in a month. The rest is
	 * kept as it is, which changes the optimum only by a constant (its carry-over value)
	 * and keeps the step's numbers, and those of an exported step, small. On networks
	 * with losses the bound by demand does not hold, so only link capacities bound the
	 * supply there.
	 */
	private long setStore(int n, long available, long absorbable) {
		long out = 0;
		for (int arc : storeOutlets[n]) {
			out = saturatingAdd(out, capacity[arc]);
		}
		long reach = network.hasLosses() ? out : Math.min(out, absorbable);
		long inStep = Math.min(available, reach);
		long outside = available - inStep;
		kept[n] = Math.min(outside, storable[n]);
		supply[n] = inStep;
		capacity[carryArc[n]] = Math.min(inStep, Math.max(0, storable[n] - outside));
		capacity[spillArc[n]] = inStep;
		return inStep;
	}

	private static long saturatingAdd(long a, long b) {
		long sum = a + b;
		return sum < 0 ? Long.MAX_VALUE : sum;
	}

	String arcName(int arc) {
		return switch (kind[arc]) {
			case LINK -> "link '" + network.links.get(owner[arc]).id() + "'";
			case BREACH -> "cap breach of link '" + network.links.get(owner[arc]).id() + "'";
			case RESERVE -> "cap reserve of link '" + network.links.get(owner[arc]).id() + "'";
			case CARRY -> "storage of '" + network.nodes.get(owner[arc]).id() + "'";
			case SPILL -> "spill of '" + network.nodes.get(owner[arc]).id() + "'";
			default -> "demand '" + network.nodes.get(owner[arc]).id() + "'" + (deliveryArcs[owner[arc]] == 1 ? ""
					: new String[] { " share", " last unit", " rest" }[arc - firstDelivery[owner[arc]]]);
		};
	}

	String nodeName(int node) {
		return node == sink ? "sink" : network.nodes.get(node).id();
	}

}
