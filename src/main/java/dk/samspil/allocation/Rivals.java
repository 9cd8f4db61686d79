package dk.samspil.allocation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the demands that can compete for water with another demand of the same tier and rank: those whose
 * upstream nodes overlap. Only they need equal-share segments; a demand with no such rival, like a stream's
 * minimum flow fed by its own aquifer, has nobody to share a shortage with.
 */
final class Rivals {

	private Rivals() {
	}

	static boolean[] of(Network network) {
		int nodes = network.nodes.size();
		Map<List<Integer>, List<Integer>> groups = new HashMap<>();
		for (int n = 0; n < nodes; n++) {
			Node node = network.nodes.get(n);
			if (node.isDemand()) {
				groups.computeIfAbsent(List.of(node.tier(), node.rank()), key -> new ArrayList<>()).add(n);
			}
		}
		boolean[] rival = new boolean[nodes];
		int[] reachedBy = new int[nodes];
		for (List<Integer> group : groups.values()) {
			Arrays.fill(reachedBy, -1);
			for (int demand : group) {
				// a node upstream of two demands of the group makes both of them rivals
				for (int node : upstream(network, demand)) {
					if (reachedBy[node] < 0) {
						reachedBy[node] = demand;
					} else if (reachedBy[node] != demand) {
						rival[demand] = true;
						rival[reachedBy[node]] = true;
					}
				}
			}
		}
		return rival;
	}

	private static List<Integer> upstream(Network network, int demand) {
		BitSet seen = new BitSet();
		List<Integer> found = new ArrayList<>();
		ArrayDeque<Integer> queue = new ArrayDeque<>();
		queue.add(demand);
		while (!queue.isEmpty()) {
			for (int link : network.incoming(queue.poll())) {
				int from = network.links.get(link).from();
				if (!seen.get(from)) {
					seen.set(from);
					found.add(from);
					queue.add(from);
				}
			}
		}
		return found;
	}
}
