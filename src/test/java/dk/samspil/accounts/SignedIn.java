package dk.samspil.accounts;

/**
 * The principal the login gives a person, for a slice of the web layer, which has no
 * people to sign in: the layout greets the person by name, and controllers read the
 * person's id from it.
 */
public final class SignedIn {

	private SignedIn() {
	}

	/** A person in the given role, who exists only in the request. */
	public static SignedInUser as(Role role) {
		String name = role.name().toLowerCase();
		return new SignedInUser(new Person(900L + role.ordinal(), name, "Slice " + name, name + "@test.example", null,
				null, role, "{noop}unused", true, 1));
	}

}
