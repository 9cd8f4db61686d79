package dk.samspil.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import dk.samspil.accounts.Accounts;
import dk.samspil.groups.GroupDirectory;
import dk.samspil.groups.GroupInfo;
import dk.samspil.region.MunicipalityCode;

import org.springframework.stereotype.Component;

/**
 * Turns a token sent with a call into its caller. The last use is written at most once a
 * minute per token (and instance), so that a busy client does not write a row on every
 * call.
 */
@Component
class ApiCallers {

	static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

	private final ApiTokens tokens;

	private final Accounts accounts;

	private final GroupDirectory groups;

	private final Clock clock;

	private final Map<Long, Instant> lastWritten = new ConcurrentHashMap<>();

	ApiCallers(ApiTokens tokens, Accounts accounts, GroupDirectory groups, Clock clock) {
		this.tokens = tokens;
		this.accounts = accounts;
		this.groups = groups;
		this.clock = clock;
	}

	/** The caller with this token; empty when the token is unknown or revoked. */
	Optional<ApiCaller> forToken(String token) {
		return tokens.usable(ApiTokenDesk.hash(token)).map(found -> {
			used(found.id());
			return new ApiCaller(found.id(), found.name(), found.municipality(), () -> groupsOf(found.municipality()));
		});
	}

	private void used(long id) {
		Instant now = clock.instant();
		Instant before = lastWritten.get(id);
		if (before == null || !now.isBefore(before.plus(LAST_USED_PRECISION))) {
			lastWritten.put(id, now);
			tokens.used(id, now);
		}
	}

	/**
	 * The groups in which the municipality has an active member: the municipality's staff
	 * read their private content, and so does its token.
	 */
	private List<GroupInfo> groupsOf(MunicipalityCode municipality) {
		if (municipality == null) {
			return List.of();
		}
		return groups.groupsOfAny(accounts.activeIn(municipality));
	}

}
