package dk.samspil.strategy;

import dk.samspil.groups.GroupId;
import dk.samspil.groups.ThemeId;
import dk.samspil.accounts.PersonId;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * The chosen topics of a process, the themes they became, and their hand-overs to groups.
 */
@Component
class Work {

	private final JdbcClient jdbc;

	Work(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record Chosen(long topic, ThemeId theme, Instant at) {
	}

	public record Handover(long id, long topic, GroupId group, PersonId owner, LocalDate dueOn, Instant handedAt,
			Instant doneAt) {

		public boolean done() {
			return doneAt != null;
		}

		public boolean overdue(LocalDate today) {
			return !done() && dueOn.isBefore(today);
		}
	}

	Optional<Chosen> chosen(long topic) {
		return jdbc.sql("select topic_id, theme_id, chosen_at from strategy_chosen where topic_id = ?")
			.param(topic)
			.query((rs, row) -> new Chosen(rs.getLong(1), new ThemeId(rs.getLong(2)), rs.getTimestamp(3).toInstant()))
			.optional();
	}

	List<Chosen> chosenOf(ProcessId process) {
		return jdbc
			.sql("select topic_id, theme_id, chosen_at from strategy_chosen where process_id = ? order by chosen_at")
			.param(process.value())
			.query((rs, row) -> new Chosen(rs.getLong(1), new ThemeId(rs.getLong(2)), rs.getTimestamp(3).toInstant()))
			.list();
	}

	/** Marks the topic chosen with its theme; false if it already was. */
	boolean choose(Topic topic, ThemeId theme, PersonId by, Instant at) {
		return jdbc.sql("""
				insert into strategy_chosen (topic_id, process_id, theme_id, chosen_by, chosen_at)
				values (?, ?, ?, ?, ?) on conflict do nothing""")
			.params(topic.id().value(), topic.process().value(), theme.value(), by.value(), Timestamp.from(at))
			.update() == 1;
	}

	long handOver(long topic, GroupId group, PersonId owner, LocalDate dueOn, PersonId by, Instant at) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into strategy_handover (topic_id, group_id, owner, due_on, handed_by, handed_at)
				values (?, ?, ?, ?, ?, ?)""")
			.params(topic, group.value(), owner.value(), Date.valueOf(dueOn), by.value(), Timestamp.from(at))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	List<Handover> handovers(ProcessId process) {
		return jdbc.sql("""
				select h.* from strategy_handover h join strategy_chosen c on c.topic_id = h.topic_id
				where c.process_id = ? order by h.due_on, h.id""").param(process.value()).query(Work::map).list();
	}

	List<Handover> handoversOf(long topic) {
		return jdbc.sql("select * from strategy_handover where topic_id = ? order by due_on, id")
			.param(topic)
			.query(Work::map)
			.list();
	}

	Optional<Handover> handover(long id) {
		return jdbc.sql("select * from strategy_handover where id = ?").param(id).query(Work::map).optional();
	}

	/** Marks a hand-over done; false if it already was. */
	boolean done(long id, Instant at) {
		return jdbc.sql("update strategy_handover set done_at = ? where id = ? and done_at is null")
			.params(Timestamp.from(at), id)
			.update() == 1;
	}

	private static Handover map(ResultSet rs, int row) throws SQLException {
		Timestamp done = rs.getTimestamp("done_at");
		return new Handover(rs.getLong("id"), rs.getLong("topic_id"), new GroupId(rs.getLong("group_id")),
				new PersonId(rs.getLong("owner")), rs.getObject("due_on", LocalDate.class),
				rs.getTimestamp("handed_at").toInstant(), done == null ? null : done.toInstant());
	}

}
