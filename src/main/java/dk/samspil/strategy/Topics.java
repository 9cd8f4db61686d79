package dk.samspil.strategy;

import dk.samspil.groups.GroupId;
import dk.samspil.accounts.PersonId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dk.samspil.groups.ThemeId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** The topics of the strategy processes, with what hangs on them. */
@Component
class Topics {

	private final JdbcClient jdbc;

	Topics(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Topic> find(long id) {
		return jdbc.sql("select * from strategy_topic where id = ?").param(id).query(Topics::map).optional();
	}

	/** Reads the topic with its row locked, for a change that checks its state first. */
	Optional<Topic> lock(long id) {
		return jdbc.sql("select * from strategy_topic where id = ? for update").param(id).query(Topics::map).optional();
	}

	List<Topic> ofProcess(ProcessId process) {
		return jdbc.sql("select * from strategy_topic where process_id = ? order by status, lower(title), id")
			.param(process.value())
			.query(Topics::map)
			.list();
	}

	List<Topic> findAll(List<Long> ids) {
		return ids.stream().map(this::find).flatMap(Optional::stream).toList();
	}

	long insert(ProcessId process, String title, String description, Instant at) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("insert into strategy_topic (process_id, title, description, proposed_at) values (?, ?, ?, ?)")
			.params(process.value(), title.strip(), description.strip(), Timestamp.from(at))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	void addProposer(long topic, PersonId person, GroupId group, String municipality, Instant at) {
		jdbc.sql("""
				insert into strategy_proposer (topic_id, person_id, group_id, municipality, proposed_at)
				values (?, ?, ?, ?, ?)""")
			.params(topic, person.value(), group == null ? null : group.value(), municipality, Timestamp.from(at))
			.update();
	}

	List<Topic.Proposer> proposers(long topic) {
		return jdbc.sql("select * from strategy_proposer where topic_id = ? order by proposed_at, id")
			.param(topic)
			.query((rs, row) -> {
				Long group = (Long) rs.getObject("group_id");
				return new Topic.Proposer(new PersonId(rs.getLong("person_id")),
						group == null ? null : new GroupId(group), rs.getString("municipality"),
						rs.getTimestamp("proposed_at").toInstant());
			})
			.list();
	}

	void setThemes(long topic, List<ThemeId> themes) {
		jdbc.sql("delete from strategy_topic_theme where topic_id = ?").param(topic).update();
		themes.stream()
			.distinct()
			.forEach(theme -> jdbc
				.sql("insert into strategy_topic_theme (topic_id, theme_id) values (?, ?) on conflict do nothing")
				.params(topic, theme.value())
				.update());
	}

	List<ThemeId> themes(long topic) {
		return jdbc.sql("select theme_id from strategy_topic_theme where topic_id = ? order by theme_id")
			.param(topic)
			.query((rs, row) -> new ThemeId(rs.getLong(1)))
			.list();
	}

	void setLinks(long topic, List<Topic.Link> links) {
		jdbc.sql("delete from strategy_topic_link where topic_id = ?").param(topic).update();
		for (int i = 0; i < links.size(); i++) {
			jdbc.sql("insert into strategy_topic_link (topic_id, position, label, url) values (?, ?, ?, ?)")
				.params(topic, i, links.get(i).label(), links.get(i).url())
				.update();
		}
	}

	List<Topic.Link> links(long topic) {
		return jdbc.sql("select label, url from strategy_topic_link where topic_id = ? order by position")
			.param(topic)
			.query((rs, row) -> new Topic.Link(rs.getString(1), rs.getString(2)))
			.list();
	}

	long addComment(long topic, PersonId author, String body, Instant at) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("insert into strategy_comment (topic_id, author, body, written_at) values (?, ?, ?, ?)")
			.params(topic, author.value(), body.strip(), Timestamp.from(at))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	List<Topic.Comment> comments(long topic) {
		return jdbc.sql("select * from strategy_comment where topic_id = ? order by written_at, id")
			.param(topic)
			.query(Topics::comment)
			.list();
	}

	/** One page of a topic's comments, in the order they were written. */
	List<Topic.Comment> comments(long topic, int offset, int limit) {
		return jdbc.sql("select * from strategy_comment where topic_id = ? order by written_at, id offset ? limit ?")
			.params(topic, offset, limit)
			.query(Topics::comment)
			.list();
	}

	int commentCount(long topic) {
		return jdbc.sql("select count(*) from strategy_comment where topic_id = ?")
			.param(topic)
			.query(Integer.class)
			.single();
	}

	/** The topic's newest comment. */
	Optional<Topic.Comment> latestComment(long topic) {
		return jdbc.sql("select * from strategy_comment where topic_id = ? order by written_at desc, id desc limit 1")
			.param(topic)
			.query(Topics::comment)
			.optional();
	}

	Optional<Topic.Comment> comment(long id) {
		return jdbc.sql("select * from strategy_comment where id = ?").param(id).query(Topics::comment).optional();
	}

	/**
	 * Where a comment is: its topic, and how many of the topic's comments come before it.
	 */
	record CommentPlace(long topic, int before) {
	}

	Optional<CommentPlace> place(long comment) {
		return jdbc.sql("""
				select c.topic_id, (select count(*) from strategy_comment e where e.topic_id = c.topic_id
				  and (e.written_at, e.id) < (c.written_at, c.id)) as before
				from strategy_comment c where c.id = ?""")
			.param(comment)
			.query((rs, row) -> new CommentPlace(rs.getLong(1), rs.getInt(2)))
			.optional();
	}

	private static Topic.Comment comment(ResultSet rs, int row) throws SQLException {
		return new Topic.Comment(rs.getLong("id"), new PersonId(rs.getLong("author")), rs.getString("body"),
				rs.getTimestamp("written_at").toInstant(), (Long) rs.getObject("moved_from"));
	}

	/**
	 * Endorses on behalf of a municipality; false when the municipality already stands
	 * behind the topic.
	 */
	boolean endorse(long topic, String municipality, PersonId person, Instant at) {
		return jdbc.sql("""
				insert into strategy_endorsement (topic_id, municipality, person_id, endorsed_at) values (?, ?, ?, ?)
				on conflict do nothing""")
			.params(topic, municipality, person.value(), Timestamp.from(at))
			.update() == 1;
	}

	boolean withdraw(long topic, String municipality) {
		return jdbc.sql("delete from strategy_endorsement where topic_id = ? and municipality = ?")
			.params(topic, municipality)
			.update() == 1;
	}

	List<Topic.Endorsement> endorsements(long topic) {
		return jdbc.sql("select * from strategy_endorsement where topic_id = ? order by endorsed_at, municipality")
			.param(topic)
			.query((rs, row) -> new Topic.Endorsement(rs.getString("municipality"),
					new PersonId(rs.getLong("person_id")), rs.getTimestamp("endorsed_at").toInstant()))
			.list();
	}

	/**
	 * How many municipalities endorse and how many comments each topic of a process has.
	 */
	Map<Long, int[]> counts(ProcessId process) {
		Map<Long, int[]> counts = new HashMap<>();
		jdbc.sql("""
				select t.id,
				  (select count(*) from strategy_endorsement e where e.topic_id = t.id) as endorsements,
				  (select count(*) from strategy_comment c where c.topic_id = t.id) as comments
				from strategy_topic t where t.process_id = ?""").param(process.value()).query(rs -> {
			counts.put(rs.getLong(1), new int[] { rs.getInt(2), rs.getInt(3) });
		});
		return counts;
	}

	/**
	 * Merges {@code from} into {@code into}: its proposers, comments, themes and links go
	 * to the survivor, and its endorsements too unless the same municipality already
	 * endorses the survivor.
	 */
	void merge(long from, long into, PersonId by, Instant at) {
		jdbc.sql("update strategy_proposer set topic_id = ? where topic_id = ?").params(into, from).update();
		jdbc.sql("update strategy_comment set topic_id = ?, moved_from = coalesce(moved_from, ?) where topic_id = ?")
			.params(into, from, from)
			.update();
		jdbc.sql("""
				insert into strategy_endorsement (topic_id, municipality, person_id, endorsed_at)
				select ?, municipality, person_id, endorsed_at from strategy_endorsement where topic_id = ?
				on conflict do nothing""").params(into, from).update();
		jdbc.sql("delete from strategy_endorsement where topic_id = ?").param(from).update();
		jdbc.sql("""
				insert into strategy_topic_theme (topic_id, theme_id)
				select ?, theme_id from strategy_topic_theme where topic_id = ? on conflict do nothing""")
			.params(into, from)
			.update();
		jdbc.sql(
				"""
						insert into strategy_topic_link (topic_id, position, label, url)
						select ?, (select coalesce(max(position), -1) from strategy_topic_link where topic_id = ?) + 1 + position,
						  label, url
						from strategy_topic_link where topic_id = ?""")
			.params(into, into, from)
			.update();
		jdbc.sql("""
				update strategy_topic set status = ?, merged_into = ?, closed_by = ?, closed_at = ?
				where id = ? and status = ?""")
			.params(TopicStatus.MERGED.name(), into, by.value(), Timestamp.from(at), from, TopicStatus.OPEN.name())
			.update();
	}

	void retire(long id, PersonId by, Instant at) {
		jdbc.sql("""
				update strategy_topic set status = ?, closed_by = ?, closed_at = ?
				where id = ? and status = ?""")
			.params(TopicStatus.RETIRED.name(), by.value(), Timestamp.from(at), id, TopicStatus.OPEN.name())
			.update();
	}

	private static Topic map(ResultSet rs, int row) throws SQLException {
		Long merged = (Long) rs.getObject("merged_into");
		return new Topic(new TopicId(rs.getLong("id")), new ProcessId(rs.getLong("process_id")), rs.getString("title"),
				rs.getString("description"), TopicStatus.valueOf(rs.getString("status")),
				merged == null ? null : new TopicId(merged), rs.getTimestamp("proposed_at").toInstant());
	}

}
