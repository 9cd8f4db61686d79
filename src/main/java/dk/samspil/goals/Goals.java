package dk.samspil.goals;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import dk.samspil.region.MunicipalityCode;

/** The goals with their milestones, municipal targets and catchments. */
@Repository
class Goals {

	private final JdbcClient jdbc;

	Goals(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	GoalId insert(Goal goal) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into goals_goal (title, description, theme, unit, unit_kind, direction, roll_up, weight_name,
				  period_kind, baseline_year, target_year, due_days, decision_id, public, illustrative)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(goal.title().strip(), goal.description().strip(), goal.theme().name(), goal.unit().strip(),
					goal.unitKind().name(), goal.direction().name(), goal.rollUp().name(), goal.weightName(),
					goal.periodKind().name(), goal.baselineYear(), goal.targetYear(), goal.dueDays(), goal.decisionId(),
					goal.isPublic(), goal.illustrative())
			.update(keys, "id");
		GoalId id = new GoalId(keys.getKey().longValue());
		for (Milestone m : goal.milestones()) {
			jdbc.sql("insert into goals_milestone (goal_id, year, value) values (?, ?, ?)")
				.params(id.value(), m.year(), m.value())
				.update();
		}
		for (MunicipalTarget t : goal.targets()) {
			jdbc.sql("""
					insert into goals_target (goal_id, municipality_code, baseline_value, target_value, weight)
					values (?, ?, ?, ?, ?)""")
				.params(id.value(), t.municipality().value(), t.baseline(), t.target(), t.weight())
				.update();
		}
		for (Catchment c : goal.catchments()) {
			jdbc.sql("insert into goals_catchment (goal_id, name, baseline_value, target_value) values (?, ?, ?, ?)")
				.params(id.value(), c.name(), c.baseline(), c.target())
				.update();
			c.shares()
				.forEach((m, share) -> jdbc
					.sql("""
							insert into goals_catchment_share (goal_id, catchment, municipality_code, share) values (?, ?, ?, ?)""")
					.params(id.value(), c.name(), m.value(), share)
					.update());
		}
		return id;
	}

	/**
	 * Marks a goal public or not; the version in the WHERE refuses a change made on a
	 * stale page.
	 */
	boolean setPublic(GoalId id, boolean isPublic, int expectedVersion) {
		return jdbc.sql("update goals_goal set public = ?, version = version + 1 where id = ? and version = ?")
			.params(isPublic, id.value(), expectedVersion)
			.update() == 1;
	}

	Optional<Goal> find(GoalId id) {
		return jdbc.sql("select * from goals_goal where id = ?").param(id.value()).query(this::map).optional();
	}

	List<Goal> findAll() {
		return jdbc.sql("select * from goals_goal order by theme, title, id").query(this::map).list();
	}

	List<Goal> findPublic() {
		return jdbc.sql("select * from goals_goal where public order by theme, title, id").query(this::map).list();
	}

	long count() {
		return jdbc.sql("select count(*) from goals_goal").query(Long.class).single();
	}

	private Goal map(ResultSet rs, int row) throws SQLException {
		long id = rs.getLong("id");
		return new Goal(new GoalId(id), rs.getString("title"), rs.getString("description"),
				Theme.valueOf(rs.getString("theme")), rs.getString("unit"), UnitKind.valueOf(rs.getString("unit_kind")),
				Direction.valueOf(rs.getString("direction")), RollUp.valueOf(rs.getString("roll_up")),
				rs.getString("weight_name"), PeriodKind.valueOf(rs.getString("period_kind")),
				rs.getInt("baseline_year"), rs.getInt("target_year"), rs.getInt("due_days"),
				rs.getObject("decision_id", Long.class), rs.getBoolean("public"), rs.getBoolean("illustrative"),
				milestones(id), targets(id), catchments(id), rs.getInt("version"));
	}

	private List<Milestone> milestones(long goal) {
		return jdbc.sql("select year, value from goals_milestone where goal_id = ? order by year")
			.param(goal)
			.query((rs, row) -> new Milestone(rs.getInt("year"), rs.getDouble("value")))
			.list();
	}

	private List<MunicipalTarget> targets(long goal) {
		return jdbc.sql("select * from goals_target where goal_id = ? order by municipality_code")
			.param(goal)
			.query((rs, row) -> new MunicipalTarget(new MunicipalityCode(rs.getString("municipality_code")),
					rs.getDouble("baseline_value"), rs.getDouble("target_value"),
					rs.getObject("weight") == null ? null : rs.getDouble("weight")))
			.list();
	}

	private List<Catchment> catchments(long goal) {
		Map<String, Map<MunicipalityCode, Double>> shares = new HashMap<>();
		jdbc.sql("select catchment, municipality_code, share from goals_catchment_share where goal_id = ?")
			.param(goal)
			.query((rs, row) -> shares.computeIfAbsent(rs.getString("catchment"), c -> new HashMap<>())
				.put(new MunicipalityCode(rs.getString("municipality_code")), rs.getDouble("share")))
			.list();
		List<Catchment> all = new ArrayList<>();
		jdbc.sql("select * from goals_catchment where goal_id = ? order by name")
			.param(goal)
			.query((rs,
					row) -> all.add(new Catchment(rs.getString("name"), rs.getDouble("baseline_value"),
							rs.getDouble("target_value"), shares.getOrDefault(rs.getString("name"), Map.of()))))
			.list();
		return all;
	}

}
