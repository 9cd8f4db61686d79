package dk.samspil.plans;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import dk.samspil.accounts.PersonId;
import dk.samspil.region.MunicipalityCode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The committee and council steps of each plan version, the objections, and the plan's
 * audit log.
 */
@Repository
class Councils {

	private static final String STEPS = """
			select s.*, v.number as version_number from plans_step s join plans_version v on v.id = s.version_id""";

	private final JdbcClient jdbc;

	Councils(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The steps that stand: a withdrawn step stays in the table and the audit log, but no
	 * longer counts.
	 */
	List<Step> steps(long planId) {
		return jdbc.sql(STEPS + " where v.plan_id = ? and s.withdrawn_at is null order by s.meeting_date, s.id")
			.param(planId)
			.query(this::mapStep)
			.list();
	}

	/** A standing step of the plan, its row locked until the transaction ends. */
	Optional<Step> lockStep(long planId, long id) {
		return jdbc.sql(STEPS + " where s.id = ? and v.plan_id = ? and s.withdrawn_at is null for update of s")
			.params(id, planId)
			.query(this::mapStep)
			.optional();
	}

	void withdraw(long stepId, PersonId by, String reason) {
		jdbc.sql("""
				update plans_step set withdrawn_at = now(), withdrawn_by = ?, withdrawal_reason = ?
				where id = ? and withdrawn_at is null""").params(by.value(), reason, stepId).update();
	}

	void correct(long stepId, LocalDate date, Step.Decision decision) {
		jdbc.sql("update plans_step set meeting_date = ?, decision = ?, reconciled = false where id = ? "
				+ "and withdrawn_at is null")
			.params(date, decision.name(), stepId)
			.update();
	}

	/**
	 * The secretariat's reason for letting a version be adopted with responses still
	 * unprocessed, if it gave one.
	 */
	Optional<String> proceedReason(long versionId) {
		return jdbc.sql("select reason from plans_proceed where version_id = ?")
			.param(versionId)
			.query(String.class)
			.optional();
	}

	void recordProceed(long versionId, PersonId by, String reason) {
		jdbc.sql("""
				insert into plans_proceed (version_id, person_id, reason) values (?, ?, ?)
				on conflict (version_id) do update set person_id = excluded.person_id, reason = excluded.reason,
				  decided_at = now()""").params(versionId, by.value(), reason).update();
	}

	long addStep(long versionId, MunicipalityCode municipality, Step.Body body, LocalDate date, Step.Decision decision,
			String dissent, String minutesUrl, PersonId recordedBy) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into plans_step (version_id, municipality_code, body, meeting_date, decision, dissent,
				  minutes_url, recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(versionId, municipality.value(), body.name(), date, decision.name(), dissent, minutesUrl,
					recordedBy.value())
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	int reconcile(long planId) {
		return jdbc.sql("""
				update plans_step set reconciled = true where decision = 'ADOPTS_WITH_CHANGES' and not reconciled
				  and version_id in (select id from plans_version where plan_id = ?)""").param(planId).update();
	}

	List<Objection> objections(long planId) {
		return jdbc.sql("select * from plans_objection where plan_id = ? order by raised_on, id")
			.param(planId)
			.query((rs, row) -> new Objection(rs.getLong("id"), rs.getLong("plan_id"),
					Objection.Paragraph.valueOf(rs.getString("paragraph")), rs.getString("raised_by"),
					rs.getDate("raised_on").toLocalDate(), rs.getString("note"),
					rs.getDate("lifted_on") == null ? null : rs.getDate("lifted_on").toLocalDate()))
			.list();
	}

	long addObjection(long planId, Objection.Paragraph paragraph, String raisedBy, LocalDate raisedOn, String note) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("insert into plans_objection (plan_id, paragraph, raised_by, raised_on, note) values (?, ?, ?, ?, ?)")
			.params(planId, paragraph.name(), raisedBy, raisedOn, note)
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	boolean liftObjection(long planId, long objectionId, LocalDate on) {
		return jdbc.sql("update plans_objection set lifted_on = ? where id = ? and plan_id = ? and lifted_on is null")
			.params(on, objectionId, planId)
			.update() == 1;
	}

	private static PersonId personId(Long value) {
		return value == null ? null : new PersonId(value);
	}

	void audit(long planId, PersonId person, String what, String before, String after) {
		jdbc.sql("insert into plans_audit (plan_id, person_id, what, before, after) values (?, ?, ?, ?, ?)")
			.params(planId, person == null ? null : person.value(), what, before, after)
			.update();
	}

	List<AuditEntry> auditLog(long planId) {
		return jdbc.sql("select * from plans_audit where plan_id = ? order by at desc, id desc")
			.param(planId)
			.query((rs, row) -> new AuditEntry(rs.getTimestamp("at").toInstant(),
					personId(rs.getObject("person_id", Long.class)), rs.getString("what"), rs.getString("before"),
					rs.getString("after")))
			.list();
	}

	private Step mapStep(ResultSet rs, int row) throws SQLException {
		return new Step(rs.getLong("id"), rs.getLong("version_id"), rs.getInt("version_number"),
				new MunicipalityCode(rs.getString("municipality_code")), Step.Body.valueOf(rs.getString("body")),
				rs.getDate("meeting_date").toLocalDate(), Step.Decision.valueOf(rs.getString("decision")),
				rs.getString("dissent"), rs.getString("minutes_url"), rs.getBoolean("reconciled"));
	}

}
