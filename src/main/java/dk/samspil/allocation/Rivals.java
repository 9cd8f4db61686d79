package dk.samspil.allocation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

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
		List<Integer> demands = new ArrayList<>();
		List<BitSet> upstream = new ArrayList<>();
		for (int n = 0; n < nodes; n++) {
			if (network.nodes.get(n).isDemand()) {
				demands.add(n);
				upstream.add(upstream(network, n));
			}
		}
		boolean[] rival = new boolean[nodes];
		for (int i = 0; i < demands.size(); i++) {
			Node a = network.nodes.get(demands.get(i));
			for (int j = i + 1; j < demands.size(); j++) {
				Node b = network.nodes.get(demands.get(j));
				if (a.tier() == b.tier() && a.rank() == b.rank() && upstream.get(i).intersects(upstream.get(j))) {
					rival[demands.get(i)] = true;
					rival[demands.get(j)] = true;
				}
			}
		}
		return rival;
	}

	private static BitSet upstream(Network network, int demand) {
		BitSet seen = new BitSet();
		ArrayDeque<Integer> queue = new ArrayDeque<>();
		queue.add(demand);
		while (!queue.isEmpty()) {
			for (int link : network.incoming(queue.poll())) {
				int from = network.links.get(link).from();
				if (!seen.get(from)) {
					seen.set(from);
					queue.add(from);
				}
			}
		}
		return seen;
	}
}
