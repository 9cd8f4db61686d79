package dk.samspil.accounts;

import dk.samspil.region.MunicipalityCode;

/**
 * What other modules may know of a person. {@code municipality} is null for the
 * secretariat's own staff.
 */
public record PersonSummary(PersonId id, String displayName, String email, String jobTitle,
		MunicipalityCode municipality, boolean active) {
}
