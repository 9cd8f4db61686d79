package dk.samspil.accounts;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import dk.samspil.region.MunicipalityCode;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is who, for the other modules: lookups of people by id, and registering people
 * (demo data, imports).
 */
@Component
public class Accounts {

	private final People people;

	private final PasswordEncoder passwords;

	Accounts(People people, PasswordEncoder passwords) {
		this.people = people;
		this.passwords = passwords;
	}

	public Optional<PersonSummary> find(PersonId id) {
		return people.find(id.value()).map(Person::summary);
	}

	public List<PersonSummary> findAll(Collection<PersonId> ids) {
		return people.findAll(ids.stream().map(PersonId::value).toList()).stream().map(Person::summary).toList();
	}

	/** Everyone who can sign in, by name. */
	public List<PersonSummary> active() {
		return people.findAll().stream().filter(Person::active).map(Person::summary).toList();
	}

	/** Everyone of this municipality who can sign in. */
	public List<PersonId> activeIn(MunicipalityCode municipality) {
		return people.activeIdsIn(municipality).stream().map(PersonId::new).toList();
	}

	public Optional<PersonId> findByUsername(String username) {
		return people.findByUsername(username).map(person -> new PersonId(person.id()));
	}

	public boolean isEmpty() {
		return people.count() == 0;
	}

	@Transactional
	public PersonId register(PersonDetails details, String password) {
		return register(details, hash(password));
	}

	/**
	 * Hashes a password once for several people who share it, as the demo's fifty do:
	 * each hash costs tens of milliseconds on purpose, and every new demo database paid
	 * that fifty times.
	 */
	public HashedPassword hash(String password) {
		return new HashedPassword(passwords.encode(password));
	}

	@Transactional
	public PersonId register(PersonDetails details, HashedPassword password) {
		return new PersonId(people.save(Person.create(details, password.hash)));
	}

	/** A password as it is stored; only this module can read or make one. */
	public static final class HashedPassword {

		private final String hash;

		private HashedPassword(String hash) {
			this.hash = hash;
		}

	}

}
