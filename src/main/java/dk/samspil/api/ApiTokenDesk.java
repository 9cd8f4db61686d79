package dk.samspil.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;

import dk.samspil.accounts.PersonId;
import dk.samspil.region.MunicipalityCode;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issuing and revoking tokens. A token is 32 random bytes, shown once; only its SHA-256
 * is kept, which is enough for a secret that long (no password to guess), and lets a call
 * find its token with one indexed look-up.
 */
@Component
class ApiTokenDesk {

	static final String PREFIX = "samspil_";

	private final SecureRandom random = new SecureRandom();

	private final ApiTokens tokens;

	private final Clock clock;

	ApiTokenDesk(ApiTokens tokens, Clock clock) {
		this.tokens = tokens;
		this.clock = clock;
	}

	/** The new token, to be shown to the secretariat once and never again. */
	@Transactional
	String issue(String name, MunicipalityCode municipality, PersonId by) {
		byte[] secret = new byte[32];
		random.nextBytes(secret);
		String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		tokens.insert(name.strip(), municipality, hash(token), by);
		return token;
	}

	/** False when it was revoked already. */
	@Transactional
	boolean revoke(long id) {
		return tokens.revoke(id, clock.instant());
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java has SHA-256", ex);
		}
	}

}
