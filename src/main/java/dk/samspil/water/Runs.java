package dk.samspil.water;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dk.samspil.accounts.PersonId;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The runs and their results. Every change of status names the statuses it may come from
 * in its WHERE.
 */
@Repository
class Runs {

	/** A run's columns, read by {@link #run}; {@code r} is water_run. */
	static final String COLUMNS = """
			r.id, r.model_id, r.model_version, r.status, r.scenario_count, r.months, r.engine_version,
			r.started_by_name, r.created_at, r.started_at, r.finished_at, r.failure,
			(select count(*) from water_run_result x where x.run_id = r.id) as done""";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	Runs(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
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

	/** Runs queued or running that were started before {@code before}. */
	List<Long> unfinishedBefore(Instant before) {
		return jdbc.sql("select id from water_run where status in ('QUEUED', 'RUNNING') and created_at < ? order by id")
			.param(Timestamp.from(before))
			.query(Long.class)
			.list();
	}

	RunStatus status(long id) {
		return jdbc.sql("select status from water_run where id = ?").param(id).query(RunStatus.class).single();
	}

	/** The frozen scenarios of a run as written when it started. */
	String scenarios(long id) {
		return jdbc.sql("select scenarios::text from water_run where id = ?").param(id).query(String.class).single();
	}

	/** One scenario's result as the worker stores it; {@code series} may be null. */
	record StoredResult(int index, String scenario, double totalShortfall, String report, String series) {
	}

	/**
	 * Stores results in one batch; a result already stored (a part taken up again) is
	 * left as it is.
	 */
	void insertResults(long run, List<StoredResult> results) {
		if (results.isEmpty()) {
			return;
		}
		template.batchUpdate("""
				insert into water_run_result (run_id, scenario_index, scenario, total_shortfall, report, series)
				values (?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb))
				on conflict do nothing
				""",
				results.stream()
					.map(r -> new Object[] { run, r.index(), r.scenario(), r.totalShortfall(), r.report(), r.series() })
					.toList());
	}

	/** Keeps the series of a scenario whose result was stored without one. */
	void storeSeries(long run, int index, String series) {
		jdbc.sql("""
				update water_run_result set series = cast(? as jsonb)
				where run_id = ? and scenario_index = ? and series is null
				""").params(series, run, index).update();
	}

	/** The scenarios of the run whose results are stored. */
	Set<Integer> storedIndices(long run) {
		return new HashSet<>(jdbc.sql("select scenario_index from water_run_result where run_id = ?")
			.param(run)
			.query(Integer.class)
			.list());
	}

	/** Indices of the {@code limit} scenarios with the most shortfall, worst first. */
	List<Integer> worstIndices(long run, int limit) {
		return jdbc.sql("""
				select scenario_index from water_run_result where run_id = ?
				order by total_shortfall desc, scenario_index limit ?
				""").params(run, limit).query(Integer.class).list();
	}

	/** Indices of the run's stored results that have their series. */
	Set<Integer> withSeries(long run) {
		return new HashSet<>(
				jdbc.sql("select scenario_index from water_run_result where run_id = ? and series is not null")
					.param(run)
					.query(Integer.class)
					.list());
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
				order by total_shortfall desc, scenario_index limit ?""")
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

	static Run run(ResultSet rs, int n) throws SQLException {
		return new Run(rs.getLong(1), new WaterModelId(rs.getLong(2)), rs.getInt(3), RunStatus.valueOf(rs.getString(4)),
				rs.getInt(5), rs.getInt(6), rs.getString(7), rs.getString(8), instant(rs, 9), instant(rs, 10),
				instant(rs, 11), rs.getString(12), rs.getInt(13));
	}

	private static Instant instant(ResultSet rs, int column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

}
