package dk.samspil.strategy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dk.samspil.strategy.Count.Ballot;
import dk.samspil.strategy.Count.Place;
import dk.samspil.strategy.Count.TieBreak;

import static org.assertj.core.api.Assertions.assertThat;

class CountTest {

	static final long A = 1, B = 2, C = 3, D = 4, E = 5;

	static final List<Long> FIVE = List.of(A, B, C, D, E);

	/**
	 * The 45-voter example of the Schulze method's reference page (Wikipedia): E > A > C
	 * > B > D.
	 */
	@Test
	void theSchulzeCountGivesThePublishedOrderForTheFortyFiveVoterExample() {
		List<Ballot> ballots = new ArrayList<>();
		add(ballots, 5, A, C, B, E, D);
		add(ballots, 5, A, D, E, C, B);
		add(ballots, 8, B, E, D, A, C);
		add(ballots, 3, C, A, B, E, D);
		add(ballots, 7, C, A, E, B, D);
		add(ballots, 2, C, B, A, D, E);
		add(ballots, 7, D, C, E, B, A);
		add(ballots, 8, E, B, A, D, C);

		List<Place> places = Count.ranking(FIVE, ballots);

		assertThat(places).extracting(Place::topic).containsExactly(E, A, C, B, D);
		assertThat(places).extracting(Place::place).containsExactly(1, 2, 3, 4, 5);
		assertThat(places).extracting(Place::tieBreak).containsOnly(TieBreak.NONE);
		// the strongest paths as the reference page tabulates them, rows A and E
		long[][] p = Count.strongestPaths(FIVE, ballots);
		assertThat(p[0]).containsExactly(0, 28, 28, 30, 24);
		assertThat(p[4]).containsExactly(25, 28, 28, 31, 0);
	}

	@Test
	void theSameCountWithOneBallotPerVoterOrWeightedBallotsAgrees() {
		List<Ballot> weighted = new ArrayList<>();
		weighted.add(Ballot.ranking(5, List.of(A, C, B, E, D)));
		weighted.add(Ballot.ranking(8, List.of(E, B, A, D, C)));
		weighted.add(Ballot.ranking(7, List.of(D, C, E, B, A)));
		List<Ballot> single = new ArrayList<>();
		add(single, 5, A, C, B, E, D);
		add(single, 8, E, B, A, D, C);
		add(single, 7, D, C, E, B, A);
		assertThat(Count.ranking(FIVE, weighted)).isEqualTo(Count.ranking(FIVE, single));
	}

	@Test
	void aSchulzeTieIsSettledByTheBordaCount() {
		// A and B beat each other once; A beats C twice; B and C are level.
		List<Ballot> ballots = List.of(Ballot.ranking(1, List.of(A, C, B)), Ballot.ranking(1, List.of(B, A, C)));

		List<Place> places = Count.ranking(List.of(A, B, C), ballots);

		assertThat(places).extracting(Place::topic).containsExactly(A, B, C);
		assertThat(places.get(0).tieBreak()).isEqualTo(TieBreak.BORDA);
		assertThat(places.get(0).second()).isEqualTo(3);
		assertThat(places.get(1).tieBreak()).isEqualTo(TieBreak.BORDA);
		assertThat(places.get(1).second()).isEqualTo(2);
	}

	@Test
	void topicsLevelOnSchulzeAndBordaShareTheirPlace() {
		List<Ballot> ballots = List.of(Ballot.ranking(1, List.of(A, B, C)), Ballot.ranking(1, List.of(B, A, C)));

		List<Place> places = Count.ranking(List.of(A, B, C), ballots);

		assertThat(places).extracting(Place::place).containsExactly(1, 1, 3);
		assertThat(places).extracting(Place::tieBreak).containsExactly(TieBreak.SHARED, TieBreak.SHARED, TieBreak.NONE);
	}

	@Test
	void theBordaCountGivesNMinusOneForAFirstPlaceAndNothingToTopicsLeftOut() {
		List<Ballot> ballots = List.of(Ballot.ranking(1, List.of(A, B, C, D)), Ballot.ranking(2, List.of(D, A)));

		Map<Long, Long> borda = Count.borda(List.of(A, B, C, D), ballots);

		assertThat(borda).containsEntry(A, 3L + 2 * 2)
			.containsEntry(B, 2L)
			.containsEntry(C, 1L)
			.containsEntry(D, 0L + 2 * 3);
	}

	@Test
	void aTopicLeftOutCountsBelowEveryRankedTopic() {
		List<Ballot> ballots = List.of(Ballot.ranking(1, List.of(C)), Ballot.ranking(1, List.of(C)),
				Ballot.ranking(1, List.of(A, B)));
		assertThat(Count.ranking(List.of(A, B, C), ballots)).extracting(Place::topic).containsExactly(C, A, B);
	}

	@Test
	void pointsAreSummedAndATieIsSettledByHowManyMunicipalitiesGavePoints() {
		List<Ballot> ballots = List.of(Ballot.points(1, Map.of(A, 60, B, 40)), Ballot.points(1, Map.of(B, 20, C, 80)),
				Ballot.points(1, Map.of(A, 40, C, 60)));
		// A 100 from two, B 60 from two, C 140 from two; then A and a fourth topic
		List<Place> places = Count.points(List.of(A, B, C), ballots);
		assertThat(places).extracting(Place::topic).containsExactly(C, A, B);
		assertThat(places).extracting(Place::score).containsExactly(140L, 100L, 60L);

		List<Ballot> level = List.of(Ballot.points(1, Map.of(A, 50, B, 50)), Ballot.points(1, Map.of(B, 50, C, 50)),
				Ballot.points(1, Map.of(A, 50, C, 50)), Ballot.points(1, Map.of(D, 100)));
		List<Place> tied = Count.points(List.of(A, B, C, D), level);
		assertThat(tied).extracting(Place::topic).containsExactly(A, B, C, D);
		assertThat(tied).extracting(Place::place).containsExactly(1, 1, 1, 4);
		assertThat(tied.get(0).tieBreak()).isEqualTo(TieBreak.SHARED);
		assertThat(tied.get(3).tieBreak()).isEqualTo(TieBreak.SUPPORTERS);
	}

	@Test
	void weightingByPopulationChangesTheWinner() {
		// Vejle (121,696) for A; Billund (27,021) and Vejen (42,924) for B
		List<Ballot> equal = List.of(Ballot.points(1, Map.of(A, 100)), Ballot.points(1, Map.of(B, 100)),
				Ballot.points(1, Map.of(B, 100)));
		List<Ballot> weighted = List.of(Ballot.points(121_696, Map.of(A, 100)), Ballot.points(27_021, Map.of(B, 100)),
				Ballot.points(42_924, Map.of(B, 100)));
		assertThat(Count.points(List.of(A, B), equal).get(0).topic()).isEqualTo(B);
		assertThat(Count.points(List.of(A, B), weighted).get(0).topic()).isEqualTo(A);
	}

	private static void add(List<Ballot> ballots, int voters, Long... ranking) {
		for (int i = 0; i < voters; i++) {
			ballots.add(Ballot.ranking(1, List.of(ranking)));
		}
	}

}
