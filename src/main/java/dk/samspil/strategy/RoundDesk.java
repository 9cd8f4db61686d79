package dk.samspil.strategy;

import dk.samspil.rules.Refusal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dk.samspil.accounts.Accounts;
import dk.samspil.accounts.PersonId;
import dk.samspil.accounts.PersonSummary;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secretariat opens a round on chosen topics, names its voters, closes it and, with a
 * reason, reopens it.
 */
@Component
class RoundDesk {

	/**
	 * The job title of the person who votes for a municipality unless the secretariat
	 * names others.
	 */
	static final String PLANNING_MANAGER = "planchef";

	private final Rounds rounds;

	private final Topics topics;

	private final Processes processes;

	private final Accounts accounts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	RoundDesk(Rounds rounds, Topics topics, Processes processes, Accounts accounts, ApplicationEventPublisher events,
			Clock clock) {
		this.rounds = rounds;
		this.topics = topics;
		this.processes = processes;
		this.accounts = accounts;
		this.events = events;
		this.clock = clock;
	}

	record Opening(String title, Method method, Weighting weighting, Instant deadline, int remindDays,
			List<Long> topics) {
	}

	/**
	 * Opens a round on open topics of the process; each municipality's planning managers
	 * are its voters.
	 */
	@Transactional
	RoundId open(ProcessId process, Opening opening, PersonId by) {
		if (!processes.lock(process.value())) {
			throw new Refusal("strategy.process.gone");
		}
		Instant now = clock.instant();
		Round.checkOpening(opening.topics(), opening.deadline(), now);
		List<Long> chosen = opening.topics().stream().distinct().toList();
		for (Long id : chosen) {
			Topic topic = topics.lock(id)
				.filter(t -> t.process().equals(process))
				.orElseThrow(() -> new Refusal("strategy.ballot.unknownTopic"));
			topic.checkOpen();
		}
		long id = rounds.insert(process, opening.title(), opening.method(), opening.weighting(), opening.deadline(),
				opening.remindDays(), chosen, by, now);
		rounds.setVoters(id, defaultVoters());
		return new RoundId(id);
	}

	/** The deadline day a new round's form proposes: three weeks ahead. */
	LocalDate defaultDeadline() {
		return LocalDate.now(clock).plusWeeks(3);
	}

	/** Each municipality's planning managers, found by their job title. */
	Map<String, List<PersonId>> defaultVoters() {
		Map<String, List<PersonId>> voters = new LinkedHashMap<>();
		for (PersonSummary person : accounts.active()) {
			if (person.municipality() != null && person.jobTitle() != null
					&& person.jobTitle().strip().toLowerCase(Locale.ROOT).equals(PLANNING_MANAGER)) {
				voters.computeIfAbsent(person.municipality().value(), k -> new ArrayList<>()).add(person.id());
			}
		}
		return voters;
	}

	/**
	 * Names the voters; a person votes only for their own municipality, so anyone else is
	 * refused.
	 */
	@Transactional
	void name(RoundId id, Map<String, List<PersonId>> voters) {
		Round round = rounds.lock(id.value()).orElseThrow(() -> new Refusal("strategy.round.gone"));
		round.checkClose();
		for (var entry : voters.entrySet()) {
			for (PersonId person : entry.getValue()) {
				String own = accounts.find(person)
					.map(PersonSummary::municipality)
					.map(code -> code.value())
					.orElse(null);
				if (!entry.getKey().equals(own)) {
					throw new Refusal("strategy.voters.ownMunicipality");
				}
			}
		}
		rounds.setVoters(id.value(), voters);
	}

	@Transactional
	void close(RoundId id, PersonId by) {
		Round round = rounds.lock(id.value()).orElseThrow(() -> new Refusal("strategy.round.gone"));
		round.checkClose();
		rounds.close(id.value(), by, clock.instant());
		events.publishEvent(new RoundClosed(id, round.process()));
	}

	@Transactional
	void reopen(RoundId id, String reason, Instant deadline, PersonId by) {
		Round round = rounds.lock(id.value()).orElseThrow(() -> new Refusal("strategy.round.gone"));
		Instant now = clock.instant();
		round.checkReopen(reason, deadline, now);
		rounds.reopen(id.value(), deadline, by, now, Round.reopenReason(reason));
	}

}
