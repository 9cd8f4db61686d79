package dk.samspil.goals;

import dk.samspil.accounts.PersonId;
import dk.samspil.region.MunicipalityCode;
import dk.samspil.rules.Refusal;

/**
 * Who reports or corrects a figure: the secretariat for any municipality, anyone else
 * only for the municipalities the secretariat named them responsible for in that goal.
 */
record Reporter(PersonId person, boolean secretariat) {

	boolean mayReport(Responsibles responsibles, GoalId goal, MunicipalityCode municipality) {
		return secretariat || responsibles.isResponsible(goal, municipality, person);
	}

	void checkMayReport(Responsibles responsibles, GoalId goal, MunicipalityCode municipality) {
		if (!mayReport(responsibles, goal, municipality)) {
			throw new Refusal("goals.rule.notResponsible", municipality.value());
		}
	}
}
