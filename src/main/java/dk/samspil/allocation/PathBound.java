package dk.samspil.allocation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An upper bound on the cost of any simple path through the links: the longest path over
 * the network's strongly connected components, counting every link inside a component
 * once. Cost gaps between priorities need only exceed this; the plain sum of all link
 * costs would make them many times larger on a model with thousands of links, and with
 * them every number in a step.
 */
final class PathBound {

	private PathBound() {
	}

	static long of(int nodes, List<Link> links, long[] cost) {
		List<List<Integer>> out = adjacency(nodes, links, true);
		List<List<Integer>> in = adjacency(nodes, links, false);
		int[] component = components(nodes, links, out, in);
		int count = Arrays.stream(component).max().orElse(-1) + 1;
		long[] inside = new long[count];
		for (int l = 0; l < links.size(); l++) {
			if (component[links.get(l).from()] == component[links.get(l).to()]) {
				inside[component[links.get(l).from()]] += cost[l];
			}
		}
		// Kosaraju numbers components in topological order, so one sweep finds the
		// longest path
		long[] longest = inside.clone();
		List<List<Integer>> byComponent = new ArrayList<>();
		for (int c = 0; c < count; c++) {
			byComponent.add(new ArrayList<>());
		}
		for (int l = 0; l < links.size(); l++) {
			byComponent.get(component[links.get(l).from()]).add(l);
		}
		long best = 0;
		for (int c = 0; c < count; c++) {
			best = Math.max(best, longest[c]);
			for (int l : byComponent.get(c)) {
				int next = component[links.get(l).to()];
				if (next != c) {
					longest[next] = Math.max(longest[next], longest[c] + cost[l] + inside[next]);
				}
			}
		}
		return best;
	}

	private static List<List<Integer>> adjacency(int nodes, List<Link> links, boolean forward) {
		List<List<Integer>> adjacency = new ArrayList<>();
		for (int n = 0; n < nodes; n++) {
			adjacency.add(new ArrayList<>());
		}
		for (Link link : links) {
			adjacency.get(forward ? link.from() : link.to()).add(forward ? link.to() : link.from());
		}
		return adjacency;
	}

	private static int[] components(int nodes, List<Link> links, List<List<Integer>> out, List<List<Integer>> in) {
		int[] order = new int[nodes];
		int filled = 0;
		boolean[] seen = new boolean[nodes];
		for (int start = 0; start < nodes; start++) {
			if (seen[start]) {
				continue;
			}
			ArrayDeque<int[]> stack = new ArrayDeque<>();
			stack.push(new int[] { start, 0 });
			seen[start] = true;
			while (!stack.isEmpty()) {
				int[] top = stack.peek();
				List<Integer> next = out.get(top[0]);
				if (top[1] < next.size()) {
					int to = next.get(top[1]++);
					if (!seen[to]) {
						seen[to] = true;
						stack.push(new int[] { to, 0 });
					}
				}
				else {
					order[filled++] = stack.pop()[0];
				}
			}
		}
		int[] component = new int[nodes];
		Arrays.fill(component, -1);
		int count = 0;
		for (int i = nodes - 1; i >= 0; i--) {
			int root = order[i];
			if (component[root] >= 0) {
				continue;
			}
			ArrayDeque<Integer> stack = new ArrayDeque<>();
			stack.push(root);
			component[root] = count;
			while (!stack.isEmpty()) {
				for (int from : in.get(stack.pop())) {
					if (component[from] < 0) {
						component[from] = count;
						stack.push(from);
					}
				}
			}
			count++;
		}
		return component;
	}

}
