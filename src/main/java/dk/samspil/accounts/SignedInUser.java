package dk.samspil.accounts;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The principal of a signed-in person; other modules read {@link #personId()} from it.
 */
public class SignedInUser extends User {

	private final PersonId personId;

	private final String displayName;

	SignedInUser(Person person) {
		this(person, true);
	}

	/**
	 * @param passwordAllowed false for a person whose municipality signs in with its own
	 * provider only: the password is then refused as "expired", which the login form's
	 * checks do only after the password was found right, so the message that names the
	 * way in tells nobody else whether the username exists
	 */
	SignedInUser(Person person, boolean passwordAllowed) {
		// Never "locked" here: whether a sign-in may be tried depends on where it comes
		// from (LoginThrottle).
		super(person.username(), person.passwordHash(), person.active(), true, passwordAllowed, true,
				List.of(new SimpleGrantedAuthority(person.role().authority())));
		this.personId = new PersonId(person.id());
		this.displayName = person.displayName();
	}

	public PersonId personId() {
		return personId;
	}

	public String displayName() {
		return displayName;
	}

	public boolean isSecretariat() {
		return getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(Role.SECRETARIAT.authority()));
	}

	@Override
	public boolean equals(Object other) {
		return super.equals(other);
	}

	@Override
	public int hashCode() {
		return super.hashCode();
	}

}
