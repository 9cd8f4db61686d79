package dk.samspil.api;

import java.time.Instant;

import dk.samspil.region.MunicipalityCode;

/**
 * A token as the secretariat sees it; the token itself is never stored, only its hash.
 * {@code municipality} is null for a system outside the municipalities.
 */
record ApiToken(long id, String name, MunicipalityCode municipality, Instant createdAt, Instant revokedAt,
		Instant lastUsedAt) {

	public boolean revoked() {
		return revokedAt != null;
	}

}
