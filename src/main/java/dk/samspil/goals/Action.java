package dk.samspil.goals;

import dk.samspil.rules.Refusal;

import java.time.LocalDate;

import dk.samspil.accounts.PersonId;
import dk.samspil.region.MunicipalityCode;

/**
 * Something done towards a goal, jointly ({@code municipality} null) or by one
 * municipality: who owns it, by when, what it is expected to do, and the decision or task
 * in a meeting it comes from.
 */
record Action(long id, GoalId goal, String title, MunicipalityCode municipality, PersonId owner, Status status,
		LocalDate dueOn, String expectedEffect, Long decisionId, Long taskId, int version) {

	enum Status {

		PLANNED, STARTED, DONE, CANCELLED;

		/** The status a form sends by its name; refused when it names none. */
		static Status of(String name) {
			for (Status status : values()) {
				if (status.name().equals(name)) {
					return status;
				}
			}
			throw new Refusal("goals.rule.actionStatus");
		}

		public boolean open() {
			return this == PLANNED || this == STARTED;
		}

	}

	public boolean overdue(LocalDate today) {
		return status.open() && dueOn.isBefore(today);
	}

	/**
	 * The owner, the secretariat, or someone reporting for the action's municipality may
	 * move it on.
	 */
	boolean mayChange(Reporter reporter, Responsibles responsibles) {
		return reporter.secretariat() || reporter.person().equals(owner)
				|| (municipality != null && responsibles.isResponsible(goal, municipality, reporter.person()));
	}
}
