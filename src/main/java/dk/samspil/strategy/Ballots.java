package dk.samspil.strategy;

import dk.samspil.accounts.PersonId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The municipalities' ballots, and every change made to them. */
@Component
class Ballots {

	private final JdbcClient jdbc;

	Ballots(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A municipality's ballot as saved: what it says, how many saves it has had, and the
	 * last one's author.
	 */
	record Ballot(String municipality, Choice choice, int version, PersonId castBy, Instant castAt) {
	}

	record Change(String municipality, PersonId person, Instant at, Choice before, Choice after, int version) {
	}

	Optional<Ballot> find(long round, String municipality) {
		return jdbc.sql("select * from strategy_ballot where round_id = ? and municipality = ?")
			.params(round, municipality)
			.query(Ballots::map)
			.optional();
	}

	/**
	 * The ballot with its row locked, so that two voters of one municipality save one
	 * after the other.
	 */
	Optional<Ballot> lock(long round, String municipality) {
		return jdbc.sql("select * from strategy_ballot where round_id = ? and municipality = ? for update")
			.params(round, municipality)
			.query(Ballots::map)
			.optional();
	}

	List<Ballot> ofRound(long round) {
		return jdbc.sql("select * from strategy_ballot where round_id = ? order by municipality")
			.param(round)
			.query(Ballots::map)
			.list();
	}

	/**
	 * The first ballot of a municipality; false when another voter's first ballot got
	 * there first.
	 */
	boolean insert(long round, String municipality, Choice choice, PersonId by, Instant at) {
		return jdbc.sql("""
				insert into strategy_ballot (round_id, municipality, choice, version, cast_by, cast_at)
				values (?, ?, ?, 1, ?, ?) on conflict do nothing""")
			.params(round, municipality, choice.encode(), by.value(), Timestamp.from(at))
			.update() == 1;
	}

	/**
	 * Replaces the ballot if it is still the version the voter saw; false if another
	 * voter changed it since.
	 */
	boolean update(long round, String municipality, int basedOn, Choice choice, PersonId by, Instant at) {
		return jdbc.sql("""
				update strategy_ballot set choice = ?, version = version + 1, cast_by = ?, cast_at = ?
				where round_id = ? and municipality = ? and version = ?""")
			.params(choice.encode(), by.value(), Timestamp.from(at), round, municipality, basedOn)
			.update() == 1;
	}

	void log(long round, String municipality, PersonId by, Instant at, Choice before, Choice after, int version) {
		jdbc.sql(
				"""
						insert into strategy_ballot_change (round_id, municipality, person_id, changed_at, before, after, version)
						values (?, ?, ?, ?, ?, ?, ?)""")
			.params(round, municipality, by.value(), Timestamp.from(at), before == null ? null : before.encode(),
					after.encode(), version)
			.update();
	}

	List<Change> changes(long round, String municipality) {
		return jdbc
			.sql("""
					select * from strategy_ballot_change where round_id = ? and (cast(? as text) is null or municipality = ?)
					order by changed_at, id""")
			.params(round, municipality, municipality)
			.query((rs, row) -> new Change(rs.getString("municipality"), new PersonId(rs.getLong("person_id")),
					rs.getTimestamp("changed_at").toInstant(),
					rs.getString("before") == null ? null : Choice.decode(rs.getString("before")),
					Choice.decode(rs.getString("after")), rs.getInt("version")))
			.list();
	}

	private static Ballot map(ResultSet rs, int row) throws SQLException {
		return new Ballot(rs.getString("municipality"), Choice.decode(rs.getString("choice")), rs.getInt("version"),
				new PersonId(rs.getLong("cast_by")), rs.getTimestamp("cast_at").toInstant());
	}

}
