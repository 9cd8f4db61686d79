package dk.samspil.accounts;

import dk.samspil.region.MunicipalityCode;
import dk.samspil.rules.Refusal;

/**
 * A person with a login. Guards its own rules: editing, deactivation and reactivation.
 * Failed logins are counted elsewhere ({@link LoginThrottle}), per username and address.
 * The accessors are public only so that page templates can read them; the class itself
 * stays in this module.
 */
class Person {

	static final int MIN_PASSWORD_LENGTH = 12;

	private final Long id;

	private String username;

	private String displayName;

	private String email;

	private String jobTitle;

	private MunicipalityCode municipality;

	private Role role;

	private String passwordHash;

	private boolean active;

	private int version;

	Person(Long id, String username, String displayName, String email, String jobTitle, MunicipalityCode municipality,
			Role role, String passwordHash, boolean active, int version) {
		this.id = id;
		this.username = username;
		this.displayName = displayName;
		this.email = email;
		this.jobTitle = jobTitle;
		this.municipality = municipality;
		this.role = role;
		this.passwordHash = passwordHash;
		this.active = active;
		this.version = version;
	}

	static Person create(PersonDetails details, String passwordHash) {
		Person person = new Person(null, null, null, null, null, null, null, passwordHash, true, 1);
		person.update(details);
		return person;
	}

	/**
	 * Sets what the secretariat edits, and a new password if one is given, over the
	 * version the form was opened on; refused if someone else saved the person meanwhile,
	 * so that nobody overwrites what they have not seen. Returns whether the person's
	 * open sessions must end: a session keeps the username and role it signed in with, so
	 * a changed username, role or password takes effect at the next sign-in.
	 */
	boolean edit(PersonDetails details, String newPasswordHash, Integer openedVersion) {
		if (openedVersion == null || openedVersion != version) {
			throw new ChangedMeanwhile(this);
		}
		version++;
		String usernameBefore = username;
		Role roleBefore = role;
		update(details);
		if (newPasswordHash != null) {
			changePassword(newPasswordHash);
		}
		return roleBefore != role || newPasswordHash != null || !usernameBefore.equals(username);
	}

	private void update(PersonDetails details) {
		this.username = details.username().strip();
		this.displayName = details.displayName().strip();
		this.email = details.email().strip();
		this.jobTitle = details.jobTitle() == null || details.jobTitle().isBlank() ? null : details.jobTitle().strip();
		this.municipality = details.municipality();
		this.role = details.role();
	}

	void changePassword(String newHash) {
		this.passwordHash = newHash;
	}

	/**
	 * Refused for the person themself: the secretariat would lock itself out with no one
	 * left to let it in.
	 */
	void deactivate(PersonId by) {
		if (by.value() == id) {
			throw new Refusal("people.notSelf");
		}
		this.active = false;
	}

	void activate() {
		this.active = true;
	}

	PersonSummary summary() {
		return new PersonSummary(new PersonId(id), displayName, email, jobTitle, municipality, active);
	}

	public Long id() {
		return id;
	}

	public String username() {
		return username;
	}

	public String displayName() {
		return displayName;
	}

	public String email() {
		return email;
	}

	public String jobTitle() {
		return jobTitle;
	}

	public MunicipalityCode municipality() {
		return municipality;
	}

	public Role role() {
		return role;
	}

	public String passwordHash() {
		return passwordHash;
	}

	public boolean active() {
		return active;
	}

	/** How many times the secretariat has saved the person's details, counting from 1. */
	public int version() {
		return version;
	}

}
