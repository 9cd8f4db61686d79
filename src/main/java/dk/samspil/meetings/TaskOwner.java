package dk.samspil.meetings;

import dk.samspil.accounts.PersonId;
import dk.samspil.region.MunicipalityCode;

/**
 * Who owns a task: a person, or a municipality as a whole. In a form it is one value,
 * {@code person:12} or {@code municipality:0630}, so one list offers both.
 */
record TaskOwner(PersonId person, MunicipalityCode municipality) {

	TaskOwner {
		if ((person == null) == (municipality == null)) {
			throw new IllegalArgumentException("A task is owned by a person or by a municipality");
		}
	}

	static TaskOwner parse(String value) {
		if (value != null && value.startsWith("person:")) {
			return new TaskOwner(new PersonId(Long.parseLong(value.substring(7))), null);
		}
		if (value != null && value.startsWith("municipality:")) {
			return new TaskOwner(null, new MunicipalityCode(value.substring(13)));
		}
		throw new IllegalArgumentException("Not a task owner: " + value);
	}
}
