package dk.samspil.accounts;

import java.time.Duration;
import java.time.Instant;

import dk.samspil.region.MunicipalityCode;

/**
 * A person with a login. Guards its own rules: deactivation and lock-out after repeated failed logins. The
 * accessors are public only so that page templates can read them; the class itself stays in this module.
 */
class Person {

	private final Long id;

	private String username;

	private String displayName;

	private String email;

	private String jobTitle;

	private MunicipalityCode municipality;

	private Role role;

	private String passwordHash;

	private boolean active;

	private int failedLogins;

	private Instant lockedUntil;

	Person(Long id, String username, String displayName, String email, String jobTitle, MunicipalityCode municipality,
			Role role, String passwordHash, boolean active, int failedLogins, Instant lockedUntil) {
		this.id = id;
		this.username = username;
		this.displayName = displayName;
		this.email = email;
		this.jobTitle = jobTitle;
		this.municipality = municipality;
		this.role = role;
		this.passwordHash = passwordHash;
		this.active = active;
		this.failedLogins = failedLogins;
		this.lockedUntil = lockedUntil;
	}

	static Person create(PersonDetails details, String passwordHash) {
		Person person = new Person(null, null, null, null, null, null, null, passwordHash, true, 0, null);
		person.update(details);
		return person;
	}

	void update(PersonDetails details) {
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

	void deactivate() {
		this.active = false;
	}

	void activate() {
		this.active = true;
		this.failedLogins = 0;
		this.lockedUntil = null;
	}

	/** Counts a failed login; the last one allowed locks the login for {@code lockout}. */
	void loginFailed(Instant now, int maxFailures, Duration lockout) {
		failedLogins++;
		if (failedLogins >= maxFailures) {
			lockedUntil = now.plus(lockout);
			failedLogins = 0;
		}
	}

	void loginSucceeded() {
		failedLogins = 0;
		lockedUntil = null;
	}

	boolean isLocked(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
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

	public int failedLogins() {
		return failedLogins;
	}

	public Instant lockedUntil() {
		return lockedUntil;
	}

}
