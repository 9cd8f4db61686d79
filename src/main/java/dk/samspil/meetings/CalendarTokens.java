package dk.samspil.meetings;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import dk.samspil.accounts.PersonId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Each person's secret calendar address. Renewing it replaces the token, so the old
 * address stops working.
 */
@Repository
class CalendarTokens {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	CalendarTokens(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	String tokenOf(PersonId person) {
		return jdbc.sql("select token from meetings_calendar_token where person_id = ?")
			.param(person.value())
			.query(String.class)
			.optional()
			.orElseGet(() -> renew(person));
	}

	String renew(PersonId person) {
		String token = newToken();
		jdbc.sql("""
				insert into meetings_calendar_token (person_id, token) values (?, ?)
				on conflict (person_id) do update set token = excluded.token""").params(person.value(), token).update();
		return token;
	}

	Optional<PersonId> owner(String token) {
		return jdbc.sql("select person_id from meetings_calendar_token where token = ?")
			.param(token)
			.query((rs, row) -> new PersonId(rs.getLong(1)))
			.optional();
	}

	private static String newToken() {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
