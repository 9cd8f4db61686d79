package dk.samspil.accounts;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Sign-ins that did not succeed, one row each. Usernames are compared in lower case by
 * PostgreSQL, exactly as {@link People#findByUsername} finds a person, so no spelling of
 * a username reaches the person uncounted.
 */
@Repository
class LoginFailures {

	/**
	 * Failures since a moment: of this username from this address, of this username, and
	 * from this address.
	 */
	record Counts(long usernameAtAddress, long username, long address) {
	}

	private final JdbcClient jdbc;

	LoginFailures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long add(LoginAttempt attempt, Instant at) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("insert into accounts_login_failure (username, address, failed_at) values (lower(?), ?, ?)")
			.params(attempt.username(), attempt.address(), Timestamp.from(at))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	void remove(long id) {
		jdbc.sql("delete from accounts_login_failure where id = ?").param(id).update();
	}

	Counts since(LoginAttempt attempt, Instant since) {
		return jdbc.sql("""
				select count(*) filter (where username = lower(:username) and address = :address),
				       count(*) filter (where username = lower(:username)),
				       count(*) filter (where address = :address)
				from accounts_login_failure
				where (username = lower(:username) or address = :address) and failed_at > :since""")
			.param("username", attempt.username())
			.param("address", attempt.address())
			.param("since", Timestamp.from(since))
			.query((rs, row) -> new Counts(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
			.single();
	}

	/** Forgets the failures of this username from this address, and only those. */
	void clear(LoginAttempt attempt) {
		jdbc.sql("delete from accounts_login_failure where username = lower(?) and address = ?")
			.params(attempt.username(), attempt.address())
			.update();
	}

	/** Forgets every failure of this username, from whichever address. */
	int clearEverywhere(String username) {
		return jdbc.sql("delete from accounts_login_failure where username = lower(?)").param(username).update();
	}

	/**
	 * The people whose username failed at least {@code limit} times since a moment, by
	 * id, each with the time of the limit-th newest of those failures. Looked up per
	 * person, on the index by username, so that a flood of failures for usernames nobody
	 * has costs nothing here.
	 */
	Map<Long, Instant> peopleAtLimit(Instant since, int limit) {
		return jdbc.sql("""
				select p.id, f.failed_at
				from accounts_person p
				cross join lateral (select failed_at from accounts_login_failure
				                    where username = lower(p.username) and failed_at > :since
				                    order by failed_at desc offset :limit - 1 limit 1) f""")
			.param("since", Timestamp.from(since))
			.param("limit", limit)
			.query((rs, row) -> Map.entry(rs.getLong(1), rs.getTimestamp(2).toInstant()))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	int removeUntil(Instant until) {
		return jdbc.sql("delete from accounts_login_failure where failed_at <= ?")
			.param(Timestamp.from(until))
			.update();
	}

}
