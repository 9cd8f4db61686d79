package dk.samspil.accounts;

import dk.samspil.region.MunicipalityCode;

/** The fields of a person that the secretariat sets. */
public record PersonDetails(String username, String displayName, String email, String jobTitle,
		MunicipalityCode municipality, Role role) {
}
