package dk.samspil.meetings;

import java.util.List;

import dk.samspil.accounts.PersonId;

/**
 * Who attended a meeting, as its minutes name them: the members present, those who sent
 * apologies, and guests from outside the group in the chair's own words. Empty until the
 * chair records it.
 */
public record Attendance(List<PersonId> present, List<PersonId> apologies, String guests) {

	static final Attendance NONE = new Attendance(List.of(), List.of(), "");

	/** Longest list of guests kept; a runaway paste is cut rather than refused. */
	static final int GUESTS_LENGTH = 2_000;

	public boolean recorded() {
		return !present.isEmpty() || !guests.isBlank();
	}

}
