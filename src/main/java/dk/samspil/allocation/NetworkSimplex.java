package dk.samspil.allocation;

import java.util.Arrays;

/**
 * A dual network simplex that keeps its basis from one step to the next.
 *
 * <p>
 * Between months only capacities and supplies change, never costs. A spanning-tree basis
 * with its potentials therefore stays dual feasible from month to month (each arc outside
 * the tree sits at the bound its reduced cost asks for), and only the flows on the tree
 * need mending. The dual simplex does exactly that: it takes a tree arc whose flow lies
 * outside its bounds, sets it to the bound it breaks, and lets in the arc across the same
 * cut whose reduced cost is smallest. A month like the last takes a handful of such
 * pivots, often none, each costing time in proportion to the subtree it moves; a
 * cost-scaling solver starts from nothing every month. All arithmetic is in {@code long},
 * so the optimum is exact.
 *
 * <p>
 * The first solve starts from a star of artificial arcs of capacity zero around the node
 * with the most arcs, which the pivots drive out. That node stays the root of the tree: a
 * pivot scans the arcs of the subtree it moves, which then never holds the busiest node
 * (in a step problem the sink, with an arc from every demand arc). When no arc can enter,
 * the flows cannot be met within the bounds, and {@link #solve} says so; the basis stays
 * valid for the next call. Should degenerate pivots ever cycle, {@link #solve} gives up
 * after a budget of pivots and says so, so the caller can use a solver that always ends;
 * it gives up at once on numbers so large that sums of flows could overflow.
 */
final class NetworkSimplex {

	/** What a solve ended with. */
	enum Result {

		OPTIMAL, INFEASIBLE, GAVE_UP

	}

	private static final byte TREE = 0;

	private static final byte LOWER = 1;

	private static final byte UPPER = 2;

	private final int nodes;

	private final int root;

	private final int arcs;

	private final int[] tail;

	private final int[] head;

	private final long[] cost;

	private final long[] capacity;

	private final long[] flow;

	private final byte[] state;

	private final int[] outStart;

	private final int[] outArcs;

	private final int[] inStart;

	private final int[] inArcs;

	private final int[] parent;

	private final int[] parentArc;

	private final int[] firstChild;

	private final int[] nextSibling;

	private final int[] previousSibling;

	private final long[] potential;

	private final long[] excess;

	private final int[] order;

	private final int[] subtree;

	private final int[] mark;

	private int stamp;

	/**
	 * Nodes whose arc to their parent may lie outside its bounds, first in first out;
	 * each at most once.
	 */
	private final int[] candidates;

	private final boolean[] waiting;

	private int first;

	private int waitingCount;

	/** Arcs outside the tree whose bound is to be checked against their reduced cost. */
	private int[] recheck;

	/**
	 * Sum of the absolute capacities and supplies of the last full solve, kept up by
	 * later changes.
	 */
	private long magnitude;

	/** The supplies of the last solve; null before the first. */
	private long[] supply;

	/**
	 * Whether the tree, its flows and potentials and the bounds of the arcs outside it
	 * fit the data last given, so the next solve may mend them; not before the first
	 * solve, nor after one that stopped halfway through its changes.
	 */
	private boolean mendable;

	private int[] changedArcs = new int[16];

	/** Arcs that may enter in the pivot under way, and their ratios. */
	private int[] offerArc = new int[16];

	private long[] offerRatio = new long[16];

	private long flips;

	private final int budget;

	private long pivots;

	/**
	 * @param nodes number of nodes
	 * @param tail tail node of each arc
	 * @param head head node of each arc
	 * @param cost cost of a unit on each arc
	 */
	NetworkSimplex(int nodes, int[] tail, int[] head, long[] cost) {
		this(nodes, tail, head, cost, 10 * (nodes + tail.length) + 1000);
	}

	NetworkSimplex(int nodes, int[] tail, int[] head, long[] cost, int budget) {
		this.nodes = nodes;
		this.arcs = tail.length;
		this.budget = budget;
		int all = arcs + nodes;
		this.tail = new int[all];
		this.head = new int[all];
		this.cost = new long[all];
		System.arraycopy(tail, 0, this.tail, 0, arcs);
		System.arraycopy(head, 0, this.head, 0, arcs);
		System.arraycopy(cost, 0, this.cost, 0, arcs);
		capacity = new long[all];
		flow = new long[all];
		state = new byte[all];
		outStart = new int[nodes + 1];
		inStart = new int[nodes + 1];
		outArcs = new int[arcs];
		inArcs = new int[arcs];
		index(tail, outStart, outArcs);
		index(head, inStart, inArcs);
		this.root = busiest();
		parent = new int[nodes];
		parentArc = new int[nodes];
		firstChild = new int[nodes];
		nextSibling = new int[nodes];
		previousSibling = new int[nodes];
		potential = new long[nodes];
		excess = new long[nodes];
		order = new int[nodes];
		subtree = new int[nodes];
		mark = new int[nodes];
		candidates = new int[nodes];
		waiting = new boolean[nodes];
		recheck = new int[16];
		Arrays.fill(firstChild, -1);
		parent[root] = -1;
		parentArc[root] = -1;
		for (int a = 0; a < arcs; a++) {
			state[a] = cost[a] < 0 ? UPPER : LOWER;
		}
		for (int v = 0; v < nodes; v++) {
			int artificial = arcs + v;
			this.tail[artificial] = v;
			this.head[artificial] = root;
			state[artificial] = v == root ? LOWER : TREE;
			if (v != root) {
				attach(v, root, artificial);
			}
		}
	}

	private int busiest() {
		int best = 0;
		for (int v = 1; v < nodes; v++) {
			if (degree(v) > degree(best)) {
				best = v;
			}
		}
		return best;
	}

	private int degree(int v) {
		return outStart[v + 1] - outStart[v] + inStart[v + 1] - inStart[v];
	}

	private static void index(int[] end, int[] start, int[] list) {
		for (int node : end) {
			start[node + 1]++;
		}
		for (int v = 0; v + 1 < start.length; v++) {
			start[v + 1] += start[v];
		}
		int[] next = start.clone();
		for (int a = 0; a < end.length; a++) {
			list[next[end[a]]++] = a;
		}
	}

	/**
	 * Finds a least-cost flow that leaves {@code supply[v]} at each node (negative: takes
	 * it) within {@code capacity}, starting from the last solve's basis.
	 */
	Result solve(long[] capacity, long[] supply) {
		return solve(null, capacity, supply);
	}

	/**
	 * As {@link #solve(long[], long[])} with new costs ({@code null}: as before). The
	 * tree stays; its potentials follow the new costs and every arc outside it goes to
	 * the bound its reduced cost asks for, which keeps the basis dual feasible, so the
	 * pivots mend only flows as after any change of capacities.
	 */
	Result solve(long[] cost, long[] capacity, long[] supply) {
		if (cost != null) {
			System.arraycopy(cost, 0, this.cost, 0, arcs);
		}
		if (this.supply == null) {
			this.supply = new long[nodes];
		}
		System.arraycopy(supply, 0, this.supply, 0, nodes);
		mendable = false;
		magnitude = magnitude(capacity, supply);
		if (magnitude < 0) {
			return Result.GAVE_UP;
		}
		int count = preorder();
		// each arc in one pass: its capacity, its bound, and what it takes from and
		// brings to its ends
		System.arraycopy(supply, 0, excess, 0, nodes);
		for (int a = 0; a < arcs; a++) {
			long c = capacity[a];
			if (c < 0) {
				return Result.INFEASIBLE;
			}
			this.capacity[a] = c;
			if (state[a] != TREE) {
				// an arc that had no capacity may have been passed by pivots in either
				// direction
				long reduced = reducedCost(a);
				byte bound = reduced < 0 ? UPPER : reduced > 0 ? LOWER : state[a];
				state[a] = bound;
				long f = bound == UPPER ? c : 0;
				flow[a] = f;
				excess[tail[a]] -= f;
				excess[head[a]] += f;
			}
		}
		treeFlows(count);
		mendable = true;
		// the root, first in the order, has no arc to a parent
		for (int i = 1; i < count; i++) {
			enqueueIfOutside(order[i]);
		}
		return pivotToOptimum();
	}

	/**
	 * As {@link #solve(long[], long[], long[])} when since the last solve only the costs
	 * and capacities of the arcs {@code changed[from..to)} changed (an arc may be listed
	 * more than once), and no supply: only what those changes touch is mended. A changed
	 * arc outside the tree goes to the bound its reduced cost asks for and the tree
	 * carries the difference round its cycle; a changed cost on a tree arc moves the
	 * potentials of the subtree below it, and every arc across that cut is checked in the
	 * same way. Then the pivots mend the flows, starting from the tree arcs these changes
	 * touched, as every other tree arc still lies within its bounds.
	 */
	Result resolve(long[] cost, long[] capacity, int[] changed, int from, int to) {
		if (!mendable) {
			return solve(cost, capacity, supply);
		}
		return mend(cost, capacity, changed, from, to);
	}

	/**
	 * As {@link #solve(long[], long[], long[])}, mending only what changed since the last
	 * solve: the arcs whose cost or capacity differ as in {@link #resolve}, and for each
	 * node whose supply differs, the tree path from it to the root carries the
	 * difference. A new month changes the capacities of stores, caps and demands, but
	 * most arcs stay.
	 */
	Result update(long[] cost, long[] capacity, long[] supply) {
		if (!mendable) {
			return solve(cost, capacity, supply);
		}
		mendable = false;
		int count = 0;
		for (int a = 0; a < arcs; a++) {
			if (cost[a] != this.cost[a] || capacity[a] != this.capacity[a]) {
				if (count == changedArcs.length) {
					changedArcs = Arrays.copyOf(changedArcs, 2 * count);
				}
				changedArcs[count++] = a;
			}
		}
		long balance = 0;
		for (int v = 0; v < nodes; v++) {
			long delta = supply[v] - this.supply[v];
			balance += delta;
			if (delta != 0) {
				magnitude += Math.abs(supply[v]) - Math.abs(this.supply[v]);
				this.supply[v] = supply[v];
				// the node gives delta more: its path to the root carries it
				for (int u = v; u != root; u = parent[u]) {
					int arc = parentArc[u];
					flow[arc] += tail[arc] == u ? delta : -delta;
					enqueueIfOutside(u);
				}
			}
		}
		if (balance != 0) {
			throw new IllegalArgumentException("supplies do not sum to zero: " + balance);
		}
		return mend(cost, capacity, changedArcs, 0, count);
	}

	private Result mend(long[] cost, long[] capacity, int[] changed, int from, int to) {
		mendable = false;
		int checks = 0;
		for (int i = from; i < to; i++) {
			int a = changed[i];
			if (capacity[a] < 0) {
				return Result.INFEASIBLE;
			}
			magnitude += Math.abs(capacity[a]) - Math.abs(this.capacity[a]);
			this.capacity[a] = capacity[a];
			long delta = cost[a] - this.cost[a];
			this.cost[a] = cost[a];
			if (state[a] != TREE) {
				checks = check(checks, a);
				continue;
			}
			int below = parentArc[tail[a]] == a ? tail[a] : head[a];
			enqueue(below);
			if (delta != 0) {
				// the reduced cost of a tree arc stays zero: the potentials below it
				// follow its cost
				int size = markSubtree(below);
				long shift = below == head[a] ? delta : -delta;
				for (int k = 0; k < size; k++) {
					int v = subtree[k];
					potential[v] += shift;
					for (int j = outStart[v]; j < outStart[v + 1]; j++) {
						if (mark[head[outArcs[j]]] != stamp) {
							checks = check(checks, outArcs[j]);
						}
					}
					for (int j = inStart[v]; j < inStart[v + 1]; j++) {
						if (mark[tail[inArcs[j]]] != stamp) {
							checks = check(checks, inArcs[j]);
						}
					}
				}
			}
		}
		if (magnitude < 0 || magnitude > Long.MAX_VALUE / 4) {
			return Result.GAVE_UP;
		}
		for (int i = 0; i < checks; i++) {
			int a = recheck[i];
			if (state[a] == TREE) {
				continue;
			}
			long reduced = reducedCost(a);
			state[a] = reduced < 0 ? UPPER : reduced > 0 ? LOWER : state[a];
			long delta = (state[a] == UPPER ? this.capacity[a] : 0) - flow[a];
			if (delta != 0) {
				push(a, delta);
			}
		}
		mendable = true;
		return pivotToOptimum();
	}

	private int check(int checks, int arc) {
		if (state[arc] == TREE) {
			return checks;
		}
		if (checks == recheck.length) {
			recheck = Arrays.copyOf(recheck, 2 * checks);
		}
		recheck[checks] = arc;
		return checks + 1;
	}

	private Result pivotToOptimum() {
		for (int pivots = 0; pivots < budget; pivots++) {
			int below = infeasibleNode();
			if (below < 0) {
				return Result.OPTIMAL;
			}
			if (!pivot(below)) {
				// the bound cannot be met; the node waits for the next solve, whose
				// changes may make room
				enqueue(below);
				return Result.INFEASIBLE;
			}
			this.pivots++;
		}
		return Result.GAVE_UP;
	}

	/**
	 * Enqueues {@code v} should its arc to its parent lie outside its bounds; every
	 * change of a tree flow or of a parent arc calls it.
	 */
	private void enqueueIfOutside(int v) {
		int arc = parentArc[v];
		if (flow[arc] < 0 || flow[arc] > capacity[arc]) {
			enqueue(v);
		}
	}

	private void enqueue(int v) {
		if (v != root && !waiting[v]) {
			waiting[v] = true;
			int at = first + waitingCount;
			candidates[at >= nodes ? at - nodes : at] = v;
			waitingCount++;
		}
	}

	/**
	 * The sum of all capacities and supplies, which bounds every flow and sum of flows a
	 * solve can meet; -1 when it comes too near the limits of {@code long}.
	 */
	private static long magnitude(long[] capacity, long[] supply) {
		long sum = 0;
		for (long value : capacity) {
			sum += Math.abs(value);
			if (sum > Long.MAX_VALUE / 4 || value == Long.MIN_VALUE) {
				return -1;
			}
		}
		for (long value : supply) {
			sum += Math.abs(value);
			if (sum > Long.MAX_VALUE / 4 || value == Long.MIN_VALUE) {
				return -1;
			}
		}
		return sum;
	}

	/**
	 * A spanning tree and the bound each arc outside it sits at: where a later solve may
	 * start from (see {@link #restore}).
	 */
	static final class Basis {

		private final int[] parent;

		private final int[] parentArc;

		private final int[] firstChild;

		private final int[] nextSibling;

		private final int[] previousSibling;

		private final byte[] state;

		private Basis(int nodes, int arcs) {
			parent = new int[nodes];
			parentArc = new int[nodes];
			firstChild = new int[nodes];
			nextSibling = new int[nodes];
			previousSibling = new int[nodes];
			state = new byte[arcs];
		}

	}

	/**
	 * The current basis, copied into {@code into} (null: into a new one) so a later solve
	 * can start from it.
	 */
	Basis basis(Basis into) {
		Basis basis = into != null ? into : new Basis(nodes, state.length);
		System.arraycopy(parent, 0, basis.parent, 0, nodes);
		System.arraycopy(parentArc, 0, basis.parentArc, 0, nodes);
		System.arraycopy(firstChild, 0, basis.firstChild, 0, nodes);
		System.arraycopy(nextSibling, 0, basis.nextSibling, 0, nodes);
		System.arraycopy(previousSibling, 0, basis.previousSibling, 0, nodes);
		System.arraycopy(state, 0, basis.state, 0, state.length);
		return basis;
	}

	/**
	 * The next solve starts from a basis kept earlier instead of the last one. Any
	 * spanning tree will do: as in {@link #solve}, its potentials follow from the costs,
	 * every arc outside it goes to the bound its reduced cost asks for, which makes it
	 * dual feasible, and the tree's flows follow from the supplies; the pivots then mend
	 * the flows.
	 */
	void restore(Basis basis) {
		System.arraycopy(basis.parent, 0, parent, 0, nodes);
		System.arraycopy(basis.parentArc, 0, parentArc, 0, nodes);
		System.arraycopy(basis.firstChild, 0, firstChild, 0, nodes);
		System.arraycopy(basis.nextSibling, 0, nextSibling, 0, nodes);
		System.arraycopy(basis.previousSibling, 0, previousSibling, 0, nodes);
		System.arraycopy(basis.state, 0, state, 0, state.length);
		mendable = false;
	}

	/** Pivots made over all solves. */
	long pivots() {
		return pivots;
	}

	/** Arcs that went over to their other bound within a pivot, over all solves. */
	long flips() {
		return flips;
	}

	long flow(int arc) {
		return flow[arc];
	}

	/**
	 * The cost of the last optimal flow; throws rather than overflow on a model of absurd
	 * size.
	 */
	long totalCost() {
		long sum = 0;
		for (int a = 0; a < arcs; a++) {
			sum = Math.addExact(sum, Math.multiplyExact(flow[a], cost[a]));
		}
		return sum;
	}

	/**
	 * Flows on the tree arcs from {@link #excess}: the supplies less what the arcs
	 * outside the tree carry away.
	 */
	private void treeFlows(int count) {
		for (int i = count - 1; i > 0; i--) {
			int v = order[i];
			int arc = parentArc[v];
			flow[arc] = tail[arc] == v ? excess[v] : -excess[v];
			excess[parent[v]] += excess[v];
		}
		if (excess[root] != 0) {
			throw new IllegalArgumentException("supplies do not sum to zero: " + excess[root]);
		}
	}

	/**
	 * Fills {@link #order} with the tree in preorder and {@link #potential} along it;
	 * returns the count.
	 */
	private int preorder() {
		int count = 0;
		order[count++] = root;
		potential[root] = 0;
		for (int i = 0; i < count; i++) {
			int v = order[i];
			for (int c = firstChild[v]; c >= 0; c = nextSibling[c]) {
				int arc = parentArc[c];
				potential[c] = tail[arc] == v ? potential[v] + cost[arc] : potential[v] - cost[arc];
				order[count++] = c;
			}
		}
		return count;
	}

	/**
	 * A node whose tree arc to its parent lies outside its bounds, or -1 when none does:
	 * the first of the waiting nodes, in the order their arcs were touched. Taking the
	 * arc that lies furthest outside would mostly take arcs near the root, which carry
	 * the sums of whole subtrees, and a pivot costs time in proportion to the subtree it
	 * moves: on the national model the first solve took 40 times longer that way.
	 */
	private int infeasibleNode() {
		while (waitingCount > 0) {
			int v = candidates[first];
			first = first + 1 == nodes ? 0 : first + 1;
			waitingCount--;
			waiting[v] = false;
			int arc = parentArc[v];
			if (flow[arc] < 0 || flow[arc] > capacity[arc]) {
				return v;
			}
		}
		return -1;
	}

	private long reducedCost(int arc) {
		return cost[arc] + potential[tail[arc]] - potential[head[arc]];
	}

	/**
	 * Moves the tree arc above {@code q} to the bound it breaks and lets in the arc
	 * across the cut with the smallest reduced cost; false when no arc can enter, that is
	 * when the bound cannot be met. An arc of smaller reduced cost whose whole capacity
	 * brings less than is still missing does not enter but goes over to its other bound
	 * (a bound flip; its reduced cost changes sign with the potentials), and the next arc
	 * is taken: one pivot instead of one that lets in an arc which would at once lie
	 * outside its own bounds, and another to drive it out. On the scarce networks a
	 * quarter of all pivots let in such an arc, often a demand's last unit.
	 */
	private boolean pivot(int q) {
		int leaving = parentArc[q];
		long f = flow[leaving];
		boolean below = f < 0;
		long bound = below ? 0 : capacity[leaving];
		// how much more must flow into the subtree of q through arcs outside the tree
		long need = (head[leaving] == q ? 1 : -1) * (f - bound);
		int size = markSubtree(q);
		// an arc out of the subtree can enter at its upper bound when more must flow in,
		// at its lower when less; inward arcs are listed as their complement
		byte outward = need > 0 ? UPPER : LOWER;
		byte inward = need > 0 ? LOWER : UPPER;
		// every arc that may enter is listed, an arc into the subtree as its
		// complement; the first of smallest ratio is picked
		int found = 0;
		int pick = -1;
		long best = Long.MAX_VALUE;
		for (int i = 0; i < size; i++) {
			int v = subtree[i];
			for (int k = outStart[v]; k < outStart[v + 1]; k++) {
				int a = outArcs[k];
				if (state[a] == outward && capacity[a] > 0 && mark[head[a]] != stamp) {
					long ratio = Math.abs(reducedCost(a));
					if (ratio < best) {
						best = ratio;
						pick = found;
					}
					found = offer(found, a, ratio);
				}
			}
			for (int k = inStart[v]; k < inStart[v + 1]; k++) {
				int a = inArcs[k];
				if (state[a] == inward && capacity[a] > 0 && mark[tail[a]] != stamp) {
					long ratio = Math.abs(reducedCost(a));
					if (ratio < best) {
						best = ratio;
						pick = found;
					}
					found = offer(found, ~a, ratio);
				}
			}
		}
		if (found == 0) {
			return false;
		}
		long missing = Math.abs(need);
		while (true) {
			int a = offerArc[pick] < 0 ? ~offerArc[pick] : offerArc[pick];
			if (found == 1 || capacity[a] >= missing) {
				break;
			}
			// the whole arc brings less than is missing: it goes over to its other bound
			// and the next arc is looked at
			push(a, (offerArc[pick] < 0) == (need > 0) ? capacity[a] : -capacity[a]);
			state[a] = state[a] == LOWER ? UPPER : LOWER;
			missing -= capacity[a];
			flips++;
			found--;
			offerArc[pick] = offerArc[found];
			offerRatio[pick] = offerRatio[found];
			pick = 0;
			for (int i = 1; i < found; i++) {
				if (offerRatio[i] < offerRatio[pick]) {
					pick = i;
				}
			}
		}
		boolean intoSubtree = offerArc[pick] < 0;
		int entering = intoSubtree ? ~offerArc[pick] : offerArc[pick];
		long shift = intoSubtree ? reducedCost(entering) : -reducedCost(entering);
		for (int i = 0; i < size; i++) {
			potential[subtree[i]] += shift;
		}
		long rest = need > 0 ? missing : -missing;
		push(entering, intoSubtree ? rest : -rest);
		state[leaving] = below ? LOWER : UPPER;
		state[entering] = TREE;
		rehang(q, intoSubtree ? head[entering] : tail[entering], intoSubtree ? tail[entering] : head[entering],
				entering);
		return true;
	}

	private int offer(int found, int signed, long ratio) {
		if (found == offerArc.length) {
			offerArc = Arrays.copyOf(offerArc, 2 * found);
			offerRatio = Arrays.copyOf(offerRatio, 2 * found);
		}
		offerArc[found] = signed;
		offerRatio[found] = ratio;
		return found + 1;
	}

	/**
	 * Marks the subtree of {@code q} and lists it in {@link #subtree}; returns its size.
	 */
	private int markSubtree(int q) {
		stamp++;
		int size = 0;
		subtree[size++] = q;
		mark[q] = stamp;
		for (int i = 0; i < size; i++) {
			for (int c = firstChild[subtree[i]]; c >= 0; c = nextSibling[c]) {
				mark[c] = stamp;
				subtree[size++] = c;
			}
		}
		return size;
	}

	/**
	 * Sends {@code delta} along arc {@code a} and back round the tree path from its head
	 * to its tail.
	 */
	private void push(int a, long delta) {
		flow[a] += delta;
		if (head[a] == root || tail[a] == root) {
			// the path runs from the other end up to the root, as for every demand's arc
			// to the sink
			boolean up = head[a] == root;
			for (int v = up ? tail[a] : head[a]; v != root; v = parent[v]) {
				int arc = parentArc[v];
				flow[arc] += (head[arc] == v) == up ? delta : -delta;
				enqueueIfOutside(v);
			}
			return;
		}
		stamp++;
		for (int v = tail[a]; v >= 0; v = parent[v]) {
			mark[v] = stamp;
		}
		int join = head[a];
		while (mark[join] != stamp) {
			int arc = parentArc[join];
			flow[arc] += tail[arc] == join ? delta : -delta;
			enqueueIfOutside(join);
			join = parent[join];
		}
		for (int v = tail[a]; v != join; v = parent[v]) {
			int arc = parentArc[v];
			flow[arc] += head[arc] == v ? delta : -delta;
			enqueueIfOutside(v);
		}
	}

	/**
	 * Hangs the subtree of {@code q}, cut from its parent, from {@code outside} through
	 * {@code arc}, which meets the subtree at {@code inside}: the path from
	 * {@code inside} up to {@code q} turns round.
	 */
	private void rehang(int q, int inside, int outside, int arc) {
		int above = outside;
		int aboveArc = arc;
		int v = inside;
		while (true) {
			int nextV = parent[v];
			int nextArc = parentArc[v];
			detach(v);
			attach(v, above, aboveArc);
			enqueueIfOutside(v);
			if (v == q) {
				return;
			}
			above = v;
			aboveArc = nextArc;
			v = nextV;
		}
	}

	private void detach(int v) {
		int p = parent[v];
		if (previousSibling[v] >= 0) {
			nextSibling[previousSibling[v]] = nextSibling[v];
		}
		else {
			firstChild[p] = nextSibling[v];
		}
		if (nextSibling[v] >= 0) {
			previousSibling[nextSibling[v]] = previousSibling[v];
		}
	}

	private void attach(int v, int p, int arc) {
		parent[v] = p;
		parentArc[v] = arc;
		previousSibling[v] = -1;
		nextSibling[v] = firstChild[p];
		if (firstChild[p] >= 0) {
			previousSibling[firstChild[p]] = v;
		}
		firstChild[p] = v;
	}

}
