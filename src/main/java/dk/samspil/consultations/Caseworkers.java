package dk.samspil.consultations;

import java.util.List;

import dk.samspil.accounts.PersonId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The people named to process a consultation's responses, for all of them or for one
 * municipality's.
 */
@Repository
class Caseworkers {

	/** {@code municipality} is null for a caseworker of the whole consultation. */
	record Caseworker(PersonId person, String municipality) {

		boolean wholeConsultation() {
			return municipality == null;
		}
	}

	private final JdbcClient jdbc;

	Caseworkers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Caseworker> of(long consultationId) {
		return jdbc
			.sql("select person_id, municipality_code from consultations_caseworker where consultation_id = ? "
					+ "order by municipality_code nulls first, person_id")
			.param(consultationId)
			.query((rs, row) -> new Caseworker(new PersonId(rs.getLong("person_id")),
					rs.getString("municipality_code")))
			.list();
	}

	List<Caseworker> ofPerson(long consultationId, PersonId person) {
		return jdbc
			.sql("select person_id, municipality_code from consultations_caseworker "
					+ "where consultation_id = ? and person_id = ?")
			.params(consultationId, person.value())
			.query((rs, row) -> new Caseworker(new PersonId(rs.getLong("person_id")),
					rs.getString("municipality_code")))
			.list();
	}

	/** Every consultation the person is named to, with the municipality if any. */
	List<Named> ofPersonEverywhere(PersonId person) {
		return jdbc.sql("select consultation_id, municipality_code from consultations_caseworker where person_id = ?")
			.param(person.value())
			.query((rs, row) -> new Named(rs.getLong("consultation_id"), rs.getString("municipality_code")))
			.list();
	}

	/** A consultation a person is named to process, all of it or one municipality's. */
	record Named(long consultationId, String municipality) {
	}

	void name(long consultationId, PersonId person, String municipality) {
		jdbc.sql(
				"""
						insert into consultations_caseworker (consultation_id, person_id, municipality_code) values (?, ?, ?)
						on conflict (consultation_id, person_id) do update set municipality_code = excluded.municipality_code""")
			.params(consultationId, person.value(), municipality)
			.update();
	}

	void remove(long consultationId, PersonId person) {
		jdbc.sql("delete from consultations_caseworker where consultation_id = ? and person_id = ?")
			.params(consultationId, person.value())
			.update();
	}

}
