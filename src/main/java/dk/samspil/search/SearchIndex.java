package dk.samspil.search;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dk.samspil.accounts.SignedInUser;
import dk.samspil.groups.GroupDirectory;
import dk.samspil.groups.GroupId;
import dk.samspil.groups.ThemeId;
import dk.samspil.time.DanishTime;

import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The search over everything the modules publish. Every query applies the viewer's
 * visibility in SQL, so nobody ever sees a hit, a count or a snippet of something they
 * may not open.
 */
@Component
public class SearchIndex {

	/**
	 * PUBLIC to anyone, MEMBERS to the signed in, GROUP to the group's members; the
	 * secretariat sees all; and an entry with readers to those who hold one of its keys.
	 */
	private static final String VISIBLE = """
			(e.visibility = 'PUBLIC' or (:signedIn and e.visibility = 'MEMBERS') or :secretariat
			 or (e.visibility = 'GROUP' and e.group_id = any(cast(:groups as bigint[])))
			 or e.readers && cast(:readers as text[]))""";

	private static final String COLUMNS = "e.kind, e.key, e.group_id, e.title, e.themes, e.happened_at, e.url";

	/** The same columns of the ranked hits, whose text is not sent. */
	private static final String RANKED_COLUMNS = COLUMNS.replace("e.", "r.");

	/**
	 * A text longer than this many bytes has its snippet taken from the part that begins
	 * just before the first word in it that starts with one of the query's words:
	 * PostgreSQL's snippet reads and stems every word of the text it is given, about 5 ms
	 * for a document of 45,000 characters. When that part shows none of the query (its
	 * words stand far apart), the whole text is read as before.
	 * <p>
	 * The word is found by the first match of {@link SearchWords#near}
	 * ({@code substring}), and then where that match stands ({@code strpos}):
	 * {@code regexp_instr} finds every match in the text before it answers, 4 ms for a
	 * report of 45,000 characters that uses a common word often. {@code strpos} finds the
	 * first place the matched letters stand at, which is the match itself unless they
	 * stand inside a word before it; the part then starts earlier, and shows the query's
	 * words or is read whole.
	 */
	static final int SNIPPET_WHOLE = 3_000;

	/** The part a long text's snippet is taken from: its characters before the word... */
	static final int SNIPPET_BEFORE = 100;

	/** ...and in all. */
	static final int SNIPPET_PART = 3_000;

	/** How many of the newest matches are ranked; ten pages of results. */
	static final int CANDIDATES = 200;

	/**
	 * How far back the newest matches are looked for first; when fewer than
	 * {@link #CANDIDATES} are found, further, and at last everywhere.
	 */
	static final List<Duration> RECENT = List.of(Duration.ofDays(30), Duration.ofDays(365));

	private final JdbcClient jdbc;

	private final GroupDirectory groups;

	private final SearchWords words;

	private final List<Readers> readers;

	private final Clock clock;

	SearchIndex(JdbcClient jdbc, GroupDirectory groups, List<Readers> readers, SearchWords words, Clock clock) {
		this.jdbc = jdbc;
		this.groups = groups;
		this.words = words;
		this.readers = List.copyOf(readers);
		this.clock = clock;
	}

	/**
	 * The viewer a signed-in person is (with their groups), or an anonymous visitor for
	 * null.
	 */
	public Viewer viewer(SignedInUser user) {
		if (user == null) {
			return Viewer.anonymous();
		}
		return new Viewer(user.personId(), user.isSecretariat(), Set.copyOf(groups.groupsOf(user.personId())));
	}

	/**
	 * Ranked hits for the words, Danish and English, with highlighted snippets; an empty
	 * query finds nothing. Only the newest {@link #CANDIDATES} matches the viewer may see
	 * are ranked: a common word matches tens of thousands of entries, and ranking them
	 * all (reading every one's vector) was most of a search's time, while a person
	 * looking for a common word looks for what is current. They are ranked by the words
	 * as typed, so an entry with the word itself comes before one that only holds it in a
	 * compound; the compounds are matched and highlighted.
	 */
	public Results search(SearchQuery query, Viewer viewer) {
		if (query.isBlank() || query.page() >= CANDIDATES / SearchQuery.PAGE_SIZE) {
			return new Results(List.of(), query.page(), false);
		}
		SearchWords.Forms forms = words.forms(query.text());
		String tsquery = forms.tsquery();
		if (tsquery.isEmpty()) {
			return new Results(List.of(), 0, false);
		}
		Map<String, Object> params = new HashMap<>(visibility(viewer));
		params.put("query", typed(tsquery));
		params.put("text", query.text().replace('\u0000', ' '));
		params.put("near", forms.near());
		params.put("whole", SNIPPET_WHOLE);
		params.put("before", SNIPPET_BEFORE);
		params.put("part", SNIPPET_PART);
		params.put("candidates", CANDIDATES);
		params.put("limit", SearchQuery.PAGE_SIZE + 1);
		params.put("offset", query.page() * SearchQuery.PAGE_SIZE);
		boolean dated = query.from() != null || query.to() != null;
		Duration searched = null;
		int found = 0;
		for (Duration window : dated ? List.<Duration>of() : RECENT) {
			// a window that would find too few at the rate of the last one is skipped
			if (searched != null && found * window.toDays() < (long) CANDIDATES * searched.toDays()) {
				continue;
			}
			Ranked ranked = ranked(query, params, clock.instant().minus(window));
			if (ranked.matches() >= CANDIDATES || ranked.everything()) {
				return page(ranked.hits(), query.page());
			}
			searched = window;
			found = ranked.matches();
		}
		return page(ranked(query, params, null).hits(), query.page());
	}

	/**
	 * The hits of one page, how many matches there were to rank, and whether the index
	 * holds nothing older than the time searched since, so that searching further would
	 * find the same: an index of a few months.
	 */
	private record Ranked(List<Hit> hits, int matches, boolean everything) {
	}

	/**
	 * Ranks the newest matches (since a time, or of all time when null). They are taken
	 * from the index, never by reading entries newest first and testing each:
	 * PostgreSQL's estimates of how many entries a query of many words matches are rough,
	 * and a rare combination of common words read tens of thousands of entries that way.
	 * Matches since a time are found by the index on the words and the date together, so
	 * a common word costs what its recent matches do (for a short time PostgreSQL may
	 * rather test the few entries of that time), not all of them.
	 */
	private Ranked ranked(SearchQuery query, Map<String, Object> params, Instant since) {
		var sql = new StringBuilder(
				"""
						with q as (select cast(:query as tsquery) as query,
						  websearch_to_tsquery('danish', :text) || websearch_to_tsquery('english', :text) as words,
						  'StartSel=' || chr(2) || ', StopSel=' || chr(3) || ', MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "' as snippet),
						matches as materialized (
						  select e.ctid as row, e.happened_at from search_entry e
						  where e.document @@ cast(:query as tsquery) and %s"""
					.formatted(VISIBLE));
		if (since != null) {
			sql.append(" and e.happened_at >= :since");
			params.put("since", Timestamp.from(since));
		}
		filters(query, sql, params);
		// A hit's text is not sent: it is read in PostgreSQL for its snippet only, and a
		// document's is tens of thousands of characters.
		sql.append(
				"""
						),
						newest as materialized (select row, happened_at from matches order by happened_at desc limit :candidates),
						ranked as (
						  select %s, e.body, ts_rank_cd(e.document, q.words) as rank
						  from newest n join search_entry e on e.ctid = n.row, q
						  order by rank desc, e.happened_at desc limit :limit offset :offset)
						select c.n as matches, %s as everything, %s,
						  case when w.at > 0 and strpos(h.snippet, chr(2)) = 0 then ts_headline('danish', r.body, q.query, q.snippet)
						  else h.snippet end as snippet
						from (select count(*) as n from newest) c left join ranked r on true, q,
						  lateral (select case when octet_length(r.body) > :whole and cast(:near as text) is not null
						    then coalesce(strpos(r.body, substring(r.body from cast(:near as text))), 0) end as at offset 0) w,
						  lateral (select ts_headline('danish', case when w.at is null then r.body
						    else substr(r.body, greatest(1, w.at - :before), :part) end, q.query, q.snippet) as snippet offset 0) h
						order by r.rank desc, r.happened_at desc"""
					.formatted(COLUMNS,
							since == null ? "true"
									: "not exists (select 1 from search_entry o where o.happened_at < :since)",
							RANKED_COLUMNS));
		List<Hit> hits = new ArrayList<>();
		int[] matches = { 0 };
		boolean[] everything = { false };
		jdbc.sql(sql.toString()).params(params).query(rs -> {
			matches[0] = rs.getInt("matches");
			everything[0] = rs.getBoolean("everything");
			if (rs.getString("kind") != null) {
				hits.add(hit(rs, hits.size()));
			}
		});
		return new Ranked(hits, matches[0], everything[0]);
	}

	/**
	 * Whether the index holds any entry of the kind, for a module that indexes what it
	 * wrote before its kind was searchable.
	 */
	public boolean holdsAny(String kind) {
		return jdbc.sql("select exists (select 1 from search_entry where kind = ?)")
			.param(kind)
			.query(Boolean.class)
			.single();
	}

	/**
	 * What was added or changed last in the viewer's groups: new to them, whatever date
	 * the content itself bears.
	 */
	public List<Hit> recent(Viewer viewer, int limit) {
		return jdbc.sql(
				"select %s, left(e.body, 240) as snippet from search_entry e where e.group_id = any(cast(:mine as bigint[])) and %s order by e.indexed_at desc, e.happened_at desc limit :limit"
					.formatted(COLUMNS, VISIBLE))
			.params(visibility(viewer))
			.param("mine", typed(array(viewer.groups().stream().map(GroupId::value).toList())))
			.param("limit", limit)
			.query(SearchIndex::hit)
			.list();
	}

	/**
	 * Everything tagged with a theme across all groups that the viewer may see, newest
	 * first.
	 */
	public Results tagged(ThemeId theme, Viewer viewer, int page) {
		List<Hit> hits = jdbc.sql(
				"select %s, left(e.body, 240) as snippet from search_entry e where e.themes @> array[:theme]::bigint[] and %s order by e.happened_at desc limit :limit offset :offset"
					.formatted(COLUMNS, VISIBLE))
			.params(visibility(viewer))
			.param("theme", theme.value())
			.param("limit", SearchQuery.PAGE_SIZE + 1)
			.param("offset", (long) Math.max(0, page) * SearchQuery.PAGE_SIZE)
			.query(SearchIndex::hit)
			.list();
		return page(hits, Math.max(0, page));
	}

	/** How many entries the viewer may see per theme. */
	public Map<ThemeId, Long> countsByTheme(Viewer viewer) {
		return jdbc
			.sql("select t, count(*) as n from search_entry e, unnest(e.themes) t where %s group by t"
				.formatted(VISIBLE))
			.params(visibility(viewer))
			.query((rs, row) -> Map.entry(new ThemeId(rs.getLong("t")), rs.getLong("n")))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	private static void filters(SearchQuery query, StringBuilder sql, Map<String, Object> params) {
		if (query.group() != null) {
			sql.append(" and e.group_id = :group");
			params.put("group", query.group().value());
		}
		if (query.theme() != null) {
			sql.append(" and e.themes @> array[:theme]::bigint[]");
			params.put("theme", query.theme().value());
		}
		if (query.kind() != null) {
			sql.append(" and e.kind = :kind");
			params.put("kind", query.kind());
		}
		if (query.from() != null) {
			sql.append(" and e.happened_at >= :from");
			params.put("from", Timestamp.from(query.from().atStartOfDay(DanishTime.ZONE).toInstant()));
		}
		if (query.to() != null) {
			sql.append(" and e.happened_at < :to");
			params.put("to", Timestamp.from(query.to().plusDays(1).atStartOfDay(DanishTime.ZONE).toInstant()));
		}
	}

	private Map<String, Object> visibility(Viewer viewer) {
		return Map.of("signedIn", viewer.signedIn(), "secretariat", viewer.secretariat(), "groups",
				typed(array(viewer.groups().stream().map(GroupId::value).toList())), "readers", typed(keys(viewer)));
	}

	/**
	 * A value the query casts to a type of PostgreSQL's (a tsquery, an array), sent
	 * without a type of its own, so that it is read once as the type it is cast to. Sent
	 * as text, it would be cast again for every entry tested when PostgreSQL reuses a
	 * generic plan, as it does for a query run often: parsing the words of a query once
	 * per entry took 2 of every 5 ms that PostgreSQL spent on a search page.
	 */
	private static SqlParameterValue typed(String value) {
		return new SqlParameterValue(Types.OTHER, value);
	}

	/**
	 * The keys the modules grant the viewer, as a PostgreSQL text array literal; none to
	 * a visitor, and none needed by the secretariat, which sees everything.
	 */
	private String keys(Viewer viewer) {
		if (!viewer.signedIn() || viewer.secretariat()) {
			return "{}";
		}
		return texts(readers.stream().flatMap(module -> module.keysOf(viewer.person()).stream()).distinct().toList());
	}

	/** A PostgreSQL array literal of texts, each quoted, cast in SQL. */
	static String texts(Collection<String> values) {
		return values.stream()
			.map(value -> '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"')
			.collect(Collectors.joining(",", "{", "}"));
	}

	private static Results page(List<Hit> hits, int page) {
		boolean more = hits.size() > SearchQuery.PAGE_SIZE;
		return new Results(more ? hits.subList(0, SearchQuery.PAGE_SIZE) : hits, page, more);
	}

	/** A PostgreSQL array literal of ids, such as {1,2,3}, cast in SQL. */
	static String array(Collection<Long> ids) {
		return ids.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
	}

	private static Hit hit(ResultSet rs, int row) throws SQLException {
		long group = rs.getLong("group_id");
		GroupId groupId = rs.wasNull() ? null : new GroupId(group);
		List<ThemeId> themes = Arrays.stream((Long[]) rs.getArray("themes").getArray()).map(ThemeId::new).toList();
		return new Hit(rs.getString("kind"), rs.getString("key"), groupId, rs.getString("title"),
				Snippet.toHtml(rs.getString("snippet")), themes, rs.getTimestamp("happened_at").toInstant(),
				rs.getString("url"));
	}

}
