package dk.samspil.allocation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the demands that can compete for water with another demand of the same tier and
 * rank: those joined to it by links, whichever way they point. Sharing sources directly
 * is not needed: a demand can also free water for a rival by making a demand of a higher
 * rank, which must get what it gets either way, take its water by another way. Only
 * rivals need fair shares ({@link FairShares}); a demand with no rival, like a stream's
 * minimum flow fed by its own aquifer, has nobody to share a shortage with.
 */
final class Rivals {

	private Rivals() {
	}

	static boolean[] of(Network network) {
		int nodes = network.nodes.size();
		int[] parent = new int[nodes];
		for (int n = 0; n < nodes; n++) {
			parent[n] = n;
		}
		for (Link link : network.links) {
			parent[root(parent, link.from())] = root(parent, link.to());
		}
		Map<List<Integer>, Integer> first = new HashMap<>();
		boolean[] rival = new boolean[nodes];
		for (int n = 0; n < nodes; n++) {
			Node node = network.nodes.get(n);
			if (node.isDemand()) {
				Integer other = first.putIfAbsent(List.of(node.tier(), node.rank(), root(parent, n)), n);
				if (other != null) {
					rival[n] = true;
					rival[other] = true;
				}
			}
		}
		return rival;
	}

	private static int root(int[] parent, int n) {
		while (parent[n] != n) {
			parent[n] = parent[parent[n]];
			n = parent[n];
		}
		return n;
	}

}
