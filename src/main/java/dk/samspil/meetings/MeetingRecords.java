package dk.samspil.meetings;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.stereotype.Component;

import dk.samspil.accounts.SignedInUser;

/**
 * What other modules may know of the groups' decisions and tasks, to cite and link to
 * them by id: a reference is given only to someone who may read the group's meetings, so
 * a citation never reveals a private decision.
 */
@Component
public class MeetingRecords {

	/** A decision as another module may show it, with the address of its own page. */
	public record DecisionReference(long id, String title, String text, LocalDate decidedOn, boolean inForce,
			String url) {
	}

	/** A task as another module may show it, with the address of the list it is on. */
	public record TaskReference(long id, String title, LocalDate dueOn, boolean done, String url) {
	}

	private final Decisions decisions;

	private final Tasks tasks;

	private final DecisionDesk desk;

	private final GroupAccess access;

	MeetingRecords(Decisions decisions, Tasks tasks, DecisionDesk desk, GroupAccess access) {
		this.decisions = decisions;
		this.tasks = tasks;
		this.desk = desk;
		this.access = access;
	}

	/** Whether a decision with this id was ever recorded, whoever may read it. */
	public boolean decisionExists(long id) {
		return decisions.find(id).isPresent();
	}

	/** Whether a task with this id exists, whoever may read it. */
	public boolean taskExists(long id) {
		return tasks.find(id).isPresent();
	}

	/** The decision, if it exists and the viewer may read its group's meetings. */
	public Optional<DecisionReference> decision(long id, SignedInUser viewer) {
		return decisions.find(id)
			.filter(d -> viewer != null && access.reads(viewer, d.group()))
			.map(d -> new DecisionReference(d.id(), desk.title(d), d.text(), d.decidedOn(), d.inForce(),
					"/decisions/" + d.id()));
	}

	/** The task, if it exists and the viewer may read its group's meetings. */
	public Optional<TaskReference> task(long id, SignedInUser viewer) {
		return tasks.find(id)
			.filter(t -> viewer != null && access.reads(viewer, t.group()))
			.map(t -> new TaskReference(t.id(), t.title(), t.dueOn(), t.done(), t.itemId() != null
					? "/items/" + t.itemId() : t.decisionId() != null ? "/decisions/" + t.decisionId() : "/tasks"));
	}

}
