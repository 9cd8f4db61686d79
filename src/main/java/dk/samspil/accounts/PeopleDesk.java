package dk.samspil.accounts;

import java.util.ArrayList;
import java.util.List;

import dk.samspil.region.MunicipalityCode;
import dk.samspil.region.Region;
import dk.samspil.rules.FieldRefusal;
import dk.samspil.rules.Refusal;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What is done to a person's login: the secretariat creates, edits, deactivates and
 * reactivates people, and a person changes their own password. Each reads the person with
 * the row locked and writes in the same transaction; the rules are the person's own, or
 * here where they need the other people (a username or address is one person's only).
 */
@Component
class PeopleDesk {

	private final People people;

	private final Region region;

	private final PasswordEncoder passwords;

	private final Providers providers;

	private final OpenSessions sessions;

	PeopleDesk(People people, Region region, PasswordEncoder passwords, Providers providers, OpenSessions sessions) {
		this.people = people;
		this.region = region;
		this.passwords = passwords;
		this.providers = providers;
		this.sessions = sessions;
	}

	/**
	 * What saving the form would be refused for, each beside its field, so that the form
	 * shows every mistake at once; saving checks again in its own transaction. The person
	 * being edited, if any, may keep their own username and address.
	 */
	@Transactional(readOnly = true)
	List<FieldRefusal> refusals(PersonForm form, Long id) {
		List<FieldRefusal> refusals = new ArrayList<>();
		if (id == null && !form.hasPassword()) {
			refusals.add(new FieldRefusal("password", "validation.required"));
		}
		if (form.hasPassword() && form.password().length() < Person.MIN_PASSWORD_LENGTH) {
			refusals.add(new FieldRefusal("password", "password.tooShort", Person.MIN_PASSWORD_LENGTH));
		}
		if (form.username() != null && people.usernameTaken(form.username(), id)) {
			refusals.add(new FieldRefusal("username", "person.username.taken"));
		}
		if (form.email() != null && people.emailTaken(form.email(), id)) {
			refusals.add(new FieldRefusal("email", "person.email.taken"));
		}
		if (!knownMunicipality(form.municipality())) {
			refusals.add(new FieldRefusal("municipality", "person.municipality.unknown"));
		}
		return refusals;
	}

	@Transactional
	PersonId create(PersonForm form) {
		refuseIfAny(refusals(form, null));
		return new PersonId(save(Person.create(form.details(), passwords.encode(form.password()))));
	}

	/**
	 * Saves the form over the person, refused with {@link ChangedMeanwhile} if it was
	 * opened on an older version; a changed username, role or password ends their open
	 * sessions.
	 */
	@Transactional
	Person update(long id, PersonForm form) {
		// hashed before the lock is taken: it takes tens of milliseconds on purpose
		String newHash = form.hasPassword() ? passwords.encode(form.password()) : null;
		Person person = people.lock(id).orElseThrow(() -> new Refusal("people.gone"));
		refuseIfAny(refusals(form, id));
		String signedInAs = person.username();
		if (person.edit(form.details(), newHash, form.version())) {
			sessions.endAfterCommit(signedInAs);
		}
		save(person);
		return person;
	}

	/**
	 * Deactivates the person and ends their open sessions, so they are out at once, not
	 * at their next sign-in; refused for the one asking, who would otherwise lock
	 * themself out.
	 */
	@Transactional
	Person deactivate(long id, PersonId by) {
		Person person = people.lock(id).orElseThrow(() -> new Refusal("people.gone"));
		person.deactivate(by);
		people.save(person);
		sessions.endAfterCommit(person.username());
		return person;
	}

	@Transactional
	Person activate(long id) {
		Person person = people.lock(id).orElseThrow(() -> new Refusal("people.gone"));
		person.activate();
		people.save(person);
		return person;
	}

	/**
	 * A person changes their own password, giving the current one. Returns false,
	 * changing nothing, where their municipality signs in with its own provider only: a
	 * password they could not use.
	 */
	@Transactional
	boolean changeOwnPassword(PersonId who, String current, String next, String repeated) {
		Person person = people.lock(who.value()).orElseThrow(() -> new Refusal("people.gone"));
		if (!providers.passwordsAllowed(person.municipality())) {
			return false;
		}
		if (!passwords.matches(current, person.passwordHash())) {
			throw new FieldRefusal("currentPassword", "password.currentWrong");
		}
		if (next.length() < Person.MIN_PASSWORD_LENGTH) {
			throw new FieldRefusal("newPassword", "password.tooShort", Person.MIN_PASSWORD_LENGTH);
		}
		if (!next.equals(repeated)) {
			throw new FieldRefusal("repeatPassword", "password.mismatch");
		}
		person.changePassword(passwords.encode(next));
		people.save(person);
		return true;
	}

	private static void refuseIfAny(List<FieldRefusal> refusals) {
		if (!refusals.isEmpty()) {
			throw refusals.get(0);
		}
	}

	/**
	 * Saves the person. The unique indexes are the last word on usernames and addresses:
	 * someone else may have taken one between the check and the write.
	 */
	private long save(Person person) {
		try {
			return people.save(person);
		}
		catch (DuplicateKeyException ex) {
			boolean email = String.valueOf(ex.getMessage()).contains("accounts_person_email");
			throw email ? new FieldRefusal("email", "person.email.taken")
					: new FieldRefusal("username", "person.username.taken");
		}
	}

	private boolean knownMunicipality(String code) {
		if (code == null || code.isBlank()) {
			return true;
		}
		try {
			return region.find(new MunicipalityCode(code)).isPresent();
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

}
