package dk.samspil.meetings;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import dk.samspil.accounts.PersonId;
import dk.samspil.groups.GroupId;
import dk.samspil.groups.ThemeId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class AgendaItems {

	private final JdbcClient jdbc;

	AgendaItems(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(GroupId group, Long meetingId, String title, String description, PersonId proposedBy,
			Long escalatedFrom) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into meetings_agenda_item (group_id, meeting_id, title, description, proposed_by, escalated_from)
				values (?, ?, ?, ?, ?, ?)""")
			.params(group.value(), meetingId, title.strip(), description == null ? "" : description.strip(),
					proposedBy.value(), escalatedFrom)
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	Optional<AgendaItem> find(long id) {
		return jdbc.sql("select * from meetings_agenda_item where id = ?").param(id).query(AgendaItems::map).optional();
	}

	/** The items {@code ids} that exist, in one query. */
	List<AgendaItem> findAll(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select * from meetings_agenda_item where id in (:ids)")
			.param("ids", ids)
			.query(AgendaItems::map)
			.list();
	}

	/**
	 * Locks the item's row until the transaction ends, so that two changes to what hangs
	 * on it are made one after the other.
	 */
	void lock(long id) {
		jdbc.sql("select id from meetings_agenda_item where id = ? for update").param(id).query(Long.class).optional();
	}

	/**
	 * Items a meeting holds however they arrive (proposed, taken from the group's list,
	 * carried over, escalated), far more than a meeting gets through: five hundred made a
	 * meeting page of 4 MB and an agenda that took ten seconds to lay out as PDF.
	 */
	static final int MAX_PER_MEETING = 100;

	/**
	 * How many more items the meeting takes before it holds {@link #MAX_PER_MEETING}; a
	 * change that adds one counts under the meeting's lock.
	 */
	int room(long meetingId) {
		return Math.max(0, MAX_PER_MEETING - countOfMeeting(meetingId));
	}

	int countOfMeeting(long meetingId) {
		return jdbc.sql("select count(*) from meetings_agenda_item where meeting_id = ?")
			.param(meetingId)
			.query(Integer.class)
			.single();
	}

	/** Accepted items in agenda order first, then the others in the order they came. */
	List<AgendaItem> ofMeeting(long meetingId) {
		return jdbc.sql("""
				select * from meetings_agenda_item where meeting_id = ?
				order by case status when 'ACCEPTED' then 0 when 'PROPOSED' then 1 else 2 end, position, id""")
			.param(meetingId)
			.query(AgendaItems::map)
			.list();
	}

	/**
	 * The items of several meetings, each meeting's in agenda order, in one query: a
	 * run's page lists the items it could be cited in on every view.
	 */
	List<AgendaItem> ofMeetings(Collection<Long> meetingIds) {
		if (meetingIds.isEmpty()) {
			return List.of();
		}
		return jdbc
			.sql("""
					select * from meetings_agenda_item where meeting_id in (:meetings)
					order by meeting_id, case status when 'ACCEPTED' then 0 when 'PROPOSED' then 1 else 2 end, position, id""")
			.param("meetings", meetingIds)
			.query(AgendaItems::map)
			.list();
	}

	/**
	 * Of the items {@code ids}, those of {@code groups} accepted on an agenda that has
	 * been published.
	 */
	List<Long> publishedAmongGroups(Collection<Long> ids, Collection<GroupId> groups) {
		if (ids.isEmpty() || groups.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select i.id from meetings_agenda_item i join meetings_meeting m on m.id = i.meeting_id
				where i.id in (:ids) and i.group_id in (:groups) and i.status = 'ACCEPTED'
				  and m.agenda_published is not null""")
			.param("ids", ids)
			.param("groups", groups.stream().map(GroupId::value).toList())
			.query(Long.class)
			.list();
	}

	/**
	 * Items on the group's list (proposed by members or escalated from another group)
	 * waiting for a meeting.
	 */
	List<AgendaItem> waiting(GroupId group) {
		return jdbc.sql("select * from meetings_agenda_item where group_id = ? and meeting_id is null order by id")
			.param(group.value())
			.query(AgendaItems::map)
			.list();
	}

	/** Items escalated from the given item, in any group. */
	List<AgendaItem> escalatedFrom(long itemId) {
		return jdbc.sql("select * from meetings_agenda_item where escalated_from = ? order by id")
			.param(itemId)
			.query(AgendaItems::map)
			.list();
	}

	/**
	 * Moves an item from the group's list into a meeting, once: it must still be waiting.
	 */
	boolean take(long itemId, long meetingId) {
		return jdbc
			.sql("update meetings_agenda_item set meeting_id = ?, status = 'PROPOSED' where id = ? "
					+ "and meeting_id is null")
			.params(meetingId, itemId)
			.update() == 1;
	}

	/**
	 * Moves the group's oldest waiting items into a new meeting, at most {@code limit};
	 * the rest stay on the list for the chair to take into another meeting. An item the
	 * chair takes into another meeting meanwhile stays there.
	 */
	int attachWaiting(GroupId group, long meetingId, int limit) {
		return jdbc.sql("""
				update meetings_agenda_item set meeting_id = ? where meeting_id is null and id in (
				  select id from meetings_agenda_item where group_id = ? and meeting_id is null order by id limit ?)""")
			.params(meetingId, group.value(), limit)
			.update();
	}

	/**
	 * Moves the proposed and accepted items of one meeting to another as proposals,
	 * keeping everything else of them; deferred items stay. The other meeting takes
	 * {@code room} of them, in agenda order; the rest go on the group's list as proposals
	 * waiting for a meeting.
	 */
	Carried carry(long fromMeeting, long toMeeting, int room) {
		List<Long[]> rows = jdbc.sql("""
				with going as (
				  select id, row_number() over (
				    order by case status when 'ACCEPTED' then 0 else 1 end, position, id) as place
				  from meetings_agenda_item where meeting_id = :from and status in ('PROPOSED', 'ACCEPTED'))
				update meetings_agenda_item i set status = 'PROPOSED', position = 0,
				  meeting_id = case when going.place <= :room then :to end
				from going where i.id = going.id returning i.id, i.meeting_id""")
			.param("from", fromMeeting)
			.param("to", toMeeting)
			.param("room", room)
			.query((rs, row) -> new Long[] { rs.getLong(1), rs.getObject(2, Long.class) })
			.list();
		return new Carried(ids(rows, true), ids(rows, false));
	}

	private static List<Long> ids(List<Long[]> rows, boolean moved) {
		return rows.stream().filter(row -> (row[1] != null) == moved).map(row -> row[0]).sorted().toList();
	}

	/** The ids of the items a carry moved to the other meeting and put on the list. */
	record Carried(List<Long> moved, List<Long> listed) {
	}

	void setStatus(long id, ItemStatus status) {
		jdbc.sql("""
				update meetings_agenda_item set status = ?,
				position = case when ? = 'ACCEPTED' then coalesce((select max(position) + 1 from meetings_agenda_item o
				  where o.meeting_id = meetings_agenda_item.meeting_id and o.status = 'ACCEPTED'), 1) else 0 end
				where id = ?""").params(status.name(), status.name(), id).update();
	}

	/**
	 * Swaps an accepted item with its neighbour above ({@code -1}) or below ({@code +1}).
	 */
	void move(AgendaItem item, int direction) {
		List<AgendaItem> agenda = ofMeeting(item.meetingId()).stream().filter(AgendaItem::accepted).toList();
		int index = agenda.stream().map(AgendaItem::id).toList().indexOf(item.id());
		int other = index + direction;
		if (index < 0 || other < 0 || other >= agenda.size()) {
			return;
		}
		for (int i = 0; i < agenda.size(); i++) {
			int target = i == index ? other : i == other ? index : i;
			jdbc.sql("update meetings_agenda_item set position = ? where id = ?")
				.params(target + 1, agenda.get(i).id())
				.update();
		}
	}

	void saveMinutes(long id, String discussion, String outcome) {
		jdbc.sql("update meetings_agenda_item set discussion = ?, outcome = ? where id = ?")
			.params(discussion == null ? "" : discussion.strip(), outcome == null ? "" : outcome.strip(), id)
			.update();
	}

	void tag(long id, List<ThemeId> themes) {
		for (ThemeId theme : themes) {
			jdbc.sql("insert into meetings_item_theme (item_id, theme_id) values (?, ?) on conflict do nothing")
				.params(id, theme.value())
				.update();
		}
	}

	List<ThemeId> themes(long id) {
		return jdbc.sql("select theme_id from meetings_item_theme where item_id = ? order by theme_id")
			.param(id)
			.query((rs, row) -> new ThemeId(rs.getLong(1)))
			.list();
	}

	void attach(long id, Attachment attachment) {
		jdbc.sql("insert into meetings_attachment (item_id, filename, content_type, content) values (?, ?, ?, ?)")
			.params(id, attachment.filename(), attachment.contentType(), attachment.content())
			.update();
	}

	List<Attachment.Summary> attachments(long id) {
		return jdbc.sql("""
				select id, item_id, filename, content_type, length(content) as size from meetings_attachment
				where item_id = ? order by id""")
			.param(id)
			.query((rs, row) -> new Attachment.Summary(rs.getLong("id"), rs.getLong("item_id"),
					rs.getString("filename"), rs.getString("content_type"), rs.getLong("size")))
			.list();
	}

	Optional<Attachment.Stored> attachment(long attachmentId) {
		return jdbc.sql("select * from meetings_attachment where id = ?")
			.param(attachmentId)
			.query((rs, row) -> new Attachment.Stored(rs.getLong("item_id"),
					new Attachment(rs.getString("filename"), rs.getString("content_type"), rs.getBytes("content"))))
			.optional();
	}

	private static AgendaItem map(ResultSet rs, int row) throws SQLException {
		return new AgendaItem(rs.getLong("id"), new GroupId(rs.getLong("group_id")),
				rs.getObject("meeting_id", Long.class), rs.getString("title"), rs.getString("description"),
				new PersonId(rs.getLong("proposed_by")), ItemStatus.valueOf(rs.getString("status")),
				rs.getInt("position"), rs.getString("discussion"), rs.getString("outcome"),
				rs.getObject("escalated_from", Long.class));
	}

}
