package dk.samspil.accounts;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import dk.samspil.region.MunicipalityCode;

/**
 * The secretariat's form for a person. The password is required only for a new person;
 * the version is the person's when the form was opened, and is not used for a new one.
 */
record PersonForm(
		@NotBlank(message = "{validation.required}") @Pattern(regexp = "([A-Za-z0-9._-]{3,40})?",
				message = "{person.username.invalid}") String username,
		@NotBlank(message = "{validation.required}") @Size(max = 120,
				message = "{validation.tooLong}") String displayName,
		@NotBlank(message = "{validation.required}") @Email(message = "{validation.email}") @Size(max = 200,
				message = "{validation.tooLong}") String email,
		@Size(max = 120, message = "{validation.tooLong}") String jobTitle, String municipality,
		@NotNull(message = "{validation.required}") Role role,
		@Size(max = 200, message = "{validation.tooLong}") String password, Integer version) {

	static PersonForm empty() {
		return new PersonForm("", "", "", "", "", Role.MEMBER, "", null);
	}

	static PersonForm of(Person person) {
		return new PersonForm(person.username(), person.displayName(), person.email(), person.jobTitle(),
				person.municipality() == null ? "" : person.municipality().value(), person.role(), "",
				person.version());
	}

	/**
	 * The same form made from the person as they are now, for saving again over a
	 * colleague's changes knowingly.
	 */
	PersonForm over(Person current) {
		return new PersonForm(username, displayName, email, jobTitle, municipality, role, password, current.version());
	}

	PersonDetails details() {
		return new PersonDetails(username, displayName, email, jobTitle, municipalityCode(), role);
	}

	MunicipalityCode municipalityCode() {
		return municipality == null || municipality.isBlank() ? null : new MunicipalityCode(municipality);
	}

	boolean hasPassword() {
		return password != null && !password.isEmpty();
	}
}
