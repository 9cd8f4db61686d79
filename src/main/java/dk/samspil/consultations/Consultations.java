package dk.samspil.consultations;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import dk.samspil.groups.GroupId;

import dk.samspil.accounts.PersonId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The consultations and the text each one published. */
@Repository
class Consultations {

	private final JdbcClient jdbc;

	Consultations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Consultation> find(long id) {
		return jdbc.sql("select * from consultations_consultation where id = ?").param(id).query(this::map).optional();
	}

	List<Consultation> findAll() {
		return jdbc.sql("select * from consultations_consultation order by starts_on desc, id desc")
			.query(this::map)
			.list();
	}

	List<Consultation> ofSubject(String kind, long subjectId) {
		return jdbc
			.sql("select * from consultations_consultation where subject_kind = ? and subject_id = ? order by id")
			.params(kind, subjectId)
			.query(this::map)
			.list();
	}

	long insert(OpenConsultation open) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into consultations_consultation
				  (subject_kind, subject_id, title, starts_on, ends_on, minor_change, idea_deadline, owner_group)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(open.subjectKind(), open.subjectId(), open.title(), open.startsOn(), open.endsOn(),
					open.minorChange(), open.ideaDeadline(),
					open.ownerGroup() == null ? null : open.ownerGroup().value())
			.update(keys, "id");
		long id = keys.getKey().longValue();
		int position = 1;
		for (ConsultedSection s : open.sections()) {
			jdbc.sql("""
					insert into consultations_section (consultation_id, position, number, anchor, heading, html)
					values (?, ?, ?, ?, ?, ?)""")
				.params(id, position++, s.number(), s.anchor(), s.heading(), s.html())
				.update();
		}
		return id;
	}

	List<ConsultedSection> sections(long consultationId) {
		return jdbc.sql("select * from consultations_section where consultation_id = ? order by position")
			.param(consultationId)
			.query((rs, row) -> new ConsultedSection(rs.getString("number"), rs.getString("anchor"),
					rs.getString("heading"), rs.getString("html")))
			.list();
	}

	List<String> anchors(long consultationId) {
		return jdbc.sql("select anchor from consultations_section where consultation_id = ?")
			.param(consultationId)
			.query(String.class)
			.list();
	}

	/** Locks the consultation's row until the transaction ends. */
	Optional<Consultation> lock(long id) {
		return jdbc.sql("select * from consultations_consultation where id = ? for update")
			.param(id)
			.query(this::map)
			.optional();
	}

	void publishMemo(long id, PersonId by) {
		jdbc.sql("""
				update consultations_consultation set memo_published_at = now(), memo_published_by = ?
				where id = ? and memo_published_at is null""").params(by.value(), id).update();
	}

	void eraseAfter(String kind, long subjectId, LocalDate date) {
		jdbc.sql("update consultations_consultation set erase_after = ? where subject_kind = ? and subject_id = ?")
			.params(date, kind, subjectId)
			.update();
	}

	/** Consultations whose personal data is due for erasure on {@code today}. */
	List<Long> dueForErasure(LocalDate today) {
		return jdbc.sql("select id from consultations_consultation where erase_after is not null and erase_after <= ?")
			.param(today)
			.query(Long.class)
			.list();
	}

	private Consultation map(ResultSet rs, int row) throws SQLException {
		ConsultationPeriod period = new ConsultationPeriod(rs.getDate("starts_on").toLocalDate(),
				rs.getDate("ends_on").toLocalDate(), rs.getBoolean("minor_change"), date(rs.getDate("idea_deadline")));
		return new Consultation(rs.getLong("id"), rs.getString("subject_kind"), rs.getLong("subject_id"),
				rs.getString("title"), groupId(rs.getObject("owner_group", Long.class)), period,
				rs.getTimestamp("memo_published_at") == null ? null : rs.getTimestamp("memo_published_at").toInstant());
	}

	private static GroupId groupId(Long id) {
		return id == null ? null : new GroupId(id);
	}

	private static LocalDate date(Date date) {
		return date == null ? null : date.toLocalDate();
	}

}
