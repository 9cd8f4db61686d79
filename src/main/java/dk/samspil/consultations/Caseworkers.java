package dk.samspil.consultations;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dk.samspil.accounts.PersonId;
import dk.samspil.kept.Kept;
import dk.samspil.kept.KeptTables;

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

	private final KeptTables kept;

	/**
	 * Every person's consultations, kept in memory: the search asks for the signed-in
	 * person's on every page of hits.
	 */
	private final Kept<Map<PersonId, List<Named>>> everywhere;

	Caseworkers(JdbcClient jdbc, KeptTables kept) {
		this.jdbc = jdbc;
		this.kept = kept;
		this.everywhere = kept.keep(this::everyonesConsultations);
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

	private Map<PersonId, List<Named>> everyonesConsultations() {
		Map<PersonId, List<Named>> named = new HashMap<>();
		jdbc.sql("select person_id, consultation_id, municipality_code from consultations_caseworker").query(rs -> {
			named.computeIfAbsent(new PersonId(rs.getLong("person_id")), person -> new ArrayList<>())
				.add(new Named(rs.getLong("consultation_id"), rs.getString("municipality_code")));
		});
		named.replaceAll((person, consultations) -> List.copyOf(consultations));
		return Map.copyOf(named);
	}

	/** Every consultation the person is named to, with the municipality if any. */
	List<Named> ofPersonEverywhere(PersonId person) {
		return everywhere.get().getOrDefault(person, List.of());
	}

	/** A consultation a person is named to process, all of it or one municipality's. */
	record Named(long consultationId, String municipality) {
	}

	void name(long consultationId, PersonId person, String municipality) {
		kept.changed();
		jdbc.sql(
				"""
						insert into consultations_caseworker (consultation_id, person_id, municipality_code) values (?, ?, ?)
						on conflict (consultation_id, person_id) do update set municipality_code = excluded.municipality_code""")
			.params(consultationId, person.value(), municipality)
			.update();
	}

	void remove(long consultationId, PersonId person) {
		kept.changed();
		jdbc.sql("delete from consultations_caseworker where consultation_id = ? and person_id = ?")
			.params(consultationId, person.value())
			.update();
	}

}
