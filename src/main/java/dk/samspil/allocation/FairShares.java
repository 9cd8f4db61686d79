package dk.samspil.allocation;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Shares a shortage within a rank by equal percentage, exactly: max-min fair over the
 * demands that share sources, each demand within one unit of its share. It solves the
 * month's flow a few times, changing only the shares and worth of demand arcs, the way
 * Fujishige's decomposition finds the lexicographically optimal base of a polymatroid
 * (what a rank's demands can receive together is one).
 *
 * <p>
 * The demands of a rank stand in groups, in order. A group's fair share is its total
 * {@code f} spread over its members by what they ask, {@code f * asks / asked}, rounded
 * down; one unit more lets the group still get its total, each member within a unit of
 * its share. Each group's shares, its members' last units and the rest of what they ask
 * are worth three bands of the rank, the first group's the highest, all above the next
 * group's shares; so a solve gives each group in turn the most it can get, and shows at
 * once whether the group's total was right. When a group gets another total than its
 * shares add up to, the totals the solve gave are taken as measured and the shares are
 * spread from them anew, groups out of order (a higher share in front of a lower one)
 * sorted by share the first time in a month and merged after that. If some members fall
 * short of their share, their group gets too much credit: the members that short ones can
 * take water from (a search backwards over the flow's residual links from them) can get
 * no more than they received together, so they become a group of their own with exactly
 * that total, in front of the rest of the group, which keeps what is left. When every
 * group gets the total of its shares and no member falls short, and shares rise from
 * group to group, every group receives its fair share, and so the rank is max-min fair.
 * Ranks are done from the highest down, so a lower rank is shared fairly in what a higher
 * one's fair shares leave.
 *
 * <p>
 * The groups and their totals stay from one month to the next, so a month's first solve
 * already checks shares: a month like the last needs one solve, or one more for each rank
 * whose totals changed. When a rank's totals change, the ranks below it take the totals
 * the same solve gave them as their guess, which the next solve mostly confirms. Each
 * solve starts from the basis of the solve before.
 */
final class FairShares {

	/**
	 * Solves a month may take before it keeps the allocation it has: every rank's total
	 * exact, shares not yet.
	 */
	static final int ROUNDS = 64;

	private final StepProblem problem;

	private final Level[] levels;

	private final int[] inStart;

	private final int[] inArcs;

	private final int[] outStart;

	private final int[] outArcs;

	private final int[] mark;

	private final int[] queue;

	private final int[] picked;

	private int stamp;

	private int rounds;

	private long allRounds;

	private int unfinished;

	FairShares(StepProblem problem) {
		this.problem = problem;
		Network network = problem.network;
		Map<Long, List<Integer>> byLevel = new TreeMap<>();
		for (int n = 0; n < network.nodes.size(); n++) {
			Node node = network.nodes.get(n);
			if (node.isDemand() && problem.rival[n]) {
				byLevel
					.computeIfAbsent(((long) node.tier() << 32) + node.rank() - Integer.MIN_VALUE,
							key -> new ArrayList<>())
					.add(n);
			}
		}
		levels = byLevel.values()
			.stream()
			.map(members -> new Level(members.stream().mapToInt(Integer::intValue).toArray()))
			.toArray(Level[]::new);
		int nodes = problem.sink + 1;
		inStart = new int[nodes + 1];
		outStart = new int[nodes + 1];
		int count = 0;
		for (int a = 0; a < problem.arcCount(); a++) {
			if (problem.head[a] != problem.sink) {
				inStart[problem.head[a] + 1]++;
				outStart[problem.tail[a] + 1]++;
				count++;
			}
		}
		for (int v = 0; v < nodes; v++) {
			inStart[v + 1] += inStart[v];
			outStart[v + 1] += outStart[v];
		}
		inArcs = new int[count];
		outArcs = new int[count];
		int[] in = inStart.clone();
		int[] out = outStart.clone();
		for (int a = 0; a < problem.arcCount(); a++) {
			if (problem.head[a] != problem.sink) {
				inArcs[in[problem.head[a]]++] = a;
				outArcs[out[problem.tail[a]]++] = a;
			}
		}
		mark = new int[nodes];
		queue = new int[nodes];
		picked = new int[nodes];
	}

	/**
	 * Bands of worth each rank needs: three for each group its demands with rivals can
	 * form, and one more.
	 */
	static int bands(Network network, boolean[] rival) {
		Map<Long, Integer> counts = new TreeMap<>();
		for (int n = 0; n < network.nodes.size(); n++) {
			Node node = network.nodes.get(n);
			if (node.isDemand() && rival[n]) {
				counts.merge(((long) node.tier() << 32) + node.rank(), 1, Integer::sum);
			}
		}
		return 3 * counts.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
	}

	/**
	 * Solves the problem's month with {@code solver} into {@code flow} until every rank
	 * is shared fairly; false when the month cannot be solved at all.
	 */
	boolean solve(StepSolver solver, double[] flow) {
		for (Level level : levels) {
			level.start();
		}
		int current = 0;
		for (rounds = 1;; rounds++) {
			if (!solver.solve(flow)) {
				return false;
			}
			allRounds++;
			current = settle(current, flow);
			if (current == levels.length) {
				return true;
			}
			if (rounds >= ROUNDS) {
				unfinished++;
				return true;
			}
		}
	}

	/**
	 * Checks the levels from {@code current} on against {@code flow}, and gives the first
	 * that is not yet shared fairly new shares (and the levels after it, should its
	 * totals have changed, new guesses); returns its index, or the number of levels when
	 * all are shared fairly.
	 */
	private int settle(int current, double[] flow) {
		for (; current < levels.length; current++) {
			if (!levels[current].totalsHold(flow)) {
				for (int later = current; later < levels.length; later++) {
					levels[later].remeasure(flow);
				}
				return current;
			}
			if (levels[current].pooledOutOfOrder() || levels[current].split(flow)) {
				return current;
			}
		}
		return current;
	}

	/** Solves the last month took. */
	int rounds() {
		return rounds;
	}

	/** Solves all months so far took. */
	long allRounds() {
		return allRounds;
	}

	/**
	 * Months that ended after {@link #ROUNDS} solves with their shares not yet checked.
	 */
	int unfinished() {
		return unfinished;
	}

	/**
	 * The demands of one tier and rank that have rivals, in groups of equal share. Each
	 * group has a band of worth, the first group the highest (band 0), its members' last
	 * unit the band after it and the rest of what they ask the one after that, so bands
	 * of groups in order rise by at least three; a group keeps its band while groups are
	 * split and pooled around it, and a new group takes one between its neighbours', so a
	 * split changes only the worth of the demand arcs of the groups it makes, not of
	 * every group behind them. Only when there is no band between its neighbours are all
	 * groups spread evenly again.
	 */
	private final class Level {

		private List<Group> groups = new ArrayList<>();

		private List<Group> scratch = new ArrayList<>();

		/**
		 * Levels of at most this many groups are sorted rather than pooled, see
		 * {@link #sort}.
		 */
		private static final int SORTED_GROUPS = 32;

		/** Whether the level was sorted this month. */
		private boolean sorted;

		/** One past the rank's last band. */
		private final int end = problem.weights.bands();

		Level(int[] members) {
			Group all = new Group(members);
			all.band = 0;
			all.total = Long.MAX_VALUE;
			groups.add(all);
		}

		/**
		 * Sets the shares for a new month from the totals of the last, as far as the
		 * members still ask for them; at first every member's share is its whole demand.
		 */
		void start() {
			sorted = false;
			for (Group group : groups) {
				group.asked = 0;
				for (int n : group.members) {
					group.asked += problem.demand[n];
				}
				group.total = Math.min(group.total, group.asked);
				group.floored = false;
			}
			floor();
		}

		/**
		 * Whether every group received in {@code flow} the total its shares were spread
		 * from.
		 */
		boolean totalsHold(double[] flow) {
			boolean hold = true;
			for (Group group : groups) {
				group.received = 0;
				for (int n : group.members) {
					group.received += Math.round(problem.delivered(n, flow));
				}
				hold &= group.received == group.total;
			}
			return hold;
		}

		/**
		 * Takes what each group received in {@code flow} as its total, and spreads the
		 * shares from it.
		 */
		void remeasure(double[] flow) {
			totalsHold(flow);
			for (Group group : groups) {
				group.total = group.received;
			}
			if (!sorted && groups.size() <= SORTED_GROUPS) {
				sorted = true;
				sort();
				floor();
				return;
			}
			pool();
			band();
			floor();
		}

		/**
		 * Puts the groups in the order of their shares, each taking the band of the place
		 * it comes to. When a month's totals change, groups of the last month often just
		 * change places: pooled, they take a solve to measure as one and more to split
		 * them again; sorted, the next solve mostly confirms them (R7: 3.95 solves a
		 * month became 2.4). Groups that truly share a level come out of order again and
		 * are pooled then, so a level sorts once a month. Only for levels of up to
		 * {@link #SORTED_GROUPS} groups: on N98, whose ranks hold hundreds of groups,
		 * which are split again in parallel after pooling, sorting them all took more
		 * solves (25.8 to 32 a month).
		 */
		private void sort() {
			int[] bands = new int[groups.size()];
			for (int g = 0; g < bands.length; g++) {
				bands[g] = groups.get(g).band;
			}
			Arrays.sort(bands);
			groups.sort(Group::compareShare);
			for (int g = 0; g < bands.length; g++) {
				groups.get(g).band = bands[g];
			}
		}

		/**
		 * Pools neighbours whose shares are out of order though their totals hold, as a
		 * new month's demands can leave them ({@link #start} cuts totals down to what
		 * members ask): in front of a lower share, a higher one would be served at the
		 * lower one's expense. True when it pooled, so the level must be solved again.
		 */
		boolean pooledOutOfOrder() {
			for (int g = 0; g + 1 < groups.size(); g++) {
				if (groups.get(g).above(groups.get(g + 1))) {
					pool();
					band();
					floor();
					return true;
				}
			}
			return false;
		}

		/**
		 * Merges neighbours whose shares are out of order, so shares rise from the first
		 * group to the last.
		 */
		void pool() {
			scratch.clear();
			for (Group group : groups) {
				Group last = group;
				while (!scratch.isEmpty() && scratch.get(scratch.size() - 1).above(last)) {
					last = scratch.remove(scratch.size() - 1).merge(last);
				}
				scratch.add(last);
			}
			List<Group> pooled = scratch;
			scratch = groups;
			groups = pooled;
		}

		/**
		 * Gives every group without a band (-1) one between the bands of its neighbours;
		 * when some run of them finds no room, spreads all groups evenly over the rank's
		 * bands.
		 */
		void band() {
			int before = -3;
			int i = 0;
			while (i < groups.size()) {
				if (groups.get(i).band >= 0) {
					before = groups.get(i++).band;
					continue;
				}
				int j = i;
				while (j < groups.size() && groups.get(j).band < 0) {
					j++;
				}
				int after = j < groups.size() ? groups.get(j).band : end;
				int count = j - i;
				if (after - before < 3 * (count + 1)) {
					int step = end / groups.size();
					for (int g = 0; g < groups.size(); g++) {
						groups.get(g).band = g * step;
					}
					return;
				}
				for (int k = 0; k < count; k++) {
					groups.get(i + k).band = before + (int) ((long) (k + 1) * (after - before) / (count + 1));
				}
				i = j;
			}
		}

		/**
		 * Sets each member's share: its group's total spread by what the members ask,
		 * rounded down; only for groups whose band, total or members changed since their
		 * shares were last set.
		 */
		void floor() {
			for (Group group : groups) {
				if (group.floored && group.flooredBand == group.band && group.flooredTotal == group.total) {
					continue;
				}
				for (int n : group.members) {
					problem.share(n, group.asked == 0 ? 0 : mulDiv(group.total, problem.demand[n], group.asked),
							group.band);
				}
				group.floored = true;
				group.flooredBand = group.band;
				group.flooredTotal = group.total;
			}
		}

		/**
		 * Splits each group with members short of their share into those the short ones
		 * depend on and the rest; false when no member is short, so the rank is shared
		 * fairly.
		 */
		boolean split(double[] flow) {
			boolean changed = false;
			scratch.clear();
			for (Group group : groups) {
				int count = dependent(group, flow);
				if (count == 0) {
					scratch.add(group);
					continue;
				}
				long received = 0;
				for (int k = 0; k < count; k++) {
					received += Math.round(problem.delivered(picked[k], flow));
				}
				if (count == group.members.length) {
					if (received < group.total) {
						group.total = received;
						changed = true;
					}
					scratch.add(group);
					continue;
				}
				changed = true;
				Group low = new Group(Arrays.copyOf(picked, count));
				low.total = received;
				low.band = group.band;
				int[] rest = new int[group.members.length - count];
				int r = 0;
				for (int n : group.members) {
					if (mark[n] != stamp) {
						rest[r++] = n;
					}
				}
				Group high = new Group(rest);
				high.total = group.total - received;
				for (Group part : List.of(low, high)) {
					part.asked = 0;
					for (int n : part.members) {
						part.asked += problem.demand[n];
					}
					scratch.add(part);
				}
			}
			if (!changed) {
				return false;
			}
			List<Group> next = scratch;
			scratch = groups;
			groups = next;
			pool();
			band();
			floor();
			return true;
		}

		/**
		 * The members of {@code group} that its short members depend on: those a search
		 * backwards from the short ones over the residual links reaches (water could flow
		 * to a short one if they received less), with the short ones, listed in
		 * {@link #picked} in the group's order; returns how many, 0 when none is short.
		 * Marks them with the current stamp.
		 */
		private int dependent(Group group, double[] flow) {
			stamp++;
			int size = 0;
			for (int n : group.members) {
				int arc = problem.firstDelivery[n];
				if (flow[arc] < problem.capacity[arc]) {
					mark[n] = stamp;
					queue[size++] = n;
				}
			}
			if (size == 0) {
				return 0;
			}
			int tier = problem.network.nodes.get(group.members[0]).tier();
			for (int i = 0; i < size; i++) {
				int v = queue[i];
				for (int k = inStart[v]; k < inStart[v + 1]; k++) {
					int a = inArcs[k];
					if (flow[a] < problem.capacity[a] && allowed(a, tier) && mark[problem.tail[a]] != stamp) {
						mark[problem.tail[a]] = stamp;
						queue[size++] = problem.tail[a];
					}
				}
				for (int k = outStart[v]; k < outStart[v + 1]; k++) {
					int a = outArcs[k];
					if (flow[a] > 0 && mark[problem.head[a]] != stamp) {
						mark[problem.head[a]] = stamp;
						queue[size++] = problem.head[a];
					}
				}
			}
			int count = 0;
			for (int n : group.members) {
				if (mark[n] == stamp) {
					picked[count++] = n;
				}
			}
			return count;
		}

		/**
		 * Whether the tier may send more water over arc {@code a}: a cap's breach or
		 * reserve only for tiers allowed it.
		 */
		private boolean allowed(int a, int tier) {
			Link link = problem.kind[a] == StepProblem.LINK ? null : problem.network.links.get(problem.owner[a]);
			return switch (problem.kind[a]) {
				case StepProblem.BREACH -> tier <= link.breachTier();
				case StepProblem.RESERVE -> tier <= link.reserveTier();
				default -> true;
			};
		}

	}

	/** Demands with one share of what they ask. */
	private static final class Group {

		private final int[] members;

		private long asked;

		private long total;

		/** What the group received in the last solve looked at. */
		private long received;

		/** The group's band of worth, -1 until it has one. */
		private int band = -1;

		/** Whether its members' shares were set, and for which band and total. */
		private boolean floored;

		private int flooredBand;

		private long flooredTotal;

		Group(int[] members) {
			this.members = members;
		}

		/**
		 * Whether this group's share is higher than that of {@code other}, which comes
		 * after it.
		 */
		boolean above(Group other) {
			return compareProducts(total, other.asked, other.total, asked) > 0;
		}

		/**
		 * Orders groups by share, a group that asks nothing (and so gets nothing) as one
		 * of share zero.
		 */
		int compareShare(Group other) {
			return compareProducts(total, Math.max(1, other.asked), other.total, Math.max(1, asked));
		}

		/**
		 * The two groups as one, in the band of the first, or of the second should the
		 * first have none yet.
		 */
		Group merge(Group other) {
			int[] both = Arrays.copyOf(members, members.length + other.members.length);
			System.arraycopy(other.members, 0, both, members.length, other.members.length);
			Group merged = new Group(both);
			merged.asked = asked + other.asked;
			merged.total = total + other.total;
			merged.band = band >= 0 ? band : other.band;
			return merged;
		}

	}

	/**
	 * Compares {@code a * b} with {@code c * d}, all four at least zero, without
	 * overflow.
	 */
	static int compareProducts(long a, long b, long c, long d) {
		long high = Math.multiplyHigh(a, b);
		long otherHigh = Math.multiplyHigh(c, d);
		if (high != otherHigh) {
			return Long.compare(high, otherHigh);
		}
		return Long.compareUnsigned(a * b, c * d);
	}

	private static long mulDiv(long a, long b, long c) {
		long high = Math.multiplyHigh(a, b);
		long low = a * b;
		if ((high == 0 && low >= 0) || (high == -1 && low < 0)) {
			return low / c;
		}
		return BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)).divide(BigInteger.valueOf(c)).longValue();
	}

}
