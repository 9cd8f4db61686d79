package dk.samspil.search;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import dk.samspil.groups.GroupId;
import dk.samspil.groups.ThemeId;

import org.postgresql.util.PGobject;

/**
 * What every query of the index shares: the rule of who may see an entry, the columns of
 * a hit, and the values that SQL casts.
 */
final class EntrySql {

	/**
	 * PUBLIC to anyone, MEMBERS to the signed in, GROUP to the group's members; the
	 * secretariat sees all; and an entry with readers to those who hold one of its keys.
	 * Its parameters are those of {@link SearchIndex#visibility}.
	 */
	static final String VISIBLE = """
			(e.visibility = 'PUBLIC' or (:signedIn and e.visibility = 'MEMBERS') or :secretariat
			 or (e.visibility = 'GROUP' and e.group_id = any(cast(:groups as bigint[])))
			 or e.readers && cast(:readers as text[]))""";

	static final String COLUMNS = "e.kind, e.key, e.group_id, e.title, e.themes, e.happened_at, e.url";

	private EntrySql() {
	}

	/**
	 * A value of one of PostgreSQL's types (a tsquery, an array such as {@code _int8}),
	 * in the text PostgreSQL reads it from, sent as that type. Sent as text, it would be
	 * cast again for every entry tested when PostgreSQL reuses a generic plan, as it does
	 * for a query run often: parsing the words of a query once per entry took 2 of every
	 * 5 ms that PostgreSQL spent on a search page. Sent without a type, PostgreSQL would
	 * be asked for the types of the statement, after which the driver waits for the
	 * answer to everything sent before each run of it: a round trip more per search.
	 */
	static PGobject typed(String type, String value) {
		var object = new PGobject();
		object.setType(type);
		try {
			object.setValue(value);
		}
		catch (SQLException ex) {
			throw new IllegalArgumentException(ex);
		}
		return object;
	}

	/**
	 * A moment, sent as a {@code timestamptz}: the driver sends a {@code Timestamp}
	 * without a type, with the round trip that {@link #typed} tells of.
	 */
	static OffsetDateTime moment(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	/** A PostgreSQL array literal of texts, each quoted, cast in SQL. */
	static String texts(Collection<String> values) {
		return values.stream()
			.map(value -> '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"')
			.collect(Collectors.joining(",", "{", "}"));
	}

	/** A PostgreSQL array literal of ids, such as {1,2,3}, cast in SQL. */
	static String array(Collection<Long> ids) {
		return ids.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
	}

	/** One page of hits, read one beyond the page to tell whether another follows. */
	static Results page(List<Hit> hits, int page) {
		boolean more = hits.size() > SearchQuery.PAGE_SIZE;
		return new Results(more ? hits.subList(0, SearchQuery.PAGE_SIZE) : hits, page, more);
	}

	/** A hit of the {@link #COLUMNS} and a {@code snippet}, shown as it is. */
	static Hit hit(ResultSet rs, int row) throws SQLException {
		return hit(rs, Snippet.toHtml(rs.getString("snippet")));
	}

	/** A hit of the {@link #COLUMNS} with its snippet as HTML. */
	static Hit hit(ResultSet rs, String snippet) throws SQLException {
		long group = rs.getLong("group_id");
		GroupId groupId = rs.wasNull() ? null : new GroupId(group);
		List<ThemeId> themes = Arrays.stream((Long[]) rs.getArray("themes").getArray()).map(ThemeId::new).toList();
		return new Hit(rs.getString("kind"), rs.getString("key"), groupId, rs.getString("title"), snippet, themes,
				rs.getTimestamp("happened_at").toInstant(), rs.getString("url"));
	}

}
