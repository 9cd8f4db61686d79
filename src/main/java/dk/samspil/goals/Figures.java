package dk.samspil.goals;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dk.samspil.accounts.PersonId;
import dk.samspil.region.MunicipalityCode;

/**
 * The figures reported for the goals, and the corrections that replaced earlier values.
 */
@Repository
class Figures {

	/** A correction: the value it replaced, the new one, who and why. */
	record Correction(long figureId, double previous, double corrected, PersonId by, String reason, Instant at) {
	}

	private final JdbcClient jdbc;

	Figures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Stores a new figure; false when the period already has one (which is then
	 * corrected, not overwritten).
	 */
	boolean insert(GoalId goal, Figure figure, PersonId by, Instant at) {
		return jdbc
			.sql("""
					insert into goals_figure (goal_id, municipality_code, catchment, year, quarter, value, reported_by, reported_at)
					values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
			.params(goal.value(), figure.municipality().value(), figure.catchment(), figure.period().year(),
					figure.period().quarter(), figure.value(), by.value(), Timestamp.from(at))
			.update() == 1;
	}

	/**
	 * Replaces a figure's value if nobody changed it since it was read, and keeps what it
	 * replaced.
	 */
	boolean correct(Figure figure, double value, PersonId by, String reason, Instant at) {
		int updated = jdbc.sql("update goals_figure set value = ?, version = version + 1 where id = ? and version = ?")
			.params(value, figure.id(), figure.version())
			.update();
		if (updated == 0) {
			return false;
		}
		jdbc.sql(
				"""
						insert into goals_figure_correction (figure_id, previous_value, new_value, corrected_by, reason, corrected_at)
						values (?, ?, ?, ?, ?, ?)""")
			.params(figure.id(), figure.value(), value, by.value(), reason.strip(), Timestamp.from(at))
			.update();
		return true;
	}

	Optional<Figure> find(long id) {
		return jdbc.sql("select * from goals_figure where id = ?").param(id).query(Figures::map).optional();
	}

	List<Figure> ofGoal(GoalId goal) {
		return jdbc.sql("""
				select * from goals_figure where goal_id = ? order by year, quarter, municipality_code, catchment""")
			.param(goal.value())
			.query(Figures::map)
			.list();
	}

	List<Figure> ofGoals(Collection<GoalId> goals) {
		if (goals.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select * from goals_figure where goal_id in (:goals)
				order by goal_id, year, quarter, municipality_code, catchment""")
			.param("goals", goals.stream().map(GoalId::value).toList())
			.query(Figures::map)
			.list();
	}

	List<Correction> corrections(GoalId goal) {
		return jdbc.sql("""
				select c.* from goals_figure_correction c join goals_figure f on f.id = c.figure_id
				where f.goal_id = ? order by c.corrected_at desc, c.id desc""")
			.param(goal.value())
			.query((rs, row) -> new Correction(rs.getLong("figure_id"), rs.getDouble("previous_value"),
					rs.getDouble("new_value"), new PersonId(rs.getLong("corrected_by")), rs.getString("reason"),
					rs.getTimestamp("corrected_at").toInstant()))
			.list();
	}

	static Figure map(ResultSet rs, int row) throws SQLException {
		return new Figure(rs.getLong("id"), new GoalId(rs.getLong("goal_id")),
				new MunicipalityCode(rs.getString("municipality_code")), rs.getString("catchment"),
				new Period(rs.getInt("year"), rs.getInt("quarter")), rs.getDouble("value"),
				new PersonId(rs.getLong("reported_by")), rs.getTimestamp("reported_at").toInstant(),
				rs.getInt("version"));
	}

}
