package dk.samspil.strategy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Counts a round's ballots. Plain Java, no Spring: candidates are topic ids, each ballot
 * carries the weight of its municipality (1 when every municipality counts the same, its
 * population when weighted).
 *
 * <p>
 * Ranking: the Schulze method (winning votes, as on the method's reference page) decides
 * the order; a topic a ballot leaves out counts as ranked below every topic it ranks, and
 * level with the other left-out topics. Ties in the Schulze order are settled by the
 * Borda count (a ballot gives n-1 points to its first of n topics, n-2 to its second, and
 * so on, 0 to the topics it leaves out); topics level there too share their place.
 * Points: the sum of the points decides; a tie is settled by how many municipalities gave
 * the topic any points, else the topics share the place.
 */
final class Count {

	/**
	 * One municipality's ballot as the count sees it: a ranking (best first) or points
	 * per topic.
	 */
	record Ballot(long weight, List<Long> ranking, Map<Long, Integer> points) {

		static Ballot ranking(long weight, List<Long> ranking) {
			return new Ballot(weight, List.copyOf(ranking), Map.of());
		}

		static Ballot points(long weight, Map<Long, Integer> points) {
			return new Ballot(weight, List.of(), Map.copyOf(points));
		}
	}

	/** How a tie in the deciding count was settled. */
	enum TieBreak {

		/** The topic was not level with any other. */
		NONE,
		/** Level in the Schulze order, settled by the Borda count. */
		BORDA,
		/**
		 * Level on points, settled by the number of municipalities that gave it points.
		 */
		SUPPORTERS,
		/**
		 * Level on both: the topics share the place, and the secretariat decides if it
		 * matters.
		 */
		SHARED

	}

	/**
	 * A topic's place and its figures: {@code score} is the deciding count (points, or
	 * Schulze wins: how many other topics it beats), {@code second} the figure ties are
	 * settled by (Borda points, or supporters).
	 */
	record Place(long topic, int place, long score, long second, TieBreak tieBreak) {
	}

	private Count() {
	}

	static List<Place> ranking(List<Long> candidates, List<Ballot> ballots) {
		long[][] strongest = strongestPaths(candidates, ballots);
		Map<Long, Long> borda = borda(candidates, ballots);
		int n = candidates.size();
		Map<Long, Long> wins = new HashMap<>();
		Map<Long, Long> losses = new HashMap<>();
		for (int i = 0; i < n; i++) {
			long won = 0;
			long lost = 0;
			for (int j = 0; j < n; j++) {
				if (i != j && strongest[i][j] > strongest[j][i]) {
					won++;
				}
				if (i != j && strongest[j][i] > strongest[i][j]) {
					lost++;
				}
			}
			wins.put(candidates.get(i), won);
			losses.put(candidates.get(i), lost);
		}
		// Schulze's relation is transitive, so a topic beaten by fewer topics stands
		// higher; equal counts are ties.
		return places(candidates, c -> -losses.get(c), wins::get, borda::get, TieBreak.BORDA);
	}

	/**
	 * The pairwise preferences d[i][j] (the weight of ballots that rank i above j), then
	 * the strongest paths.
	 */
	static long[][] strongestPaths(List<Long> candidates, List<Ballot> ballots) {
		int n = candidates.size();
		long[][] d = pairwise(candidates, ballots);
		long[][] p = new long[n][n];
		for (int i = 0; i < n; i++) {
			for (int j = 0; j < n; j++) {
				if (i != j) {
					p[i][j] = d[i][j] > d[j][i] ? d[i][j] : 0;
				}
			}
		}
		for (int i = 0; i < n; i++) {
			for (int j = 0; j < n; j++) {
				if (i == j) {
					continue;
				}
				for (int k = 0; k < n; k++) {
					if (i != k && j != k) {
						p[j][k] = Math.max(p[j][k], Math.min(p[j][i], p[i][k]));
					}
				}
			}
		}
		return p;
	}

	static long[][] pairwise(List<Long> candidates, List<Ballot> ballots) {
		int n = candidates.size();
		long[][] d = new long[n][n];
		for (Ballot ballot : ballots) {
			int[] position = positions(candidates, ballot.ranking());
			for (int i = 0; i < n; i++) {
				for (int j = 0; j < n; j++) {
					if (position[i] < position[j]) {
						d[i][j] += ballot.weight();
					}
				}
			}
		}
		return d;
	}

	static Map<Long, Long> borda(List<Long> candidates, List<Ballot> ballots) {
		int n = candidates.size();
		Map<Long, Long> scores = new HashMap<>();
		candidates.forEach(c -> scores.put(c, 0L));
		for (Ballot ballot : ballots) {
			int[] position = positions(candidates, ballot.ranking());
			for (int i = 0; i < n; i++) {
				long points = position[i] < n ? n - 1 - position[i] : 0;
				scores.merge(candidates.get(i), points * ballot.weight(), Long::sum);
			}
		}
		return scores;
	}

	static List<Place> points(List<Long> candidates, List<Ballot> ballots) {
		Map<Long, Long> sums = new HashMap<>();
		Map<Long, Long> supporters = new HashMap<>();
		candidates.forEach(c -> {
			sums.put(c, 0L);
			supporters.put(c, 0L);
		});
		for (Ballot ballot : ballots) {
			ballot.points().forEach((topic, points) -> {
				if (sums.containsKey(topic) && points > 0) {
					sums.merge(topic, points * ballot.weight(), Long::sum);
					supporters.merge(topic, 1L, Long::sum);
				}
			});
		}
		return places(candidates, sums::get, sums::get, supporters::get, TieBreak.SUPPORTERS);
	}

	/**
	 * Each candidate's 0-based position on a ballot; those left out get n (below all
	 * ranked).
	 */
	private static int[] positions(List<Long> candidates, List<Long> ranking) {
		int n = candidates.size();
		int[] position = new int[n];
		for (int i = 0; i < n; i++) {
			int at = ranking.indexOf(candidates.get(i));
			position[i] = at < 0 ? n : at;
		}
		return position;
	}

	/**
	 * Orders by {@code primary} then {@code secondary}, both higher first; a place is
	 * shared only if both are level.
	 */
	private static List<Place> places(List<Long> candidates, Function<Long, Long> primary, Function<Long, Long> score,
			Function<Long, Long> secondary, TieBreak settledBy) {
		Comparator<Long> order = Comparator.<Long, Long>comparing(primary).thenComparing(secondary).reversed();
		List<Long> sorted = new ArrayList<>(candidates);
		sorted.sort(order.thenComparing(candidates::indexOf));
		List<Place> places = new ArrayList<>();
		for (Long c : sorted) {
			int place = 1 + (int) candidates.stream().filter(o -> order.compare(o, c) < 0).count();
			boolean levelOnPrimary = candidates.stream()
				.anyMatch(o -> !o.equals(c) && primary.apply(o).equals(primary.apply(c)));
			boolean levelOnBoth = candidates.stream().anyMatch(o -> !o.equals(c) && order.compare(o, c) == 0);
			TieBreak tie = !levelOnPrimary ? TieBreak.NONE : levelOnBoth ? TieBreak.SHARED : settledBy;
			places.add(new Place(c, place, score.apply(c), secondary.apply(c), tie));
		}
		return places;
	}

}
