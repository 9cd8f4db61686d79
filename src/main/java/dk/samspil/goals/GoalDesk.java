package dk.samspil.goals;

import java.time.Clock;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dk.samspil.meetings.MeetingRecords;
import dk.samspil.search.SearchEntry;
import dk.samspil.search.Visibility;
import dk.samspil.rules.FieldRefusal;
import dk.samspil.rules.Refusal;

/**
 * Setting up goals: defining one with its municipal targets, and marking it public or
 * not.
 */
@Component
class GoalDesk {

	static final String SEARCH_KIND = "goal";

	private final Goals goals;

	private final MeetingRecords meetings;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	GoalDesk(Goals goals, MeetingRecords meetings, ApplicationEventPublisher events, Clock clock) {
		this.goals = goals;
		this.meetings = meetings;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Stores a goal the secretariat defined; the decision it cites must have been
	 * recorded in a meeting.
	 */
	@Transactional
	GoalId define(Goal goal) {
		if (goal.decisionId() != null && !meetings.decisionExists(goal.decisionId())) {
			throw new FieldRefusal("decisionId", "goals.rule.noSuchDecision", goal.decisionId());
		}
		GoalId id = goals.insert(goal);
		index(goals.find(id).orElseThrow());
		return id;
	}

	/**
	 * Publishes or withdraws a goal; a page older than the goal's last change is refused
	 * rather than obeyed.
	 */
	@Transactional
	void setPublic(GoalId id, boolean isPublic, int expectedVersion) {
		if (!goals.setPublic(id, isPublic, expectedVersion)) {
			throw new Refusal("goals.rule.changedMeanwhile");
		}
		index(goals.find(id).orElseThrow());
	}

	/** Everyone in the collaboration finds every goal; a visitor only the public ones. */
	private void index(Goal goal) {
		events.publishEvent(new SearchEntry(SEARCH_KIND, goal.id().toString(), null,
				goal.isPublic() ? Visibility.PUBLIC : Visibility.MEMBERS, goal.title(),
				goal.description() + "\n" + goal.unit(), List.of(), clock.instant(), "/goals/" + goal.id(),
				clock.instant()));
	}

}
