package dk.samspil.strategy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dk.samspil.accounts.Accounts;
import dk.samspil.accounts.PersonId;
import dk.samspil.groups.GroupDirectory;
import dk.samspil.groups.GroupId;
import dk.samspil.groups.GroupInfo;
import dk.samspil.groups.Theme;
import dk.samspil.groups.ThemeId;
import dk.samspil.groups.Themes;
import dk.samspil.rules.FieldRefusal;
import dk.samspil.rules.Refusal;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * From result to work: the secretariat makes a chosen topic a theme of the collaboration
 * (through the groups' themes, so that everything tagged with it is found together) and
 * hands it to a group with an owner and a due date. The group is tagged with the theme.
 * Meetings publish no interface for creating tasks, so the strategy keeps its own
 * hand-overs and shows them on the process's page.
 */
@Component
class WorkDesk {

	private final Topics topics;

	private final Work work;

	private final Themes themes;

	private final GroupDirectory groups;

	private final Accounts accounts;

	private final StrategySearch search;

	private final Clock clock;

	WorkDesk(Topics topics, Work work, Themes themes, GroupDirectory groups, Accounts accounts, StrategySearch search,
			Clock clock) {
		this.accounts = accounts;
		this.topics = topics;
		this.work = work;
		this.themes = themes;
		this.groups = groups;
		this.search = search;
		this.clock = clock;
	}

	/**
	 * The topic becomes a theme of the same name (an existing theme of that name is
	 * reused) and is chosen.
	 */
	@Transactional
	ThemeId choose(TopicId id, PersonId by) {
		Topic topic = topics.lock(id.value()).orElseThrow(() -> new Refusal("strategy.topic.gone"));
		topic.checkOpen();
		if (work.chosen(id.value()).isPresent()) {
			throw new Refusal("strategy.work.alreadyChosen");
		}
		ThemeId theme = themes.findByName(topic.title()).map(Theme::id).orElseGet(() -> themes.add(topic.title()));
		work.choose(topic, theme, by, clock.instant());
		List<ThemeId> tagged = new ArrayList<>(topics.themes(id.value()));
		tagged.add(theme);
		topics.setThemes(id.value(), tagged);
		search.topic(topics.find(id.value()).orElseThrow());
		return theme;
	}

	/** What a hand-over is due on unless the secretariat says otherwise. */
	LocalDate defaultDueOn() {
		return LocalDate.now(clock).plusMonths(3);
	}

	/**
	 * What handing over would be refused for, each beside its field, so that the form
	 * shows every mistake at once: a group still open, a person to own it, and a due date
	 * that is not past. Null stands for what was not chosen or could not be read.
	 */
	@Transactional(readOnly = true)
	List<FieldRefusal> refusals(GroupId group, PersonId owner, LocalDate dueOn) {
		List<FieldRefusal> refusals = new ArrayList<>();
		GroupInfo found = group == null ? null : groups.find(group).orElse(null);
		if (found == null) {
			refusals.add(new FieldRefusal("group", "strategy.work.groupRequired"));
		}
		else if (found.closed()) {
			refusals.add(new FieldRefusal("group", "strategy.work.groupClosed"));
		}
		if (owner == null || accounts.find(owner).isEmpty()) {
			refusals.add(new FieldRefusal("owner", "strategy.work.ownerRequired"));
		}
		if (dueOn == null) {
			refusals.add(new FieldRefusal("dueOn", "strategy.date.invalid"));
		}
		else if (dueOn.isBefore(LocalDate.now(clock))) {
			refusals.add(new FieldRefusal("dueOn", "strategy.work.dueInPast"));
		}
		return refusals;
	}

	@Transactional
	long handOver(TopicId id, GroupId group, PersonId owner, LocalDate dueOn, PersonId by) {
		topics.lock(id.value()).orElseThrow(() -> new Refusal("strategy.topic.gone"));
		Work.Chosen chosen = work.chosen(id.value()).orElseThrow(() -> new Refusal("strategy.work.notChosen"));
		List<FieldRefusal> refusals = refusals(group, owner, dueOn);
		if (!refusals.isEmpty()) {
			throw refusals.get(0);
		}
		groups.tag(group, chosen.theme());
		return work.handOver(id.value(), group, owner, dueOn, by, clock.instant());
	}

	/** The owner or the secretariat marks a hand-over done. */
	@Transactional
	void done(long handover, PersonId by, boolean secretariat) {
		Work.Handover h = work.handover(handover).orElseThrow(() -> new Refusal("strategy.work.gone"));
		if (!secretariat && !h.owner().equals(by)) {
			throw new Refusal("strategy.work.notOwner");
		}
		if (!work.done(handover, clock.instant())) {
			throw new Refusal("strategy.work.alreadyDone");
		}
	}

}
