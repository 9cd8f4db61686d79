package dk.samspil.search;

import java.util.List;

/** One page of hits, and whether another follows. */
public record Results(List<Hit> hits, int page, boolean hasNext) {

	public boolean isEmpty() {
		return hits.isEmpty();
	}
}
