package dk.samspil.accounts;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The subjects people have at the sign-in providers, by issuer. */
@Repository
class Identities {

	private final JdbcClient jdbc;

	Identities(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Long> personOf(String issuer, String subject) {
		return jdbc.sql("select person_id from accounts_identity where issuer = ? and subject = ?")
			.params(issuer, subject)
			.query(Long.class)
			.optional();
	}

	boolean hasSubjectAt(long personId, String issuer) {
		return jdbc.sql("select count(*) from accounts_identity where person_id = ? and issuer = ?")
			.params(personId, issuer)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Does nothing when the person or the subject was linked meanwhile (two first
	 * sign-ins at once): the caller reads back who has the subject.
	 */
	void link(long personId, String issuer, String subject, Instant now) {
		jdbc.sql("""
				insert into accounts_identity (issuer, subject, person_id, linked_at) values (?, ?, ?, ?)
				on conflict do nothing""").params(issuer, subject, personId, Timestamp.from(now)).update();
	}

}
