package dk.samspil.allocation;

import java.util.ArrayDeque;
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
		while (!queue.isEmpty()) {
			int at = queue.poll();
			for (Link link : links) {
				if (link.from() == at && link.capacity() > 0 && !reached[link.to()]) {
					reached[link.to()] = true;
					queue.add(link.to());
				}
			}
		}
		for (int i = 0; i < nodes.size(); i++) {
			if (nodes.get(i).isDemand() && !reached[i]) {
				throw new ModelException("demand '" + nodes.get(i).id() + "' cannot be reached from any source");
			}
		}
	}

}
