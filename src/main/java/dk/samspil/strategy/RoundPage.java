package dk.samspil.strategy;

import dk.samspil.accounts.PersonId;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import dk.samspil.accounts.SignedInUser;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What a round's page shows. Before the close: which municipalities have voted, never
 * how, to everyone; after it, the result both ways and every ballot. The ballot change
 * log with its contents is the secretariat's, after the close; before it the secretariat
 * sees who changed a ballot and when.
 */
@Component
class RoundPage {

	private final Processes processes;

	private final Rounds rounds;

	private final Ballots ballots;

	private final Results results;

	private final Names names;

	private final Clock clock;

	private final MessageSource messages;

	RoundPage(Processes processes, Rounds rounds, Ballots ballots, Results results, Names names, Clock clock,
			MessageSource messages) {
		this.messages = messages;
		this.processes = processes;
		this.rounds = rounds;
		this.ballots = ballots;
		this.results = results;
		this.names = names;
		this.clock = clock;
	}

	void fill(Round round, SignedInUser user, Model model, Locale locale) {
		long id = round.id().value();
		model.addAttribute("round", round);
		model.addAttribute("process", processes.find(round.process().value()).orElseThrow());
		model.addAttribute("titles", results.titles(round));
		model.addAttribute("takesBallots", round.takesBallots(clock.instant()));
		Map<String, Ballots.Ballot> cast = ballots.ofRound(id)
			.stream()
			.collect(Collectors.toMap(Ballots.Ballot::municipality, b -> b));
		model.addAttribute("cast", cast);
		model.addAttribute("municipalityNames", names.municipalities());
		Map<PersonId, String> people = names.people();
		model.addAttribute("voterNames", rounds.voters(id)
			.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey,
					e -> String.join(", ", e.getValue().stream().map(p -> people.getOrDefault(p, "—")).toList()))));
		model.addAttribute("people", people);
		model.addAttribute("mine", rounds.votesFor(id, user.personId()));
		model.addAttribute("events", rounds.events(id));
		RoundResult result = round.isClosed() ? results.of(round) : null;
		model.addAttribute("result", result);
		model.addAttribute("resultJson", result == null ? "{}" : chartData(result, locale));
		List<Ballots.Change> changes = user.isSecretariat() ? ballots.changes(id, null) : List.of();
		model.addAttribute("changes", changes);
	}

	/**
	 * The chart's figures as JSON, safe inside a script element: no "<" in it can end the
	 * element early.
	 */
	private String chartData(RoundResult result, Locale locale) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("labels", result.rows().stream().map(RoundResult.Row::title).toList());
		data.put("equal", result.rows().stream().map(RoundResult.Row::score).toList());
		data.put("weighted", result.rows().stream().map(RoundResult.Row::weightedScore).toList());
		data.put("equalLabel", messages.getMessage("strategy.weighting.EQUAL", null, locale));
		data.put("weightedLabel", messages.getMessage("strategy.weighting.POPULATION", null, locale));
		return new tools.jackson.databind.json.JsonMapper().writeValueAsString(data).replace("<", "\\u003c");
	}

}
