package dk.samspil.consultations;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dk.samspil.accounts.PersonId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What each save changed in a response's processing, by whom and when, kept for the
 * record.
 */
@Component
class ProcessingLog {

	/** The fields of the processing, in the order the page shows them. */
	enum Field {

		ASSIGNED_TO("consultations.assignedTo"), CASEWORKER("consultations.caseworker"),
		THEME("consultations.filter.theme"), SUMMARY("consultations.summary"), COMMENT("consultations.comment"),
		OUTCOME("consultations.filter.outcome"), CHANGE_TEXT("consultations.change"),
		CHANGE_ANCHOR("consultations.changeAnchor");

		private final String label;

		Field(String label) {
			this.label = label;
		}

		/** The message key of the field's label on the processing form. */
		String label() {
			return label;
		}

		/** Free text, whose change the page names without repeating both versions. */
		boolean text() {
			return this == SUMMARY || this == COMMENT || this == CHANGE_TEXT;
		}

	}

	record Change(Field field, String before, String after) {
	}

	/** The changes of one save. */
	record Save(Instant at, PersonId person, List<Change> changes) {
	}

	private final JdbcClient jdbc;

	ProcessingLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Writes down how {@code after} differs from what {@code response} had; nothing when
	 * it does not.
	 */
	void record(Response response, Processing after, PersonId by, Instant at) {
		Map<Field, String[]> pairs = new LinkedHashMap<>();
		pairs.put(Field.ASSIGNED_TO, new String[] { response.assignedTo(), after.routing().assignedTo() });
		pairs.put(Field.CASEWORKER, new String[] { text(response.caseworker()), text(after.routing().caseworker()) });
		pairs.put(Field.THEME, new String[] { response.theme(), after.routing().theme() });
		pairs.put(Field.SUMMARY, new String[] { response.summary(), after.assessment().summary() });
		pairs.put(Field.COMMENT, new String[] { response.comment(), after.assessment().comment() });
		pairs.put(Field.OUTCOME, new String[] { name(response.outcome()), name(after.assessment().outcome()) });
		pairs.put(Field.CHANGE_TEXT, new String[] { response.changeText(), after.assessment().changeText() });
		pairs.put(Field.CHANGE_ANCHOR, new String[] { response.changeAnchor(), after.assessment().changeAnchor() });
		pairs.forEach((field, pair) -> {
			if (!Objects.equals(pair[0], pair[1])) {
				jdbc.sql(
						"""
								insert into consultations_processing_change (response_id, person_id, changed_at, field, before, after)
								values (?, ?, ?, ?, ?, ?)""")
					.params(response.id(), by == null ? null : by.value(), Timestamp.from(at), field.name(), pair[0],
							pair[1])
					.update();
			}
		});
	}

	/** The saves that changed the response's processing, newest first. */
	List<Save> of(long responseId) {
		record Row(Instant at, PersonId person, Change change) {
		}
		List<Row> rows = jdbc.sql("""
				select changed_at, person_id, field, before, after from consultations_processing_change
				where response_id = ? order by changed_at desc, id""")
			.param(responseId)
			.query((rs, n) -> new Row(rs.getTimestamp("changed_at").toInstant(),
					person(rs.getObject("person_id", Long.class)),
					new Change(Field.valueOf(rs.getString("field")), rs.getString("before"), rs.getString("after"))))
			.list();
		List<Save> saves = new ArrayList<>();
		for (Row row : rows) {
			Save last = saves.isEmpty() ? null : saves.get(saves.size() - 1);
			if (last != null && last.at().equals(row.at()) && Objects.equals(last.person(), row.person())) {
				last.changes().add(row.change());
			}
			else {
				saves.add(new Save(row.at(), row.person(), new ArrayList<>(List.of(row.change()))));
			}
		}
		return saves;
	}

	private static PersonId person(Long id) {
		return id == null ? null : new PersonId(id);
	}

	private static String name(Outcome outcome) {
		return outcome == null ? null : outcome.name();
	}

	private static String text(PersonId person) {
		return person == null ? null : String.valueOf(person.value());
	}

}
