package dk.samspil.goals;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dk.samspil.accounts.PersonId;
import dk.samspil.region.MunicipalityCode;

/** The actions towards the goals. */
@Repository
class Actions {

	private final JdbcClient jdbc;

	Actions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Action a) {
		jdbc.sql(
				"""
						insert into goals_action (goal_id, title, municipality_code, owner_person, status, due_on, expected_effect,
						  decision_id, task_id)
						values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(a.goal().value(), a.title().strip(), a.municipality() == null ? null : a.municipality().value(),
					a.owner().value(), a.status().name(), Date.valueOf(a.dueOn()), a.expectedEffect().strip(),
					a.decisionId(), a.taskId())
			.update();
	}

	/** Moves an action to a status, if nobody changed it since the page showed it. */
	boolean setStatus(Action a, Action.Status status) {
		return jdbc.sql("update goals_action set status = ?, version = version + 1 where id = ? and version = ?")
			.params(status.name(), a.id(), a.version())
			.update() == 1;
	}

	Optional<Action> find(long id) {
		return jdbc.sql("select * from goals_action where id = ?").param(id).query(Actions::map).optional();
	}

	List<Action> ofGoal(GoalId goal) {
		return jdbc.sql("select * from goals_action where goal_id = ? order by due_on, id")
			.param(goal.value())
			.query(Actions::map)
			.list();
	}

	/**
	 * Open actions due on or before the day, for their owners' task lists and digests.
	 */
	List<Action> openDueBy(LocalDate day) {
		return jdbc.sql(
				"select * from goals_action where status in ('PLANNED', 'STARTED') and due_on <= ? order by due_on, id")
			.param(Date.valueOf(day))
			.query(Actions::map)
			.list();
	}

	private static Action map(ResultSet rs, int row) throws SQLException {
		String municipality = rs.getString("municipality_code");
		return new Action(rs.getLong("id"), new GoalId(rs.getLong("goal_id")), rs.getString("title"),
				municipality == null ? null : new MunicipalityCode(municipality),
				new PersonId(rs.getLong("owner_person")), Action.Status.valueOf(rs.getString("status")),
				rs.getDate("due_on").toLocalDate(), rs.getString("expected_effect"),
				rs.getObject("decision_id", Long.class), rs.getObject("task_id", Long.class), rs.getInt("version"));
	}

}
