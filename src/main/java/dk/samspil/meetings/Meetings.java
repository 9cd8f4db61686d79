package dk.samspil.meetings;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import dk.samspil.accounts.PersonId;
import dk.samspil.groups.GroupId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class Meetings {

	private final JdbcClient jdbc;

	Meetings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Inserts the meeting unless one was already made from the same form
	 * ({@code formToken}, null for none): then nothing, and empty. A second insert of the
	 * same token waits for the first one's transaction, so it sees the meeting once that
	 * commits.
	 */
	Optional<Long> insert(GroupId group, String title, Instant startsAt, Instant endsAt, String place,
			String onlineLink, Instant deadline, String formToken) {
		return jdbc.sql("""
				insert into meetings_meeting (group_id, title, starts_at, ends_at, place, online_link, agenda_deadline,
				  form_token)
				values (?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (form_token) do nothing
				returning id""")
			.params(group.value(), title, ts(startsAt), ts(endsAt), blankToNull(place), blankToNull(onlineLink),
					ts(deadline), formToken)
			.query(Long.class)
			.optional();
	}

	/** The meeting scheduled from the form with this token, if any. */
	Optional<Meeting> byFormToken(String formToken) {
		return jdbc.sql("select * from meetings_meeting where form_token = ?")
			.param(formToken)
			.query(Meetings::map)
			.optional();
	}

	void reschedule(long id, String title, Instant startsAt, Instant endsAt, String place, String onlineLink,
			Instant deadline) {
		jdbc.sql("""
				update meetings_meeting set title = ?, starts_at = ?, ends_at = ?, place = ?, online_link = ?,
				agenda_deadline = ? where id = ?""")
			.params(title, ts(startsAt), ts(endsAt), blankToNull(place), blankToNull(onlineLink), ts(deadline), id)
			.update();
	}

	Optional<Meeting> find(long id) {
		return jdbc.sql("select * from meetings_meeting where id = ?").param(id).query(Meetings::map).optional();
	}

	/** The meetings {@code ids} that exist, in one query. */
	List<Meeting> findAll(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select * from meetings_meeting where id in (:ids)")
			.param("ids", ids)
			.query(Meetings::map)
			.list();
	}

	/**
	 * The group's meetings, cancelled ones too, newest first: {@code limit} of them after
	 * the first {@code offset}.
	 */
	List<Meeting> ofGroup(GroupId group, long offset, int limit) {
		return jdbc
			.sql("select * from meetings_meeting where group_id = ? order by starts_at desc, id desc offset ? limit ?")
			.params(group.value(), offset, limit)
			.query(Meetings::map)
			.list();
	}

	long countOfGroup(GroupId group) {
		return jdbc.sql("select count(*) from meetings_meeting where group_id = ?")
			.param(group.value())
			.query(Long.class)
			.single();
	}

	/**
	 * The group's meetings that have not ended, cancelled ones too, soonest first: a
	 * group's page lists them all.
	 */
	List<Meeting> aheadOfGroup(GroupId group, Instant now) {
		return jdbc.sql("select * from meetings_meeting where group_id = ? and ends_at > ? order by starts_at, id")
			.params(group.value(), ts(now))
			.query(Meetings::map)
			.list();
	}

	/**
	 * The group's meetings that have ended, cancelled ones too, newest first:
	 * {@code limit} of them after the first {@code offset}, as a page of a group's past
	 * meetings.
	 */
	List<Meeting> pastOfGroup(GroupId group, Instant now, long offset, int limit) {
		return jdbc.sql("""
				select * from meetings_meeting where group_id = ? and ends_at <= ?
				order by starts_at desc, id desc offset ? limit ?""")
			.params(group.value(), ts(now), offset, limit)
			.query(Meetings::map)
			.list();
	}

	/** How many of the group's meetings have ended, cancelled ones too. */
	int pastCountOfGroup(GroupId group, Instant now) {
		return jdbc.sql("select count(*) from meetings_meeting where group_id = ? and ends_at <= ?")
			.params(group.value(), ts(now))
			.query(Integer.class)
			.single();
	}

	/**
	 * The meetings of the given groups that have not ended and are not cancelled, soonest
	 * first.
	 */
	List<Meeting> upcoming(Collection<GroupId> groups, Instant now, int limit) {
		if (groups.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select * from meetings_meeting where group_id in (:groups) and ends_at > :now and cancelled_at is null
				order by starts_at limit :limit""")
			.param("groups", groups.stream().map(GroupId::value).toList())
			.param("now", ts(now))
			.param("limit", limit)
			.query(Meetings::map)
			.list();
	}

	/**
	 * The group's first meeting after the given time that is not cancelled and still
	 * takes proposals.
	 */
	Optional<Meeting> nextTakingProposals(GroupId group, Instant after, Instant now) {
		return jdbc.sql("""
				select * from meetings_meeting where group_id = ? and starts_at > ? and cancelled_at is null
				and agenda_deadline > ? order by starts_at, id limit 1""")
			.params(group.value(), ts(after), ts(now))
			.query(Meetings::map)
			.optional();
	}

	/**
	 * The meeting, its row locked until the transaction ends, so that it cannot be
	 * cancelled or moved while items are carried over to it.
	 */
	Optional<Meeting> lock(long id) {
		return jdbc.sql("select * from meetings_meeting where id = ? for update")
			.param(id)
			.query(Meetings::map)
			.optional();
	}

	/**
	 * The meeting as it is now, its row locked until the transaction ends: a desk checks
	 * its rule on this, not on the copy a page showed, so that two people acting on the
	 * same meeting at once are served one after the other.
	 */
	Meeting locked(Meeting shown) {
		return lock(shown.id()).orElseThrow(GroupAccess::notFound);
	}

	/**
	 * Meetings of the given groups for a calendar feed, in time order: the latest
	 * {@code limit} that started since {@code from}, and the next {@code limit} from
	 * {@code now} on, so that a group with years of meetings scheduled ahead still gives
	 * a feed a calendar program can fetch often.
	 */
	List<Meeting> forFeed(Collection<GroupId> groups, Instant from, Instant now, int limit) {
		if (groups.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				(select * from meetings_meeting where group_id in (:groups) and starts_at >= :from and starts_at < :now
				 order by starts_at desc limit :limit)
				union all
				(select * from meetings_meeting where group_id in (:groups) and starts_at >= :now
				 order by starts_at limit :limit)
				order by starts_at, id""")
			.param("groups", groups.stream().map(GroupId::value).toList())
			.param("from", ts(from))
			.param("now", ts(now))
			.param("limit", limit)
			.query(Meetings::map)
			.list();
	}

	/**
	 * Records that the agenda went out (again); the iCalendar sequence counts the times.
	 */
	void markPublished(long id, Instant at) {
		jdbc.sql(
				"""
						update meetings_meeting set sequence = case when agenda_published is null then sequence else sequence + 1 end,
						agenda_published = ? where id = ?""")
			.params(ts(at), id)
			.update();
	}

	/**
	 * Records that the meeting is called off, and raises the iCalendar sequence so that
	 * calendars take the cancellation over what they hold. False when it was cancelled
	 * already (by someone else a moment before).
	 */
	boolean cancel(long id, Cancellation cancellation) {
		return jdbc
			.sql("""
					update meetings_meeting set cancelled_at = ?, cancelled_by = ?, cancel_reason = ?, sequence = sequence + 1
					where id = ? and cancelled_at is null""")
			.params(ts(cancellation.at()), cancellation.by().value(), cancellation.reason(), id)
			.update() == 1;
	}

	/**
	 * Notes who was sent the invitation, at which address; sending it again keeps the
	 * latest address.
	 */
	void invited(long meetingId, PersonId person, String email, Instant at) {
		jdbc.sql("""
				insert into meetings_invitation (meeting_id, person_id, email, sent_at) values (?, ?, ?, ?)
				on conflict (meeting_id, person_id) do update set email = excluded.email, sent_at = excluded.sent_at""")
			.params(meetingId, person.value(), email, ts(at))
			.update();
	}

	/**
	 * Everyone who was sent the invitation to the meeting, whether or not they are still
	 * in the group.
	 */
	List<Invitee> invitees(long meetingId) {
		return jdbc.sql("select person_id, email from meetings_invitation where meeting_id = ? order by person_id")
			.param(meetingId)
			.query((rs, row) -> new Invitee(new PersonId(rs.getLong("person_id")), rs.getString("email")))
			.list();
	}

	/** A person who was sent the invitation to a meeting, and the address it went to. */
	record Invitee(PersonId person, String email) {
	}

	void setMinutesState(long id, MinutesState state, Instant at) {
		jdbc.sql("update meetings_meeting set minutes_state = ?, minutes_approved = ? where id = ?")
			.params(state.name(), state == MinutesState.APPROVED ? ts(at) : null, id)
			.update();
	}

	void approvedBy(long id, PersonId by) {
		jdbc.sql("update meetings_meeting set minutes_approved_by = ? where id = ?")
			.params(by == null ? null : by.value(), id)
			.update();
	}

	/** Who attended, as last recorded with the minutes. */
	Attendance attendance(long id) {
		List<PersonId> present = new ArrayList<>();
		List<PersonId> apologies = new ArrayList<>();
		jdbc.sql("select person_id, present from meetings_attendance where meeting_id = ? order by person_id")
			.param(id)
			.query((rs, row) -> (rs.getBoolean("present") ? present : apologies).add(new PersonId(rs.getLong(1))))
			.list();
		String guests = jdbc.sql("select guests from meetings_meeting where id = ?")
			.param(id)
			.query(String.class)
			.single();
		return new Attendance(present, apologies, guests);
	}

	/**
	 * Replaces who attended: {@code present} were there, the rest of {@code listed} sent
	 * apologies.
	 */
	void recordAttendance(long id, Collection<PersonId> listed, Collection<PersonId> present, String guests) {
		jdbc.sql("delete from meetings_attendance where meeting_id = ?").param(id).update();
		if (!present.isEmpty() || !guests.isBlank()) {
			for (PersonId person : listed) {
				jdbc.sql("insert into meetings_attendance (meeting_id, person_id, present) values (?, ?, ?)")
					.params(id, person.value(), present.contains(person))
					.update();
			}
		}
		jdbc.sql("update meetings_meeting set guests = ? where id = ?").params(guests, id).update();
	}

	/**
	 * Who approved the minutes, if they were approved by someone the application knows.
	 */
	Optional<PersonId> approver(long id) {
		return jdbc
			.sql("select minutes_approved_by from meetings_meeting where id = ? and minutes_approved_by is not null")
			.param(id)
			.query(Long.class)
			.optional()
			.map(PersonId::new);
	}

	void addNote(long meetingId, MinutesNote.Kind kind, PersonId author, String text) {
		jdbc.sql("insert into meetings_minutes_note (meeting_id, kind, author, text) values (?, ?, ?, ?)")
			.params(meetingId, kind.name(), author.value(), text)
			.update();
	}

	List<MinutesNote> notes(long meetingId) {
		return jdbc.sql("select * from meetings_minutes_note where meeting_id = ? order by created_at, id")
			.param(meetingId)
			.query((rs, row) -> new MinutesNote(MinutesNote.Kind.valueOf(rs.getString("kind")),
					new PersonId(rs.getLong("author")), rs.getString("text"),
					rs.getTimestamp("created_at").toInstant()))
			.list();
	}

	long count() {
		return jdbc.sql("select count(*) from meetings_meeting").query(Long.class).single();
	}

	static Timestamp ts(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private static Meeting map(ResultSet rs, int row) throws SQLException {
		return new Meeting(rs.getLong("id"), new GroupId(rs.getLong("group_id")), rs.getString("title"),
				instant(rs, "starts_at"), instant(rs, "ends_at"), rs.getString("place"), rs.getString("online_link"),
				instant(rs, "agenda_deadline"), instant(rs, "agenda_published"), rs.getInt("sequence"),
				MinutesState.valueOf(rs.getString("minutes_state")), instant(rs, "minutes_approved"), cancellation(rs));
	}

	private static Cancellation cancellation(ResultSet rs) throws SQLException {
		Instant at = instant(rs, "cancelled_at");
		return at == null ? null
				: new Cancellation(at, new PersonId(rs.getLong("cancelled_by")), rs.getString("cancel_reason"));
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

}
