package dk.samspil.strategy;

import java.util.List;

/**
 * A closed round's result, counted both ways: one municipality one vote, and by
 * population. {@code decidedBy} is the weighting the round was opened with; the rows are
 * in its order.
 *
 * @param rows each topic with its place and figures both ways
 * @param ballots each municipality's ballot in words
 */
public record RoundResult(Method method, Weighting decidedBy, List<Row> rows, List<BallotLine> ballots, int voted) {

	/**
	 * A topic's place both ways. {@code score} is points, or for ranking the Borda
	 * points; weighted figures are scaled so that they add up as if every voting
	 * municipality had the same weight, which keeps the two comparable.
	 */
	public record Row(long topic, String title, int place, double score, int weightedPlace, double weightedScore,
			Count.TieBreak tieBreak, Count.TieBreak weightedTieBreak, long wins, long weightedWins) {

		public boolean differs() {
			return place != weightedPlace;
		}

		/** The place under the round's own weighting. */
		public int decidingPlace(Weighting decidedBy) {
			return decidedBy == Weighting.EQUAL ? place : weightedPlace;
		}
	}

	public record BallotLine(String municipality, String name, int population, String text) {
	}

	/** The topics first under each weighting, when they are not the same; else null. */
	public Row winner(Weighting weighting) {
		return rows.stream()
			.filter(r -> (weighting == Weighting.EQUAL ? r.place() : r.weightedPlace()) == 1)
			.findFirst()
			.orElse(null);
	}

	public boolean winnerDiffers() {
		Row equal = winner(Weighting.EQUAL);
		Row weighted = winner(Weighting.POPULATION);
		return equal != null && weighted != null && equal.topic() != weighted.topic();
	}

	public boolean anyDifference() {
		return rows.stream().anyMatch(Row::differs);
	}

	public List<Row> ties() {
		return rows.stream()
			.filter(r -> r.tieBreak() != Count.TieBreak.NONE || r.weightedTieBreak() != Count.TieBreak.NONE)
			.toList();
	}
}
