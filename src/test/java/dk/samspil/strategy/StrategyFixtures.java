package dk.samspil.strategy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;

import java.util.Map;

import dk.samspil.accounts.Accounts;
import dk.samspil.accounts.PersonDetails;
import dk.samspil.accounts.PersonId;
import dk.samspil.accounts.Role;
import dk.samspil.region.MunicipalityCode;

import org.springframework.context.ApplicationContext;

/**
 * Processes, topics and people of their own for the strategy's tests, made straight
 * through the desks.
 */
class StrategyFixtures {

	static final String PASSWORD = "samspil-demo";

	final ProcessDesk processDesk;

	final TopicDesk topicDesk;

	final Topics topics;

	final Accounts accounts;

	final RoundDesk roundDesk;

	final BallotDesk ballotDesk;

	final Rounds rounds;

	final Ballots ballots;

	private static int people;

	StrategyFixtures(ApplicationContext context) {
		this.processDesk = context.getBean(ProcessDesk.class);
		this.topicDesk = context.getBean(TopicDesk.class);
		this.topics = context.getBean(Topics.class);
		this.accounts = context.getBean(Accounts.class);
		this.roundDesk = context.getBean(RoundDesk.class);
		this.ballotDesk = context.getBean(BallotDesk.class);
		this.rounds = context.getBean(Rounds.class);
		this.ballots = context.getBean(Ballots.class);
	}

	ProcessId process(String name) {
		return processDesk.start(ProcessForm.of(name, 2026,
				Map.of(Phase.CONSULTATION, new Period(LocalDate.of(2027, 10, 1), LocalDate.of(2027, 12, 1)))));
	}

	/** A new person of the municipality, with a unique login returned. */
	synchronized String person(String municipality, String title) {
		return person(municipality, title, Role.MEMBER);
	}

	synchronized String person(String municipality, String title, Role role) {
		String login = "strategy.test." + System.nanoTime() + "." + (people++);
		accounts.register(new PersonDetails(login, "Testperson " + people + " " + title, login + "@test.example", title,
				new MunicipalityCode(municipality), role), PASSWORD);
		return login;
	}

	PersonId id(String login) {
		return accounts.findByUsername(login).orElseThrow();
	}

	TopicId topic(ProcessId process, String title, String municipality, String proposer) {
		return topicDesk.propose(process,
				new TopicDesk.Proposal(title, "Om " + title, null, municipality, List.of(), List.of()), id(proposer),
				false);
	}

	/**
	 * A round open for three weeks on the topics, with the given voters (login by
	 * municipality code).
	 */
	RoundId round(ProcessId process, Method method, Weighting weighting, List<TopicId> topics,
			Map<String, List<String>> voters) {
		RoundId round = roundDesk.open(process,
				new RoundDesk.Opening("Runde " + System.nanoTime(), method, weighting,
						Instant.now().plus(Duration.ofDays(21)), 3, topics.stream().map(TopicId::value).toList()),
				id("sekretariat"));
		Map<String, List<PersonId>> ids = new LinkedHashMap<>();
		voters.forEach((code, logins) -> ids.put(code, logins.stream().map(this::id).toList()));
		roundDesk.name(round, ids);
		return round;
	}

	static final Map<String, String> CODES = Map.of("Billund", "0530", "Fredericia", "0607", "Haderslev", "0510",
			"Kolding", "0621", "Middelfart", "0410", "Vejen", "0575", "Vejle", "0630");

}
