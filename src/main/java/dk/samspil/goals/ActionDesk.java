package dk.samspil.goals;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dk.samspil.accounts.Accounts;
import dk.samspil.accounts.PersonId;
import dk.samspil.accounts.PersonSummary;
import dk.samspil.meetings.MeetingRecords;
import dk.samspil.region.MunicipalityCode;
import dk.samspil.rules.FieldRefusal;
import dk.samspil.rules.Refusal;

/** Adding actions towards a goal and moving them on. */
@Component
class ActionDesk {

	private final Actions actions;

	private final Responsibles responsibles;

	private final Accounts accounts;

	private final MeetingRecords meetings;

	ActionDesk(Actions actions, Responsibles responsibles, Accounts accounts, MeetingRecords meetings) {
		this.actions = actions;
		this.responsibles = responsibles;
		this.accounts = accounts;
		this.meetings = meetings;
	}

	/**
	 * Adds an action. A joint action is the secretariat's to add; a municipality's, also
	 * those reporting for it. Its owner must belong to that municipality (anyone signed
	 * in for a joint one), and a cited decision or task must exist.
	 */
	@Transactional
	void add(Goal goal, ActionForm form, Reporter reporter) {
		MunicipalityCode municipality = form.municipality() == null || form.municipality().isBlank() ? null
				: Goal.code(form.municipality());
		if (municipality == null ? !reporter.secretariat()
				: !reporter.mayReport(responsibles, goal.id(), municipality)) {
			throw new Refusal(municipality == null ? "goals.rule.jointAction" : "goals.rule.notResponsible",
					municipality == null ? "" : municipality.value());
		}
		if (municipality != null && !goal.municipalities().contains(municipality)) {
			throw new FieldRefusal("municipality", "goals.rule.municipalityOutside", municipality.value());
		}
		PersonSummary owner = accounts.find(new PersonId(form.owner()))
			.filter(PersonSummary::active)
			.orElseThrow(() -> new FieldRefusal("owner", "goals.rule.noPerson"));
		if (municipality != null && !municipality.equals(owner.municipality())) {
			throw new FieldRefusal("owner", "goals.rule.responsibleElsewhere", owner.displayName(),
					municipality.value());
		}
		if (form.decisionId() != null && !meetings.decisionExists(form.decisionId())) {
			throw new FieldRefusal("decisionId", "goals.rule.noSuchDecision", form.decisionId());
		}
		if (form.taskId() != null && !meetings.taskExists(form.taskId())) {
			throw new FieldRefusal("taskId", "goals.rule.noSuchTask", form.taskId());
		}
		actions.insert(new Action(0, goal.id(), form.title(), municipality, owner.id(), Action.Status.PLANNED,
				form.dueOn(), form.expectedEffect() == null ? "" : form.expectedEffect(), form.decisionId(),
				form.taskId(), 0));
	}

	@Transactional
	void setStatus(Action action, Action.Status status, int version, Reporter reporter) {
		if (!action.mayChange(reporter, responsibles)) {
			throw new Refusal("goals.rule.notYourAction");
		}
		if (action.version() != version || !actions.setStatus(action, status)) {
			throw new Refusal("goals.rule.changedMeanwhile");
		}
	}

}
