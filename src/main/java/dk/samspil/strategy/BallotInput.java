package dk.samspil.strategy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;

/**
 * A ballot as the form sends it: {@code points-<topic>} per topic, or {@code rank-<n>}
 * naming the topic in place n, and {@code basedOn}, the version of the ballot the voter
 * started from. Anything that is not a number is an error next to its field, with what
 * was typed kept; the rules of the round are the {@link Round}'s. {@code form} is what
 * was typed with its errors, as the page shows it (model attribute {@value #NAME}).
 */
record BallotInput(BindingResult form, Choice choice, int basedOn) {

	/** The form's name on the page. */
	static final String NAME = "ballot";

	static BallotInput read(Round round, Map<String, String> params) {
		Map<String, String> typed = new LinkedHashMap<>();
		BindingResult errors = new MapBindingResult(typed, NAME);
		String version = params.getOrDefault("basedOn", "0").strip();
		int basedOn = version.matches("\\d{1,9}") ? Integer.parseInt(version) : 0;
		if (round.method() == Method.POINTS) {
			Map<Long, Integer> points = new LinkedHashMap<>();
			for (Long topic : round.topics()) {
				String field = "points-" + topic;
				String value = params.getOrDefault(field, "").strip();
				typed.put(field, value);
				if (value.isEmpty()) {
					continue;
				}
				if (!value.matches("\\d{1,3}") || Integer.parseInt(value) > Round.POINTS) {
					errors.rejectValue(field, "strategy.ballot.pointsRange");
				}
				else {
					points.put(topic, Integer.parseInt(value));
				}
			}
			return new BallotInput(errors, Choice.points(points), basedOn);
		}
		List<Long> ranking = new ArrayList<>();
		for (int place = 1; place <= round.topics().size(); place++) {
			String field = "rank-" + place;
			String value = params.getOrDefault(field, "").strip();
			typed.put(field, value);
			if (value.isEmpty()) {
				continue;
			}
			if (!value.matches("\\d{1,12}") || !round.topics().contains(Long.parseLong(value))) {
				errors.rejectValue(field, "strategy.ballot.unknownTopic");
			}
			else {
				ranking.add(Long.parseLong(value));
			}
		}
		return new BallotInput(errors, Choice.ranking(ranking), basedOn);
	}

	/** The form for a saved ballot, or an empty one. */
	static BindingResult shown(Round round, Choice choice) {
		Map<String, String> typed = new LinkedHashMap<>();
		if (round.method() == Method.POINTS) {
			round.topics()
				.forEach(t -> typed.put("points-" + t,
						choice.points().containsKey(t) ? String.valueOf(choice.points().get(t)) : ""));
		}
		else {
			for (int i = 0; i < choice.ranking().size(); i++) {
				typed.put("rank-" + (i + 1), String.valueOf(choice.ranking().get(i)));
			}
		}
		return new MapBindingResult(typed, NAME);
	}

	/** An empty form, for a municipality that has not voted yet. */
	static BindingResult empty() {
		return new MapBindingResult(new LinkedHashMap<>(), NAME);
	}

}
