package dk.samspil.accounts;

import dk.samspil.rules.Refusal;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the secretariat does to a person's login: deactivating and reactivating. Each
 * reads the person with the row locked and writes in the same transaction; the rules are
 * the person's own.
 */
@Component
class PeopleDesk {

	private final People people;

	PeopleDesk(People people) {
		this.people = people;
	}

	/**
	 * Deactivates the person; refused for the one asking, who would otherwise lock
	 * themself out.
	 */
	@Transactional
	Person deactivate(long id, PersonId by) {
		Person person = people.lock(id).orElseThrow(() -> new Refusal("people.gone"));
		person.deactivate(by);
		people.save(person);
		return person;
	}

	@Transactional
	Person activate(long id) {
		Person person = people.lock(id).orElseThrow(() -> new Refusal("people.gone"));
		person.activate();
		people.save(person);
		return person;
	}

}
