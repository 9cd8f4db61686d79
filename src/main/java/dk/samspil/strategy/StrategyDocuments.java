package dk.samspil.strategy;

import dk.samspil.accounts.PersonId;
import dk.samspil.consultations.ConsultationId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * The strategy documents: each process's versions with their sections, and the versions
 * put to consultation.
 */
@Component
class StrategyDocuments {

	private final JdbcClient jdbc;

	StrategyDocuments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<DocumentVersion> latest(ProcessId process) {
		return jdbc.sql("select * from strategy_document_version where process_id = ? order by number desc limit 1")
			.param(process.value())
			.query(this::map)
			.optional();
	}

	Optional<DocumentVersion> version(ProcessId process, int number) {
		return jdbc.sql("select * from strategy_document_version where process_id = ? and number = ?")
			.params(process.value(), number)
			.query(this::map)
			.optional();
	}

	/** Newest first, each with the consultation it was put to. */
	List<DocumentVersion.Entry> history(ProcessId process) {
		return jdbc.sql("""
				select v.number, v.note, v.written_by, v.written_at, p.consultation_id
				from strategy_document_version v left join strategy_publication p on p.version_id = v.id
				where v.process_id = ? order by v.number desc""")
			.param(process.value())
			.query((rs, row) -> new DocumentVersion.Entry(rs.getInt(1), rs.getString(2), new PersonId(rs.getLong(3)),
					rs.getTimestamp(4).toInstant(), consultation(rs.getObject(5, Long.class))))
			.list();
	}

	/**
	 * Writes version {@code number}; false when that number exists already (a save on the
	 * same version came first). The caller holds the process's lock, so this is the
	 * backstop, not the rule.
	 */
	Optional<Long> insert(ProcessId process, int number, String note, List<DocumentSection> sections, PersonId by,
			Instant at) {
		var keys = new GeneratedKeyHolder();
		int written = jdbc.sql("""
				insert into strategy_document_version (process_id, number, note, written_by, written_at)
				values (?, ?, ?, ?, ?) on conflict (process_id, number) do nothing""")
			.params(process.value(), number, note, by.value(), Timestamp.from(at))
			.update(keys, "id");
		if (written == 0) {
			return Optional.empty();
		}
		long id = keys.getKey().longValue();
		for (int i = 0; i < sections.size(); i++) {
			DocumentSection s = sections.get(i);
			jdbc.sql("""
					insert into strategy_document_section (version_id, position, topic_id, anchor, heading, body)
					values (?, ?, ?, ?, ?, ?)""")
				.params(id, i + 1, s.topic(), s.anchor(), s.heading(), s.body())
				.update();
		}
		return Optional.of(id);
	}

	void publish(DocumentVersion version, ConsultationId consultation, PersonId by, Instant at) {
		jdbc.sql("""
				insert into strategy_publication (version_id, process_id, consultation_id, published_by, published_at)
				values (?, ?, ?, ?, ?)""")
			.params(version.id(), version.process().value(), consultation.value(), by.value(), Timestamp.from(at))
			.update();
	}

	/** The version last put to consultation: the strategy as published. */
	Optional<DocumentVersion.Publication> published(ProcessId process) {
		return jdbc.sql("""
				select v.id, v.number, p.consultation_id, p.published_at
				from strategy_publication p join strategy_document_version v on v.id = p.version_id
				where p.process_id = ? order by v.number desc limit 1""")
			.param(process.value())
			.query((rs, row) -> new DocumentVersion.Publication(rs.getLong(1), rs.getInt(2),
					new ConsultationId(rs.getLong(3)), rs.getTimestamp(4).toInstant()))
			.optional();
	}

	/** The processes whose strategy has been published, newest first. */
	List<Long> publishedProcesses() {
		return jdbc
			.sql("select process_id from strategy_publication group by process_id order by max(published_at) desc")
			.query(Long.class)
			.list();
	}

	private DocumentVersion map(ResultSet rs, int row) throws SQLException {
		long id = rs.getLong("id");
		List<DocumentSection> sections = jdbc
			.sql("select topic_id, heading, body from strategy_document_section where version_id = ? order by position")
			.param(id)
			.query((s, n) -> new DocumentSection((Long) s.getObject(1, Long.class), s.getString(2), s.getString(3)))
			.list();
		return new DocumentVersion(id, new ProcessId(rs.getLong("process_id")), rs.getInt("number"),
				rs.getString("note"), new PersonId(rs.getLong("written_by")), rs.getTimestamp("written_at").toInstant(),
				sections);
	}

	private static ConsultationId consultation(Long id) {
		return id == null ? null : new ConsultationId(id);
	}

}
