package dk.samspil.allocation;

import java.util.Arrays;

/**
 * Traces where water came from by proportional mixing: what leaves a node carries the
 * same shares of origins as everything that entered it. Iterated to a fixed point, so
 * loops in the network need no special case.
 */
final class SourceMix {

	interface LinkFlow {

		double at(int link, int month);

	}

	interface Available {

		double at(int node, int month);

	}

	private SourceMix() {
	}

	/** Shares [node][origin store] of the water at each node in {@code month}. */
	static double[][] shares(Network network, LinkFlow flow, Available available, int month) {
		int n = network.nodes.size();
		double[][] share = new double[n][n];
		double[] arrived = new double[network.links.size()];
		for (int l = 0; l < arrived.length; l++) {
			arrived[l] = flow.at(l, month) * (1 - network.links.get(l).loss());
		}
		double[] next = new double[n];
		for (int iteration = 0; iteration < 4 * n + 8; iteration++) {
			double change = 0;
			for (int v = 0; v < n; v++) {
				Arrays.fill(next, 0);
				double total = 0;
				if (network.nodes.get(v).isStore()) {
					next[v] = available.at(v, month);
					total += next[v];
				}
				for (int l : network.incoming(v)) {
					if (arrived[l] > 0) {
						total += arrived[l];
						double[] from = share[network.links.get(l).from()];
						for (int s = 0; s < n; s++) {
							next[s] += arrived[l] * from[s];
						}
					}
				}
				for (int s = 0; s < n; s++) {
					double value = total > 0 ? next[s] / total : 0;
					change = Math.max(change, Math.abs(value - share[v][s]));
					share[v][s] = value;
				}
			}
			if (change < 1e-12) {
				break;
			}
		}
		return share;
	}

}
