package dk.samspil.strategy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a ballot says: a ranking (topic ids, best first; topics left out rank below) or
 * points per topic. Stored as text: "12,5,9" or "12:40,5:60".
 */
public record Choice(List<Long> ranking, Map<Long, Integer> points) {

	public Choice {
		ranking = List.copyOf(ranking);
		points = Collections.unmodifiableMap(new LinkedHashMap<>(points));
	}

	static Choice ranking(List<Long> ranking) {
		return new Choice(ranking, Map.of());
	}

	static Choice points(Map<Long, Integer> points) {
		return new Choice(List.of(), points);
	}

	String encode() {
		if (!points.isEmpty()) {
			StringBuilder text = new StringBuilder();
			points.forEach((topic, p) -> text.append(text.isEmpty() ? "" : ",").append(topic).append(':').append(p));
			return text.toString();
		}
		return String.join(",", ranking.stream().map(String::valueOf).toList());
	}

	static Choice decode(String text) {
		if (text == null || text.isBlank()) {
			return ranking(List.of());
		}
		if (text.contains(":")) {
			Map<Long, Integer> points = new LinkedHashMap<>();
			for (String part : text.split(",")) {
				String[] pair = part.split(":");
				points.put(Long.valueOf(pair[0]), Integer.valueOf(pair[1]));
			}
			return points(points);
		}
		List<Long> ranking = new ArrayList<>();
		for (String part : text.split(",")) {
			ranking.add(Long.valueOf(part));
		}
		return ranking(ranking);
	}

	int pointsTotal() {
		return points.values().stream().mapToInt(Integer::intValue).sum();
	}

	/**
	 * In words, for the change log and the notice of a newer ballot: "1. A, 2. B" or "A
	 * 60, B 40".
	 */
	public String describe(Map<Long, String> titles) {
		if (!points.isEmpty()) {
			return String.join(", ",
					points.entrySet()
						.stream()
						.filter(e -> e.getValue() > 0)
						.map(e -> titles.getOrDefault(e.getKey(), "#" + e.getKey()) + " " + e.getValue())
						.toList());
		}
		List<String> parts = new ArrayList<>();
		for (int i = 0; i < ranking.size(); i++) {
			parts.add((i + 1) + ". " + titles.getOrDefault(ranking.get(i), "#" + ranking.get(i)));
		}
		return String.join(", ", parts);
	}
}
