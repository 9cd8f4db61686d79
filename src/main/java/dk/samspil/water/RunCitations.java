package dk.samspil.water;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The decisions each run was cited in, by the decision's id. Citing twice is citing once.
 */
@Repository
class RunCitations {

	private final JdbcClient jdbc;

	RunCitations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean insert(long run, long decision, String byName, Instant at) {
		return jdbc.sql("""
				insert into water_run_citation (run_id, decision_id, cited_by_name, cited_at) values (?, ?, ?, ?)
				on conflict do nothing""").params(run, decision, byName, Timestamp.from(at)).update() == 1;
	}

	List<Long> decisionsOf(long run) {
		return jdbc.sql("select decision_id from water_run_citation where run_id = ? order by cited_at, decision_id")
			.param(run)
			.query(Long.class)
			.list();
	}

	List<Long> runsIn(long decision) {
		return jdbc.sql("select run_id from water_run_citation where decision_id = ? order by run_id")
			.param(decision)
			.query(Long.class)
			.list();
	}

}
