package dk.samspil.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import dk.samspil.accounts.PersonId;
import dk.samspil.groups.GroupId;
import dk.samspil.rules.FieldRefusal;
import dk.samspil.rules.Refusal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording, superseding and revoking decisions, escalating them to another group, and
 * the tasks they give.
 */
@Component
class DecisionDesk {

	private final Decisions decisions;

	private final AgendaItems items;

	private final Tasks tasks;

	private final MeetingSearch search;

	private final ApplicationEventPublisher events;

	private final Meetings meetings;

	DecisionDesk(Decisions decisions, AgendaItems items, Tasks tasks, MeetingSearch search,
			ApplicationEventPublisher events, Meetings meetings) {
		this.meetings = meetings;
		this.decisions = decisions;
		this.items = items;
		this.tasks = tasks;
		this.search = search;
		this.events = events;
	}

	/**
	 * The chair records what the group decided on an item at its meeting, dated the
	 * meeting's day: only once the meeting has begun (locked, so it is not cancelled
	 * meanwhile), with a review date after that day, superseding only a decision of the
	 * same group. The same text sent again on the same item (a double click, a browser
	 * sending the form again) finds the decision the first one recorded; the meeting's
	 * lock makes the second wait for the first.
	 */
	@Transactional
	long decide(AgendaItem item, String text, LocalDate reviewOn, Long supersedes, Instant now) {
		LocalDate decidedOn = meetings.lock(item.meetingId()).orElseThrow().decisionDay(now);
		Optional<Decision> recorded = decisions.ofItem(item.id())
			.stream()
			.filter(d -> d.inForce() && d.text().equals(text.strip()))
			.findFirst();
		if (recorded.isPresent()) {
			return recorded.get().id();
		}
		Decision.checkReview(decidedOn, reviewOn);
		Decision superseded = supersedes == null ? null
				: decisions.find(supersedes)
					.filter(d -> d.group().equals(item.group()))
					.orElseThrow(() -> new FieldRefusal("supersedes", "meetings.decision.supersedes.unknown"));
		return record(item, text, decidedOn, reviewOn, superseded);
	}

	/** The day a decision on the item would bear; refused when none may be taken now. */
	LocalDate decisionDay(AgendaItem item, Instant now) {
		return meetings.find(item.meetingId()).orElseThrow().decisionDay(now);
	}

	/**
	 * Records a decision on an agenda item; when it supersedes an earlier one, both point
	 * at each other.
	 */
	@Transactional
	long record(AgendaItem item, String text, LocalDate decidedOn, LocalDate reviewOn, Decision supersedes) {
		if (!item.accepted()) {
			throw new Refusal("meetings.rule.itemNotOnAgenda");
		}
		if (supersedes != null) {
			supersedes.checkInForce();
		}
		long id = decisions.insert(item, text, decidedOn, reviewOn);
		if (supersedes != null) {
			if (!decisions.supersede(supersedes.id(), id)) {
				throw new Refusal("meetings.rule.decisionNotInForce");
			}
			search.decision(decisions.find(supersedes.id()).orElseThrow(), title(supersedes));
		}
		Decision decision = decisions.find(id).orElseThrow();
		search.decision(decision, item.title());
		events.publishEvent(new DecisionRecorded(id, decision.group(), decision.text(), decidedOn));
		return id;
	}

	@Transactional
	void revoke(Decision decision) {
		decision.checkInForce();
		if (!decisions.revoke(decision.id())) {
			throw new Refusal("meetings.rule.decisionNotInForce");
		}
		search.decision(decisions.find(decision.id()).orElseThrow(), title(decision));
	}

	/**
	 * Escalates a decision, or the question of an agenda item, to another group: it
	 * becomes a proposed item there, on the group's next meeting that still takes
	 * proposals (locked, so it cannot be cancelled meanwhile) and has room for it, or on
	 * the group's list waiting for a meeting when none is scheduled or that one is full.
	 */
	@Transactional
	long escalate(AgendaItem from, GroupId to, String question, PersonId by, Instant now) {
		if (from.group().equals(to)) {
			throw new FieldRefusal("group", "meetings.rule.escalateToSameGroup");
		}
		Long nextMeeting = meetings.nextTakingProposals(to, now, now)
			.flatMap(next -> meetings.lock(next.id()))
			.filter(next -> next.takesProposals(now))
			.filter(next -> items.room(next.id()) > 0)
			.map(Meeting::id)
			.orElse(null);
		long id = items.insert(to, nextMeeting, from.title(), question, by, from.id());
		search.item(items.find(id).orElseThrow(), null);
		return id;
	}

	/**
	 * Adds a task to an item or a decision. The same task sent again (a double click, a
	 * browser sending the form again) finds the first; the lock of the item, or of the
	 * decision when the task hangs on a decision alone, makes the second wait for it.
	 */
	@Transactional
	long addTask(GroupId group, Long itemId, Long decisionId, String title, TaskOwner owner, LocalDate dueOn) {
		if (itemId != null) {
			items.lock(itemId);
		}
		else if (decisionId != null) {
			decisions.lock(decisionId);
		}
		Optional<Task> added = (itemId != null ? tasks.ofItem(itemId) : tasks.ofDecision(decisionId)).stream()
			.filter(task -> Objects.equals(task.decisionId(), decisionId) && task.title().equals(title.strip())
					&& new TaskOwner(task.ownerPerson(), task.ownerMunicipality()).equals(owner)
					&& task.dueOn().equals(dueOn))
			.findFirst();
		if (added.isPresent()) {
			return added.get().id();
		}
		return tasks.insert(group, itemId, decisionId, title, owner, dueOn);
	}

	@Transactional
	void setDone(Task task, boolean done) {
		tasks.setDone(task.id(), done);
	}

	String title(Decision decision) {
		return decision.itemId() == null ? decision.text()
				: items.find(decision.itemId()).map(AgendaItem::title).orElse(decision.text());
	}

}
