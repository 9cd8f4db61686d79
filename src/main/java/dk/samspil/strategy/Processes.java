package dk.samspil.strategy;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** The planning strategy processes, with their phases. */
@Component
class Processes {

	private final JdbcClient jdbc;

	Processes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<StrategyProcess> findAll() {
		return jdbc.sql("select id from strategy_process order by term_starts desc, id desc")
			.query(Long.class)
			.list()
			.stream()
			.map(id -> find(id).orElseThrow())
			.toList();
	}

	Optional<StrategyProcess> find(long id) {
		Map<Phase, Period> phases = new EnumMap<>(Phase.class);
		jdbc.sql("select phase, starts_on, ends_on from strategy_phase where process_id = ?").param(id).query(rs -> {
			phases.put(Phase.valueOf(rs.getString("phase")),
					new Period(rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class)));
		});
		return jdbc.sql("select id, name, term_starts, version from strategy_process where id = ?")
			.param(id)
			.query((rs, row) -> new StrategyProcess(new ProcessId(rs.getLong("id")), rs.getString("name"),
					rs.getInt("term_starts"), phases, rs.getInt("version")))
			.optional();
	}

	long insert(StrategyProcess process) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("insert into strategy_process (name, term_starts) values (?, ?)")
			.params(process.name().strip(), process.termStarts())
			.update(keys, "id");
		long id = keys.getKey().longValue();
		writePhases(id, process.phases());
		return id;
	}

	/**
	 * Saves a changed process if the row is still at the version before it; false,
	 * writing nothing, when another save came first.
	 */
	boolean update(StrategyProcess changed) {
		long id = changed.id().value();
		boolean written = jdbc
			.sql("update strategy_process set name = ?, term_starts = ?, version = ? where id = ? and version = ?")
			.params(changed.name().strip(), changed.termStarts(), changed.version(), id, changed.version() - 1)
			.update() == 1;
		if (written) {
			writePhases(id, changed.phases());
		}
		return written;
	}

	/**
	 * Locks the process's row, so that changes to it and to what hangs on it are made one
	 * at a time.
	 */
	boolean lock(long id) {
		return jdbc.sql("select id from strategy_process where id = ? for update")
			.param(id)
			.query(Long.class)
			.optional()
			.isPresent();
	}

	/** The process with its row locked, as {@link #lock} leaves it. */
	Optional<StrategyProcess> locked(long id) {
		return lock(id) ? find(id) : Optional.empty();
	}

	private void writePhases(long id, Map<Phase, Period> phases) {
		jdbc.sql("delete from strategy_phase where process_id = ?").param(id).update();
		phases.forEach((phase, period) -> jdbc
			.sql("insert into strategy_phase (process_id, phase, starts_on, ends_on) values (?, ?, ?, ?)")
			.params(id, phase.name(), period.startsOn(), period.endsOn())
			.update());
	}

}
