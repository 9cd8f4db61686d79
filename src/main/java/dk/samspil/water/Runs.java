package dk.samspil.water;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dk.samspil.accounts.PersonId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The runs and their results. Every change of status names the statuses it may come from in its WHERE. */
@Repository
class Runs {

	private static final String COLUMNS = """
			r.id, r.model_id, r.model_version, r.status, r.scenarios::text, r.scenario_count, r.months, r.engine_version,
			r.started_by_name, r.created_at, r.started_at, r.finished_at, r.failure,
			(select count(*) from water_run_result x where x.run_id = r.id) as done""";

	private final JdbcClient jdbc;

	Runs(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(WaterModelId model, int version, String scenarios, int count, int months, String engine, PersonId by,
			String byName, Instant at) {
		return jdbc.sql("""
				insert into water_run (model_id, model_version, status, scenarios, scenario_count, months, engine_version,
				                       started_by, started_by_name, created_at)
				values (?, ?, 'QUEUED', cast(? as jsonb), ?, ?, ?, ?, ?, ?) returning id""")
			.params(model.value(), version, scenarios, count, months, engine, by.value(), byName, Timestamp.from(at))
			.query(Long.class)
			.single();
	}

	Optional<Run> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from water_run r where r.id = ?").param(id).query(Runs::run).optional();
	}

	List<Run> ofModel(WaterModelId model) {
		return jdbc.sql("select " + COLUMNS + " from water_run r where r.model_id = ? order by r.id desc limit 50")
			.param(model.value())
			.query(Runs::run)
			.list();
	}

	void markRunning(long id, Instant at) {
		jdbc.sql("update water_run set status = 'RUNNING', started_at = coalesce(started_at, ?) where id = ? and status in ('QUEUED', 'RUNNING')")
			.params(Timestamp.from(at), id)
			.update();
	}

	RunStatus status(long id) {
		return jdbc.sql("select status from water_run where id = ?").param(id).query(RunStatus.class).single();
	}

	void insertResult(long run, int index, String scenario, String report) {
		jdbc.sql("""
				insert into water_run_result (run_id, scenario_index, scenario, report) values (?, ?, ?, cast(? as jsonb))
				on conflict do nothing""")
			.params(run, index, scenario, report)
			.update();
	}

	/** Finishes the run once every scenario has its result; false while some are missing. */
	boolean finishIfComplete(long id, Instant at) {
		return jdbc.sql("""
				update water_run set status = 'FINISHED', finished_at = ?
				where id = ? and status = 'RUNNING'
				  and scenario_count = (select count(*) from water_run_result where run_id = ?)""")
			.params(Timestamp.from(at), id, id)
			.update() == 1;
	}

	boolean fail(long id, String reason, Instant at) {
		return jdbc.sql("""
				update water_run set status = 'FAILED', failure = ?, finished_at = ?
				where id = ? and status in ('QUEUED', 'RUNNING')""")
			.params(reason, Timestamp.from(at), id)
			.update() == 1;
	}

	boolean cancel(long id, Instant at) {
		return jdbc.sql("""
				update water_run set status = 'CANCELLED', finished_at = ? where id = ? and status in ('QUEUED', 'RUNNING')""")
			.params(Timestamp.from(at), id)
			.update() == 1;
	}

	/** Result rows of a run in scenario order: name and the report as JSON. */
	List<String[]> results(long run) {
		return jdbc.sql("select scenario, report::text from water_run_result where run_id = ? order by scenario_index")
			.param(run)
			.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2) })
			.list();
	}

	private static Run run(ResultSet rs, int n) throws SQLException {
		return new Run(rs.getLong(1), new WaterModelId(rs.getLong(2)), rs.getInt(3), RunStatus.valueOf(rs.getString(4)),
				rs.getString(5), rs.getInt(6), rs.getInt(7), rs.getString(8), rs.getString(9), instant(rs, 10),
				instant(rs, 11), instant(rs, 12), rs.getString(13), rs.getInt(14));
	}

	private static Instant instant(ResultSet rs, int column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}
}
