package dk.samspil.plans;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import dk.samspil.groups.GroupId;

/** The plans, their versions and sections. */
@Repository
class Plans {

	private final JdbcClient jdbc;

	Plans(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Plan> findAll() {
		return jdbc.sql("select * from plans_plan order by created_at desc, id desc").query(this::plan).list();
	}

	Optional<Plan> find(long id) {
		return jdbc.sql("select * from plans_plan where id = ?").param(id).query(this::plan).optional();
	}

	long count() {
		return jdbc.sql("select count(*) from plans_plan").query(Long.class).single();
	}

	long insert(String title, GroupId ownerGroup) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("insert into plans_plan (title, owner_group) values (?, ?)")
			.params(title, ownerGroup == null ? null : ownerGroup.value())
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	/** Locks the plan's row: steps on one plan are checked and written one at a time. */
	void lock(long planId) {
		jdbc.sql("select id from plans_plan where id = ? for update").param(planId).query(Long.class).single();
	}

	void adopted(long planId, LocalDate on) {
		jdbc.sql("update plans_plan set adopted_on = ? where id = ?").params(on, planId).update();
	}

	List<Version> versions(long planId) {
		return jdbc.sql("select * from plans_version where plan_id = ? order by number")
			.param(planId)
			.query(this::version)
			.list();
	}

	Optional<Version> version(long planId, int number) {
		return jdbc.sql("select * from plans_version where plan_id = ? and number = ?")
			.params(planId, number)
			.query(this::version)
			.optional();
	}

	Optional<Version> versionById(long versionId) {
		return jdbc.sql("select * from plans_version where id = ?").param(versionId).query(this::version).optional();
	}

	/**
	 * Adds the next version; the plan's row is locked so two editors cannot both make
	 * "version 3".
	 */
	/**
	 * Locks the plan's row, so versions are added one at a time, and answers its latest
	 * version's number (0: none).
	 */
	int lockLatest(long planId) {
		jdbc.sql("select id from plans_plan where id = ? for update").param(planId).query(Long.class).single();
		return jdbc.sql("select coalesce(max(number), 0) from plans_version where plan_id = ?")
			.param(planId)
			.query(Integer.class)
			.single();
	}

	/**
	 * Adds version {@code number}; the caller holds the plan's lock
	 * ({@link #lockLatest}).
	 */
	Version addVersion(long planId, int number, String note, List<Section> sections) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("insert into plans_version (plan_id, number, note) values (?, ?, ?)")
			.params(planId, number, note)
			.update(keys, "id");
		long versionId = keys.getKey().longValue();
		for (Section s : sections) {
			jdbc.sql("""
					insert into plans_section (version_id, position, number, anchor, heading, body)
					values (?, ?, ?, ?, ?, ?)""")
				.params(versionId, s.position(), s.number(), s.anchor(), s.heading(), s.body())
				.update();
		}
		return versionById(versionId).orElseThrow();
	}

	List<Section> sections(long versionId) {
		return jdbc.sql("select * from plans_section where version_id = ? order by position")
			.param(versionId)
			.query((rs, row) -> new Section(rs.getInt("position"), rs.getString("number"), rs.getString("anchor"),
					rs.getString("heading"), rs.getString("body")))
			.list();
	}

	private Plan plan(ResultSet rs, int row) throws SQLException {
		Date adopted = rs.getDate("adopted_on");
		Long group = rs.getObject("owner_group", Long.class);
		return new Plan(rs.getLong("id"), rs.getString("title"), adopted == null ? null : adopted.toLocalDate(),
				group == null ? null : new GroupId(group));
	}

	private Version version(ResultSet rs, int row) throws SQLException {
		return new Version(rs.getLong("id"), rs.getLong("plan_id"), rs.getInt("number"), rs.getString("note"),
				rs.getTimestamp("created_at").toInstant());
	}

}
