package dk.samspil.meetings;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import dk.samspil.groups.GroupId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class Decisions {

	private final JdbcClient jdbc;

	Decisions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(AgendaItem item, String text, LocalDate decidedOn, LocalDate reviewOn) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into meetings_decision (group_id, meeting_id, item_id, text, decided_on, review_on)
				values (?, ?, ?, ?, ?, ?)""")
			.params(item.group().value(), item.meetingId(), item.id(), text.strip(), Date.valueOf(decidedOn),
					reviewOn == null ? null : Date.valueOf(reviewOn))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	/**
	 * A decision's title in SQL, as {@link DecisionDesk#title} gives it: its item's, or
	 * else its text. Looked up by the item's key for the rows chosen, never joined before
	 * they are: joined, PostgreSQL hashed every agenda item of every group.
	 */
	private static final String TITLE = "coalesce((select i.title from meetings_agenda_item i where i.id = d.item_id), d.text)";

	/**
	 * Locks the decision's row until the transaction ends, so that two changes to what
	 * hangs on it are made one after the other.
	 */
	void lock(long id) {
		jdbc.sql("select id from meetings_decision where id = ? for update").param(id).query(Long.class).optional();
	}

	Optional<Decision> find(long id) {
		return jdbc.sql("select * from meetings_decision where id = ?").param(id).query(Decisions::map).optional();
	}

	/** A decision with the title it is known by: its item's, or else its text. */
	record Titled(Decision decision, String title) {
	}

	/**
	 * The decisions in force of {@code groups}, newest first, at most {@code limit}, with
	 * their titles: one query, since a run's page asks on every view.
	 */
	List<Titled> inForceOf(Collection<GroupId> groups, int limit) {
		if (groups.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select d.*, %s as known_as
				from meetings_decision d
				where d.group_id in (:groups) and d.status = 'IN_FORCE'
				order by d.decided_on desc, d.id desc limit :limit""".formatted(TITLE))
			.param("groups", groups.stream().map(GroupId::value).toList())
			.param("limit", limit)
			.query((rs, row) -> new Titled(map(rs, row), rs.getString("known_as")))
			.list();
	}

	/** The decisions {@code ids} that exist, with their titles, in one query. */
	List<Titled> titled(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select d.*, %s as known_as
				from meetings_decision d where d.id in (:ids)""".formatted(TITLE))
			.param("ids", ids)
			.query((rs, row) -> new Titled(map(rs, row), rs.getString("known_as")))
			.list();
	}

	List<Decision> ofGroup(GroupId group, int limit) {
		return jdbc.sql("select * from meetings_decision where group_id = ? order by decided_on desc, id desc limit ?")
			.params(group.value(), limit)
			.query(Decisions::map)
			.list();
	}

	boolean anyAt(long meetingId) {
		return jdbc.sql("select exists (select 1 from meetings_decision where meeting_id = ?)")
			.param(meetingId)
			.query(Boolean.class)
			.single();
	}

	List<Long> atMeeting(long meetingId) {
		return jdbc.sql("select id from meetings_decision where meeting_id = ? order by id")
			.param(meetingId)
			.query(Long.class)
			.list();
	}

	List<Decision> ofItem(long itemId) {
		return jdbc.sql("select * from meetings_decision where item_id = ? order by id")
			.param(itemId)
			.query(Decisions::map)
			.list();
	}

	/**
	 * Decisions in force whose review date is the given day and whose chair has not yet
	 * been reminded.
	 */
	List<Decision> dueForReview(LocalDate day) {
		return jdbc
			.sql("""
					select * from meetings_decision
					where status = 'IN_FORCE' and review_on = ? and (reviewed_mail is null or reviewed_mail <> review_on)""")
			.param(Date.valueOf(day))
			.query(Decisions::map)
			.list();
	}

	void markReminded(long id, LocalDate day) {
		jdbc.sql("update meetings_decision set reviewed_mail = ? where id = ?").params(Date.valueOf(day), id).update();
	}

	/**
	 * False when the decision was no longer in force (revoked or superseded by a
	 * colleague a moment before).
	 */
	boolean revoke(long id) {
		return jdbc.sql("update meetings_decision set status = 'REVOKED' where id = ? and status = 'IN_FORCE'")
			.param(id)
			.update() == 1;
	}

	/** False when the decision was no longer in force. */
	boolean supersede(long id, long by) {
		return jdbc
			.sql("""
					update meetings_decision set status = 'SUPERSEDED', superseded_by = ? where id = ? and status = 'IN_FORCE'""")
			.params(by, id)
			.update() == 1;
	}

	/** The decision the given one replaced, if any. */
	Optional<Decision> superseded(long by) {
		return jdbc.sql("select * from meetings_decision where superseded_by = ?")
			.param(by)
			.query(Decisions::map)
			.optional();
	}

	long countIn(Collection<GroupId> groups) {
		if (groups.isEmpty()) {
			return 0;
		}
		return jdbc.sql("select count(*) from meetings_decision where group_id in (:groups)")
			.param("groups", groups.stream().map(GroupId::value).toList())
			.query(Long.class)
			.single();
	}

	/** A page of decisions, and how many there are in all. */
	record Page(List<Titled> items, long total) {
	}

	/**
	 * The decisions of these groups, newest first, with their titles and the number of
	 * all of them read in the same query. The page is chosen before the titles are looked
	 * up. The number is counted apart, from the index alone: as a window over the
	 * decisions it made PostgreSQL read and sort all of them in full, four times the
	 * work. Only a page past the last, which has no row to carry the number, counts in a
	 * second query.
	 */
	Page pageIn(Collection<GroupId> groups, long offset, int limit) {
		if (groups.isEmpty()) {
			return new Page(List.of(), 0);
		}
		long[] total = { 0 };
		List<Titled> items = jdbc.sql("""
				select d.*, %s as title,
				  (select count(*) from meetings_decision where group_id in (:groups)) as total
				from (select * from meetings_decision where group_id in (:groups)
				      order by decided_on desc, id desc offset :offset limit :limit) d
				order by d.decided_on desc, d.id desc""".formatted(TITLE))
			.param("groups", groups.stream().map(GroupId::value).toList())
			.param("offset", offset)
			.param("limit", limit)
			.query((rs, row) -> {
				total[0] = rs.getLong("total");
				return new Titled(map(rs, row), rs.getString("title"));
			})
			.list();
		return new Page(items, items.isEmpty() && offset > 0 ? countIn(groups) : total[0]);
	}

	/** Of the decisions {@code ids}, those of {@code groups}. */
	List<Long> amongGroups(Collection<Long> ids, Collection<GroupId> groups) {
		if (ids.isEmpty() || groups.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select id from meetings_decision where id in (:ids) and group_id in (:groups)")
			.param("ids", ids)
			.param("groups", groups.stream().map(GroupId::value).toList())
			.query(Long.class)
			.list();
	}

	private static Decision map(ResultSet rs, int row) throws SQLException {
		Date review = rs.getDate("review_on");
		return new Decision(rs.getLong("id"), new GroupId(rs.getLong("group_id")),
				rs.getObject("meeting_id", Long.class), rs.getObject("item_id", Long.class), rs.getString("text"),
				rs.getDate("decided_on").toLocalDate(), DecisionStatus.valueOf(rs.getString("status")),
				rs.getObject("superseded_by", Long.class), review == null ? null : review.toLocalDate());
	}

}
