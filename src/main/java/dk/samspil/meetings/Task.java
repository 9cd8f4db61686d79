package dk.samspil.meetings;

import java.time.LocalDate;

import dk.samspil.accounts.PersonId;
import dk.samspil.groups.GroupId;
import dk.samspil.region.MunicipalityCode;

/**
 * Something a person, or a municipality as a whole, is to do by a date, from a meeting or
 * a decision.
 */
record Task(long id, GroupId group, Long itemId, Long decisionId, String title, PersonId ownerPerson,
		MunicipalityCode ownerMunicipality, LocalDate dueOn, boolean done) {

	public boolean overdue(LocalDate today) {
		return !done && dueOn.isBefore(today);
	}
}
