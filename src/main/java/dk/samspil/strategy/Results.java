package dk.samspil.strategy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dk.samspil.region.Municipality;

import org.springframework.stereotype.Component;

/**
 * Counts a round's ballots both ways, with the populations of the region's municipalities
 * as weights.
 */
@Component
class Results {

	private final Ballots ballots;

	private final Topics topics;

	private final Names names;

	Results(Ballots ballots, Topics topics, Names names) {
		this.ballots = ballots;
		this.topics = topics;
		this.names = names;
	}

	RoundResult of(Round round) {
		Map<String, Municipality> municipalities = names.municipalityByCode();
		Map<Long, String> titles = titles(round);
		List<Ballots.Ballot> cast = ballots.ofRound(round.id().value());
		List<Count.Ballot> equal = new ArrayList<>();
		List<Count.Ballot> weighted = new ArrayList<>();
		long totalWeight = 0;
		List<RoundResult.BallotLine> lines = new ArrayList<>();
		for (Ballots.Ballot ballot : cast) {
			Municipality m = municipalities.get(ballot.municipality());
			long population = m == null ? 0 : m.population();
			totalWeight += population;
			equal.add(counted(round, 1, ballot.choice()));
			weighted.add(counted(round, population, ballot.choice()));
			lines.add(new RoundResult.BallotLine(ballot.municipality(), m == null ? ballot.municipality() : m.name(),
					(int) population, ballot.choice().describe(titles)));
		}
		List<Count.Place> byEqual = count(round, equal);
		Map<Long, Count.Place> byWeight = count(round, weighted).stream()
			.collect(Collectors.toMap(Count.Place::topic, Function.identity()));
		Map<Long, Long> bordaEqual = Count.borda(round.topics(), equal);
		Map<Long, Long> bordaWeighted = Count.borda(round.topics(), weighted);
		double scale = totalWeight == 0 ? 0 : (double) cast.size() / totalWeight;
		List<RoundResult.Row> rows = new ArrayList<>();
		for (Count.Place e : byEqual) {
			Count.Place w = byWeight.get(e.topic());
			boolean points = round.method() == Method.POINTS;
			double score = points ? e.score() : bordaEqual.get(e.topic());
			double weightedScore = (points ? w.score() : bordaWeighted.get(e.topic())) * scale;
			rows.add(new RoundResult.Row(e.topic(), titles.get(e.topic()), e.place(), score, w.place(),
					Math.round(weightedScore * 10) / 10.0, e.tieBreak(), w.tieBreak(), points ? 0 : e.score(),
					points ? 0 : w.score()));
		}
		rows.sort(Comparator.comparingInt((RoundResult.Row r) -> r.decidingPlace(round.weighting()))
			.thenComparingInt(r -> round.topics().indexOf(r.topic())));
		return new RoundResult(round.method(), round.weighting(), rows, lines, cast.size());
	}

	Map<Long, String> titles(Round round) {
		return topics.findAll(round.topics()).stream().collect(Collectors.toMap(t -> t.id().value(), Topic::title));
	}

	private static List<Count.Place> count(Round round, List<Count.Ballot> ballots) {
		return round.method() == Method.POINTS ? Count.points(round.topics(), ballots)
				: Count.ranking(round.topics(), ballots);
	}

	private static Count.Ballot counted(Round round, long weight, Choice choice) {
		return round.method() == Method.POINTS ? Count.Ballot.points(weight, choice.points())
				: Count.Ballot.ranking(weight, choice.ranking());
	}

}
