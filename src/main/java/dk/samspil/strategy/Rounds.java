package dk.samspil.strategy;

import dk.samspil.accounts.PersonId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * The prioritisation rounds with their topics, voters and the record of closing and
 * reopening.
 */
@Component
class Rounds {

	private final JdbcClient jdbc;

	Rounds(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Round> find(long id) {
		return jdbc.sql("select * from strategy_round where id = ?").param(id).query(this::map).optional();
	}

	/** Locks the round for a change of its state: closing, reopening. */
	Optional<Round> lock(long id) {
		return jdbc.sql("select * from strategy_round where id = ? for update").param(id).query(this::map).optional();
	}

	/**
	 * Holds the round as it is while a ballot is saved, so a close cannot slip in between
	 * check and write.
	 */
	Optional<Round> share(long id) {
		return jdbc.sql("select * from strategy_round where id = ? for share").param(id).query(this::map).optional();
	}

	List<Round> ofProcess(ProcessId process) {
		return jdbc.sql("select * from strategy_round where process_id = ? order by opened_at desc, id desc")
			.param(process.value())
			.query(this::map)
			.list();
	}

	/** Open rounds whose deadline is still ahead, for the reminders. */
	List<Round> openBefore(Instant now) {
		return jdbc.sql("select * from strategy_round where status = ? and deadline > ? order by id")
			.params(RoundStatus.OPEN.name(), Timestamp.from(now))
			.query(this::map)
			.list();
	}

	long insert(ProcessId process, String title, Method method, Weighting weighting, Instant deadline, int remindDays,
			List<Long> topics, PersonId by, Instant at) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into strategy_round (process_id, title, method, weighting, deadline, remind_days, opened_by,
				  opened_at) values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(process.value(), title.strip(), method.name(), weighting.name(), Timestamp.from(deadline),
					remindDays, by.value(), Timestamp.from(at))
			.update(keys, "id");
		long id = keys.getKey().longValue();
		for (int i = 0; i < topics.size(); i++) {
			jdbc.sql("insert into strategy_round_topic (round_id, topic_id, position) values (?, ?, ?)")
				.params(id, topics.get(i), i)
				.update();
		}
		return id;
	}

	void close(long id, PersonId by, Instant at) {
		jdbc.sql("update strategy_round set status = ?, closed_at = ? where id = ? and status = ?")
			.params(RoundStatus.CLOSED.name(), Timestamp.from(at), id, RoundStatus.OPEN.name())
			.update();
		event(id, EventKind.CLOSED, by, at, null);
	}

	/** Reopens the round; {@code reason} as {@link Round#reopenReason} keeps it. */
	void reopen(long id, Instant deadline, PersonId by, Instant at, String reason) {
		jdbc.sql("""
				update strategy_round set status = ?, closed_at = null, deadline = ?
				where id = ? and status = ?""")
			.params(RoundStatus.OPEN.name(), Timestamp.from(deadline), id, RoundStatus.CLOSED.name())
			.update();
		event(id, EventKind.REOPENED, by, at, reason);
	}

	/**
	 * What happened to a round after it was opened, stored by its name in
	 * {@code strategy_round_event.kind}.
	 */
	enum EventKind {

		CLOSED, REOPENED

	}

	record Event(EventKind kind, PersonId person, Instant at, String reason) {
	}

	List<Event> events(long round) {
		return jdbc.sql("select * from strategy_round_event where round_id = ? order by happened_at, id")
			.param(round)
			.query((rs, row) -> new Event(EventKind.valueOf(rs.getString("kind")),
					new PersonId(rs.getLong("person_id")), rs.getTimestamp("happened_at").toInstant(),
					rs.getString("reason")))
			.list();
	}

	private void event(long round, EventKind kind, PersonId by, Instant at, String reason) {
		jdbc.sql("""
				insert into strategy_round_event (round_id, kind, person_id, happened_at, reason)
				values (?, ?, ?, ?, ?)""").params(round, kind.name(), by.value(), Timestamp.from(at), reason).update();
	}

	/** The voters of each municipality: person ids by municipality code. */
	Map<String, List<PersonId>> voters(long round) {
		Map<String, List<PersonId>> voters = new TreeMap<>();
		jdbc.sql("select municipality, person_id from strategy_voter where round_id = ? order by person_id")
			.param(round)
			.query(rs -> {
				voters.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new PersonId(rs.getLong(2)));
			});
		return voters;
	}

	boolean isVoter(long round, String municipality, PersonId person) {
		return jdbc.sql("select count(*) from strategy_voter where round_id = ? and municipality = ? and person_id = ?")
			.params(round, municipality, person.value())
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * The municipalities the person may cast a ballot for in the round (at most their
	 * own).
	 */
	List<String> votesFor(long round, PersonId person) {
		return jdbc.sql("select municipality from strategy_voter where round_id = ? and person_id = ?")
			.params(round, person.value())
			.query(String.class)
			.list();
	}

	void setVoters(long round, Map<String, List<PersonId>> voters) {
		jdbc.sql("delete from strategy_voter where round_id = ?").param(round).update();
		voters.forEach((municipality, people) -> people.stream()
			.distinct()
			.forEach(person -> jdbc
				.sql("insert into strategy_voter (round_id, municipality, person_id) values (?, ?, ?)")
				.params(round, municipality, person.value())
				.update()));
	}

	/**
	 * Writes down that a municipality was reminded before this deadline; false if it
	 * already was.
	 */
	boolean reminded(long round, String municipality, Instant deadline, Instant at) {
		return jdbc.sql("""
				insert into strategy_reminder (round_id, municipality, deadline, sent_at) values (?, ?, ?, ?)
				on conflict do nothing""")
			.params(round, municipality, Timestamp.from(deadline), Timestamp.from(at))
			.update() == 1;
	}

	private Round map(ResultSet rs, int row) throws SQLException {
		long id = rs.getLong("id");
		List<Long> topics = jdbc.sql("select topic_id from strategy_round_topic where round_id = ? order by position")
			.param(id)
			.query(Long.class)
			.list();
		Timestamp closed = rs.getTimestamp("closed_at");
		return new Round(new RoundId(id), new ProcessId(rs.getLong("process_id")), rs.getString("title"),
				Method.valueOf(rs.getString("method")), Weighting.valueOf(rs.getString("weighting")),
				rs.getTimestamp("deadline").toInstant(), rs.getInt("remind_days"),
				RoundStatus.valueOf(rs.getString("status")), closed == null ? null : closed.toInstant(), topics);
	}

}
