package dk.samspil.strategy;

import dk.samspil.rules.Refusal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import dk.samspil.accounts.Accounts;
import dk.samspil.accounts.PersonId;
import dk.samspil.accounts.PersonSummary;
import dk.samspil.groups.GroupDirectory;
import dk.samspil.groups.GroupId;
import dk.samspil.groups.ThemeId;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proposing, discussing and endorsing topics; the secretariat merges duplicates and
 * retires topics.
 */
@Component
class TopicDesk {

	private final Topics topics;

	private final Processes processes;

	private final GroupDirectory groups;

	private final Accounts accounts;

	private final StrategySearch search;

	private final Clock clock;

	TopicDesk(Topics topics, Processes processes, GroupDirectory groups, Accounts accounts, StrategySearch search,
			Clock clock) {
		this.topics = topics;
		this.processes = processes;
		this.groups = groups;
		this.accounts = accounts;
		this.search = search;
		this.clock = clock;
	}

	/**
	 * What a proposal says; exactly one of {@code group} and {@code municipality} is set.
	 */
	record Proposal(String title, String description, Long group, String municipality, List<ThemeId> themes,
			List<Topic.Link> links) {
	}

	@Transactional
	TopicId propose(ProcessId process, Proposal proposal, PersonId by, boolean secretariat) {
		if (!processes.lock(process.value())) {
			throw new Refusal("strategy.process.gone");
		}
		checkOnBehalf(proposal, by, secretariat);
		Instant now = clock.instant();
		long id = topics.insert(process, proposal.title(), proposal.description() == null ? "" : proposal.description(),
				now);
		topics.addProposer(id, by.value(), proposal.group(), proposal.municipality(), now);
		topics.setThemes(id, proposal.themes());
		topics.setLinks(id, proposal.links());
		search.topic(topics.find(id).orElseThrow());
		return new TopicId(id);
	}

	/**
	 * A member proposes on behalf of a group they belong to or their own municipality;
	 * the secretariat for any.
	 */
	private void checkOnBehalf(Proposal proposal, PersonId by, boolean secretariat) {
		if (proposal.group() != null) {
			GroupId group = new GroupId(proposal.group());
			if (groups.find(group).isEmpty()) {
				throw new Refusal("strategy.topic.onBehalfRequired");
			}
			if (!secretariat && groups.roleOf(by, group).isEmpty()) {
				throw new Refusal("strategy.topic.notYourGroup");
			}
		}
		else if (!secretariat && !proposal.municipality().equals(municipalityOf(by))) {
			throw new Refusal("strategy.topic.notYourMunicipality");
		}
	}

	@Transactional
	long comment(TopicId id, PersonId by, String body) {
		Topic topic = topics.lock(id.value()).orElseThrow(() -> new Refusal("strategy.topic.gone"));
		topic.checkOpen();
		long comment = topics.addComment(id.value(), by.value(), body, clock.instant());
		search.comment(topic,
				topics.comments(id.value()).stream().filter(c -> c.id() == comment).findFirst().orElseThrow());
		return comment;
	}

	/** The person's municipality stands behind the topic; said once per municipality. */
	@Transactional
	void endorse(TopicId id, PersonId by) {
		Topic topic = topics.lock(id.value()).orElseThrow(() -> new Refusal("strategy.topic.gone"));
		topic.checkOpen();
		String municipality = municipalityOf(by);
		if (municipality == null) {
			throw new Refusal("strategy.endorse.noMunicipality");
		}
		if (!topics.endorse(id.value(), municipality, by.value(), clock.instant())) {
			throw new Refusal("strategy.endorse.already");
		}
	}

	@Transactional
	void withdraw(TopicId id, PersonId by) {
		Topic topic = topics.lock(id.value()).orElseThrow(() -> new Refusal("strategy.topic.gone"));
		topic.checkOpen();
		String municipality = municipalityOf(by);
		if (municipality == null || !topics.withdraw(id.value(), municipality)) {
			throw new Refusal("strategy.endorse.none");
		}
	}

	/**
	 * Locks both topics, the lower id first, so that two merges crossing each other
	 * cannot deadlock.
	 */
	@Transactional
	void merge(TopicId from, TopicId into, PersonId by) {
		long first = Math.min(from.value(), into.value());
		long second = Math.max(from.value(), into.value());
		topics.lock(first);
		topics.lock(second);
		Topic merged = topics.find(from.value()).orElseThrow(() -> new Refusal("strategy.topic.gone"));
		Topic survivor = topics.find(into.value()).orElseThrow(() -> new Refusal("strategy.topic.gone"));
		merged.checkMergeInto(survivor);
		topics.merge(from.value(), into.value(), by.value(), clock.instant());
		search.topic(topics.find(from.value()).orElseThrow());
		search.topic(topics.find(into.value()).orElseThrow());
	}

	@Transactional
	void retire(TopicId id, PersonId by) {
		Topic topic = topics.lock(id.value()).orElseThrow(() -> new Refusal("strategy.topic.gone"));
		topic.checkOpen();
		topics.retire(id.value(), by.value(), clock.instant());
		search.topic(topics.find(id.value()).orElseThrow());
	}

	String municipalityOf(PersonId person) {
		return accounts.find(person).map(PersonSummary::municipality).map(code -> code.value()).orElse(null);
	}

}
