package dk.samspil.allocation;

import java.util.List;
import java.util.TreeSet;

/**
 * Integer costs that make one min-cost flow lexicographic, MODSIM style: every unit a
 * tier receives is worth more than anything lower tiers, equal sharing or link costs
 * could gain with it. Gaps are additive, which suffices because in a network without
 * losses one unit taken from a demand frees at most one unit for another. From the top:
 * tiers, then ranks within a tier, then the bands of a rank ({@link FairShares}: its
 * groups of equal share in order, each with its members' last unit and then the rest of
 * what they ask just below it), then storage carry-over, then link costs.
 */
final class Weights {

	/**
	 * Link costs become integers from 0 to this many steps, the dearest link taking the
	 * top step: a model whose dearest source costs 8 kr/m3 tells costs apart to within a
	 * cent. Money only breaks ties between allocations that priorities rank equal; every
	 * gap above it grows with this number, and the simplex's time does not.
	 */
	static final double COST_STEPS = 1000;

	private final int[] tiers;

	private final int[] ranks;

	private final int bands;

	final long pathBound;

	final long carryValue;

	private final long bandGap;

	private final long rankGap;

	private final long tierGap;

	private final long base;

	/**
	 * @param bands how many bands of value each rank has: three for each group of equal
	 * share, and one more
	 */
	Weights(List<Node> nodes, List<Link> links, int bands) {
		TreeSet<Integer> tierSet = new TreeSet<>();
		TreeSet<Integer> rankSet = new TreeSet<>();
		for (Node node : nodes) {
			if (node.isDemand()) {
				tierSet.add(node.tier());
				rankSet.add(node.rank());
			}
		}
		this.tiers = tierSet.stream().mapToInt(Integer::intValue).toArray();
		this.ranks = rankSet.stream().mapToInt(Integer::intValue).toArray();
		this.bands = bands;
		long[] cost = new long[links.size()];
		double scale = costScale(links);
		for (int l = 0; l < cost.length; l++) {
			// a breach or reserve arc runs beside its link, so a path uses at most one of
			// them
			cost[l] = linkCost(links.get(l), scale);
		}
		this.pathBound = PathBound.of(nodes.size(), links, cost) + 1;
		this.carryValue = pathBound + 1;
		this.bandGap = 2 * pathBound + 1;
		this.rankGap = Math.multiplyExact(bands, bandGap) + 2 * pathBound + 1;
		// a quarter of a gap must still exceed everything within a tier, so gates can sit
		// at a half and three quarters
		this.tierGap = 4 * (Math.max(1, ranks.length) * rankGap + 2 * pathBound + 1);
		// the lowest band of the lowest rank still beats carrying water over to next
		// month, whatever the path costs
		this.base = carryValue + 2 * pathBound + 1;
	}

	/** Factor that turns a network's link costs into integer cost steps. */
	static double costScale(List<Link> links) {
		double dearest = links.stream().mapToDouble(Link::cost).max().orElse(0);
		return dearest > 0 ? COST_STEPS / dearest : 1;
	}

	static long linkCost(Link link, double scale) {
		return Math.round(link.cost() * scale);
	}

	/**
	 * Value of a unit in band {@code band} (0 the highest, below {@link #bands()}) of a
	 * demand's rank: what the flow earns (as negative cost).
	 */
	long demandValue(Node demand, int band) {
		if (band < 0 || band >= bands) {
			throw new IllegalArgumentException("band " + band + " of " + bands);
		}
		int tierIndex = indexOf(tiers, demand.tier());
		int rankIndex = indexOf(ranks, demand.rank());
		return base + (long) (tiers.length - 1 - tierIndex) * tierGap + (long) (ranks.length - 1 - rankIndex) * rankGap
				+ (long) (bands - 1 - band) * bandGap;
	}

	int bands() {
		return bands;
	}

	/** How much more a unit in one band of a rank is worth than in the band below it. */
	long bandGap() {
		return bandGap;
	}

	/**
	 * Cost of a unit beyond an annual cap: just below the worth of the lowest tier
	 * allowed to breach, so only that tier and higher ones take it, and only when nothing
	 * within the cap can serve them. Returns -1 when no demand is of such a tier.
	 */
	long breachCost(int breachTier) {
		int index = -1;
		for (int i = 0; i < tiers.length; i++) {
			if (tiers[i] <= breachTier) {
				index = i;
			}
		}
		if (index < 0) {
			return -1;
		}
		return base + (long) (tiers.length - 1 - index) * tierGap - tierGap / 2;
	}

	/**
	 * Cost of a unit drawn from an annual cap's reserve: like a breach, only tiers up to
	 * {@code reserveTier} find it worth taking, but cheaper than a breach, so a reserve
	 * is used up before any cap is broken.
	 */
	long reserveCost(int reserveTier) {
		long breach = breachCost(reserveTier);
		return breach < 0 ? -1 : breach - tierGap / 4;
	}

	int tierCount() {
		return tiers.length;
	}

	int[] tiers() {
		return tiers.clone();
	}

	private static int indexOf(int[] sorted, int value) {
		for (int i = 0; i < sorted.length; i++) {
			if (sorted[i] == value) {
				return i;
			}
		}
		throw new IllegalStateException("no such level " + value);
	}

}
