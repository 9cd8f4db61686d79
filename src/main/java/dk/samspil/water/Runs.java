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

/**
 * The runs and their results. Every change of status names the statuses it may come from
 * in its WHERE.
 */
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
		return jdbc
			.sql("""
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
		jdbc.sql(
				"update water_run set status = 'RUNNING', started_at = coalesce(started_at, ?) where id = ? and status in ('QUEUED', 'RUNNING')")
			.params(Timestamp.from(at), id)
			.update();
	}

	RunStatus status(long id) {
		return jdbc.sql("select status from water_run where id = ?").param(id).query(RunStatus.class).single();
	}

	void insertResult(long run, int index, String scenario, String report, String series) {
		jdbc.sql("""
				insert into water_run_result (run_id, scenario_index, scenario, report, series)
				values (?, ?, ?, cast(? as jsonb), cast(? as jsonb))
				on conflict do nothing""").params(run, index, scenario, report, series).update();
	}

	/** Whether every scenario of the run has its result stored. */
	boolean complete(long id) {
		return jdbc.sql("""
				select r.scenario_count = (select count(*) from water_run_result x where x.run_id = r.id)
				from water_run r where r.id = ?""").param(id).query(Boolean.class).single();
	}

	/**
	 * Finishes the run with its summary once every scenario has its result; false while
	 * some are missing or when another part finished it first.
	 */
	boolean finishIfComplete(long id, String summary, Instant at) {
		return jdbc.sql("""
				update water_run set status = 'FINISHED', finished_at = ?, summary = cast(? as jsonb)
				where id = ? and status = 'RUNNING'
				  and scenario_count = (select count(*) from water_run_result where run_id = ?)""")
			.params(Timestamp.from(at), summary, id, id)
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
		return jdbc
			.sql("""
					update water_run set status = 'CANCELLED', finished_at = ? where id = ? and status in ('QUEUED', 'RUNNING')""")
			.params(Timestamp.from(at), id)
			.update() == 1;
	}

	/**
	 * Whether scenario {@code index} of the run has its result stored, so a part taken up
	 * again skips it.
	 */
	boolean hasResult(long run, int index) {
		return jdbc.sql("select exists (select 1 from water_run_result where run_id = ? and scenario_index = ?)")
			.params(run, index)
			.query(Boolean.class)
			.single();
	}

	/** Result rows of a run in scenario order: name and the report as JSON. */
	List<String[]> results(long run) {
		return jdbc.sql("select scenario, report::text from water_run_result where run_id = ? order by scenario_index")
			.param(run)
			.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2) })
			.list();
	}

	/** The scenario reports of a run in scenario order, without their series. */
	List<ScenarioReport> reports(long run) {
		return jdbc.sql(
				"select scenario_index, scenario, report::text from water_run_result where run_id = ? order by scenario_index")
			.param(run)
			.query((rs, n) -> report(rs.getInt(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	/** The {@code limit} scenarios with the most shortfall, worst first. */
	List<ScenarioReport> worst(long run, int limit) {
		return jdbc.sql("""
				select scenario_index, scenario, report::text from water_run_result where run_id = ?
				order by (report ->> 'totalShortfall')::float8 desc, scenario_index limit ?""")
			.params(run, limit)
			.query((rs, n) -> report(rs.getInt(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	Optional<ScenarioReport> report(long run, int index) {
		return jdbc.sql(
				"select scenario_index, scenario, report::text from water_run_result where run_id = ? and scenario_index = ?")
			.params(run, index)
			.query((rs, n) -> report(rs.getInt(1), rs.getString(2), rs.getString(3)))
			.optional();
	}

	/** The series of one scenario, absent for runs stored before series were kept. */
	Optional<ResultSeries> series(long run, int index) {
		return jdbc.sql(
				"select series::text from water_run_result where run_id = ? and scenario_index = ? and series is not null")
			.params(run, index)
			.query(String.class)
			.optional()
			.map(json -> ResultJson.read(json, ResultSeries.class));
	}

	/**
	 * The run's summary, absent until it finished (and for runs finished before summaries
	 * were kept).
	 */
	Optional<RunSummary> summary(long run) {
		return jdbc.sql("select summary::text from water_run where id = ? and summary is not null")
			.param(run)
			.query(String.class)
			.optional()
			.map(json -> ResultJson.read(json, RunSummary.class));
	}

	private static ScenarioReport report(int index, String scenario, String json) {
		ScenarioReport read = ResultJson.read(json, ScenarioReport.class);
		return new ScenarioReport(index, scenario, read.start(), read.months(), read.reliability(), read.shortfall(),
				read.totalShortfall(), read.unusedTechnicalWater(), read.breaches(), read.breachedElements(),
				read.breachList(), read.municipalities(), read.yearlyReliability(), read.breachedAmount());
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
