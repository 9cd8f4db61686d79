package dk.samspil.water;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The decisions and agenda items each run was cited in, by their ids. Citing twice is
 * citing once.
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

	boolean insertItem(long run, long item, String byName, Instant at) {
		return jdbc.sql("""
				insert into water_run_item_citation (run_id, item_id, cited_by_name, cited_at) values (?, ?, ?, ?)
				on conflict do nothing""").params(run, item, byName, Timestamp.from(at)).update() == 1;
	}

	List<Long> itemsOf(long run) {
		return jdbc.sql("select item_id from water_run_item_citation where run_id = ? order by cited_at, item_id")
			.param(run)
			.query(Long.class)
			.list();
	}

	/** A run cited in a decision or an item ({@code at}). */
	record Cited(long run, long at) {
	}

	/**
	 * Every citation in a decision: a few per cited run, read whole when the API lists
	 * the runs a caller may read.
	 */
	List<Cited> inDecisions() {
		return jdbc.sql("select run_id, decision_id from water_run_citation")
			.query((rs, n) -> new Cited(rs.getLong(1), rs.getLong(2)))
			.list();
	}

	/** Every citation in an agenda item, as {@link #inDecisions()}. */
	List<Cited> inItems() {
		return jdbc.sql("select run_id, item_id from water_run_item_citation")
			.query((rs, n) -> new Cited(rs.getLong(1), rs.getLong(2)))
			.list();
	}

	/** A run cited in an item. */
	record InItem(long item, long run) {
	}

	/** The runs cited in any of {@code items}, in one query for a whole agenda. */
	List<InItem> runsInItems(Collection<Long> items) {
		return jdbc
			.sql("""
					select item_id, run_id from water_run_item_citation where item_id in (:items) order by item_id, run_id""")
			.param("items", items)
			.query((rs, n) -> new InItem(rs.getLong("item_id"), rs.getLong("run_id")))
			.list();
	}

}
