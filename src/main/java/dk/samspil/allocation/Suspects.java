package dk.samspil.allocation;

import java.util.ArrayList;
import java.util.List;

/**
 * Names the constraints of a failed step. Every store can spill and every demand can go
 * short, so a step can only fail on a balance row without such an outlet or on a negative
 * bound; this lists those.
 */
final class Suspects {

	private Suspects() {
	}

	static List<String> of(StepProblem problem) {
		List<String> names = new ArrayList<>();
		for (int arc = 0; arc < problem.arcCount(); arc++) {
			if (problem.capacity[arc] < 0) {
				names.add("bound of " + problem.arcName(arc) + " = " + problem.capacity[arc]);
			}
		}
		for (int node = 0; node < problem.sink; node++) {
			if (problem.supply[node] != 0 && problem.spillArc[node] < 0) {
				names.add("balance of '" + problem.nodeName(node) + "' (supply " + problem.supply[node] + ")");
			}
		}
		if (names.isEmpty()) {
			names.add("balance of sink (supply " + problem.supply[problem.sink] + ")");
		}
		return names;
	}

}
