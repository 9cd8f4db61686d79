package dk.samspil.allocation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/** Checks of a network that need the whole graph. */
final class NetworkChecks {

	private NetworkChecks() {
	}

	static void demandsReachable(List<Node> nodes, List<Link> links, List<ReturnFlow> returns) {
		boolean[] reached = new boolean[nodes.size()];
		ArrayDeque<Integer> queue = new ArrayDeque<>();
		for (int i = 0; i < nodes.size(); i++) {
			if (nodes.get(i).isStore()) {
				reached[i] = true;
				queue.add(i);
			}
		}
		// Each node's links, so that a node reached looks at its own links only: looking
		// through all links for each node reached took 37 s for a model of 40,000 nodes.
		List<List<Link>> from = new ArrayList<>();
		for (int i = 0; i < nodes.size(); i++) {
			from.add(new ArrayList<>());
		}
		for (Link link : links) {
			if (link.capacity() > 0) {
				from.get(link.from()).add(link);
			}
		}
		while (!queue.isEmpty()) {
			for (Link link : from.get(queue.poll())) {
				if (!reached[link.to()]) {
					reached[link.to()] = true;
					queue.add(link.to());
				}
			}
		}
		for (int i = 0; i < nodes.size(); i++) {
			if (nodes.get(i).isDemand() && !reached[i]) {
				throw new UnreachableDemand(nodes.get(i).id());
			}
		}
	}

}
