package dk.samspil.plans;

import java.time.LocalDate;

import dk.samspil.groups.GroupId;

/**
 * A joint plan; {@code adoptedOn} is set when the last council adopted it. The members of
 * {@code ownerGroup} (may be null) process the responses to its consultations.
 */
record Plan(long id, String title, LocalDate adoptedOn, GroupId ownerGroup) {

	public boolean adopted() {
		return adoptedOn != null;
	}
}
