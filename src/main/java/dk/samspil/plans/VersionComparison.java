package dk.samspil.plans;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A version set against the one before it, section by section (matched by anchor). */
record VersionComparison(List<Row> rows) {

	enum Change {

		ADDED, CHANGED, UNCHANGED, REMOVED

	}

	record Row(Section before, Section after, Change change) {

		public Section shown() {
			return after != null ? after : before;
		}
	}

	static VersionComparison of(List<Section> before, List<Section> after) {
		Map<String, Section> old = before.stream()
			.collect(Collectors.toMap(Section::anchor, Function.identity(), (a, b) -> a, LinkedHashMap::new));
		List<Row> rows = new ArrayList<>();
		for (Section section : after) {
			Section previous = old.remove(section.anchor());
			Change change = previous == null ? Change.ADDED
					: previous.body().strip().equals(section.body().strip()) ? Change.UNCHANGED : Change.CHANGED;
			rows.add(new Row(previous, section, change));
		}
		old.values().forEach(section -> rows.add(new Row(section, null, Change.REMOVED)));
		return new VersionComparison(rows);
	}

	long count(Change change) {
		return rows.stream().filter(row -> row.change() == change).count();
	}
}
