package dk.samspil.strategy;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dk.samspil.accounts.Accounts;
import dk.samspil.accounts.PersonId;
import dk.samspil.accounts.PersonSummary;
import dk.samspil.groups.GroupDirectory;
import dk.samspil.groups.GroupId;
import dk.samspil.groups.GroupInfo;
import dk.samspil.groups.ThemeId;
import dk.samspil.groups.Themes;
import dk.samspil.rules.FieldRefusal;
import dk.samspil.rules.Refusal;

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

	private final Themes themes;

	private final Names names;

	private final StrategySearch search;

	private final Clock clock;

	TopicDesk(Topics topics, Processes processes, GroupDirectory groups, Accounts accounts, Themes themes, Names names,
			StrategySearch search, Clock clock) {
		this.themes = themes;
		this.names = names;
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
	record Proposal(String title, String description, GroupId group, String municipality, List<ThemeId> themes,
			List<Topic.Link> links) {
	}

	/**
	 * What proposing would be refused for, each beside its field, so that the form shows
	 * every mistake at once; proposing checks again in its own transaction.
	 */
	@Transactional(readOnly = true)
	List<FieldRefusal> refusals(Proposal proposal, PersonId by, boolean secretariat) {
		List<FieldRefusal> refusals = new ArrayList<>();
		if (themes.findAll(proposal.themes()).size() != proposal.themes().size()) {
			refusals.add(new FieldRefusal("themes", "strategy.topic.unknownTheme"));
		}
		onBehalfRefusal(proposal, by, secretariat).ifPresent(refusals::add);
		return refusals;
	}

	@Transactional
	TopicId propose(ProcessId process, Proposal proposal, PersonId by, boolean secretariat) {
		if (!processes.lock(process.value())) {
			throw new Refusal("strategy.process.gone");
		}
		List<FieldRefusal> refusals = refusals(proposal, by, secretariat);
		if (!refusals.isEmpty()) {
			throw refusals.get(0);
		}
		Instant now = clock.instant();
		long id = topics.insert(process, proposal.title(), proposal.description() == null ? "" : proposal.description(),
				now);
		topics.addProposer(id, by, proposal.group(), proposal.municipality(), now);
		topics.setThemes(id, proposal.themes());
		topics.setLinks(id, proposal.links());
		search.topic(topics.find(id).orElseThrow());
		return new TopicId(id);
	}

	/**
	 * A member proposes on behalf of a group they belong to or their own municipality;
	 * the secretariat for any group or municipality of the collaboration.
	 */
	private Optional<FieldRefusal> onBehalfRefusal(Proposal proposal, PersonId by, boolean secretariat) {
		if (proposal.group() != null) {
			GroupId group = proposal.group();
			if (groups.find(group).isEmpty()) {
				return Optional.of(new FieldRefusal("onBehalf", "strategy.topic.onBehalfRequired"));
			}
			if (!secretariat && groups.roleOf(by, group).isEmpty()) {
				return Optional.of(new FieldRefusal("onBehalf", "strategy.topic.notYourGroup"));
			}
			return Optional.empty();
		}
		if (proposal.municipality() == null || !names.municipalities().containsKey(proposal.municipality())) {
			return Optional.of(new FieldRefusal("onBehalf", "strategy.topic.onBehalfRequired"));
		}
		if (!secretariat && !proposal.municipality().equals(municipalityOf(by))) {
			return Optional.of(new FieldRefusal("onBehalf", "strategy.topic.notYourMunicipality"));
		}
		return Optional.empty();
	}

	/**
	 * The groups a person may propose on behalf of: their own, or any for the
	 * secretariat.
	 */
	List<GroupInfo> groupsFor(PersonId person, boolean secretariat) {
		if (secretariat) {
			return groups.all();
		}
		List<GroupId> mine = groups.groupsOf(person);
		return groups.all().stream().filter(g -> mine.contains(g.id())).toList();
	}

	/**
	 * The municipalities (code and name) a person may propose on behalf of: their own, or
	 * any for the secretariat.
	 */
	List<Map.Entry<String, String>> municipalitiesFor(PersonId person, boolean secretariat) {
		String mine = municipalityOf(person);
		return names.municipalities().entrySet().stream().filter(e -> secretariat || e.getKey().equals(mine)).toList();
	}

	@Transactional
	long comment(TopicId id, PersonId by, String body) {
		Topic topic = topics.lock(id.value()).orElseThrow(() -> new Refusal("strategy.topic.gone"));
		topic.checkOpen();
		// the same comment sent again (a double click, a browser sending the form again)
		// finds the first; the topic's lock makes the second wait for it
		Optional<Long> sent = topics.latestComment(id.value())
			.filter(latest -> latest.author().equals(by) && latest.body().equals(body.strip()))
			.map(Topic.Comment::id);
		if (sent.isPresent()) {
			return sent.get();
		}
		long comment = topics.addComment(id.value(), by, body, clock.instant());
		search.comment(topic, topics.comment(comment).orElseThrow());
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
		if (!topics.endorse(id.value(), municipality, by, clock.instant())) {
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
	 * cannot deadlock; refused when no topic to merge into was chosen ({@code into}
	 * null).
	 */
	@Transactional
	void merge(TopicId from, TopicId into, PersonId by) {
		if (into == null) {
			throw new Refusal("strategy.topic.mergeChoose");
		}
		long first = Math.min(from.value(), into.value());
		long second = Math.max(from.value(), into.value());
		topics.lock(first);
		topics.lock(second);
		Topic merged = topics.find(from.value()).orElseThrow(() -> new Refusal("strategy.topic.gone"));
		Topic survivor = topics.find(into.value()).orElseThrow(() -> new Refusal("strategy.topic.gone"));
		merged.checkMergeInto(survivor);
		topics.merge(from.value(), into.value(), by, clock.instant());
		search.topic(topics.find(from.value()).orElseThrow());
		search.topic(topics.find(into.value()).orElseThrow());
	}

	@Transactional
	void retire(TopicId id, PersonId by) {
		Topic topic = topics.lock(id.value()).orElseThrow(() -> new Refusal("strategy.topic.gone"));
		topic.checkOpen();
		topics.retire(id.value(), by, clock.instant());
		search.topic(topics.find(id.value()).orElseThrow());
	}

	String municipalityOf(PersonId person) {
		return accounts.find(person).map(PersonSummary::municipality).map(code -> code.value()).orElse(null);
	}

}
