package dk.samspil.search;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dk.samspil.time.DanishTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import static dk.samspil.search.EntrySql.COLUMNS;
import static dk.samspil.search.EntrySql.VISIBLE;
import static dk.samspil.search.EntrySql.hit;
import static dk.samspil.search.EntrySql.moment;
import static dk.samspil.search.EntrySql.typed;

/**
 * The search by words: the newest matches a viewer may see, ranked, each with a snippet
 * of where its words stand.
 */
@Component
class RankedSearch {

	/** The same columns of the ranked hits, whose text is not sent. */
	private static final String RANKED_COLUMNS = COLUMNS.replace("e.", "r.");

	/**
	 * A text longer than this many bytes has its snippet taken from the part that begins
	 * just before the first word in it that starts with one of the query's words: a
	 * document of 45,000 characters would be sent whole, and every word of it read for a
	 * snippet of sixty. A text no longer than this is sent whole, and a long text whose
	 * words match none of the query's (a query of negated words only, or a match in the
	 * title) gives the part at its start.
	 * <p>
	 * When a word of a query of several stands nowhere in that part (the words stand far
	 * apart), a second part begins just before the first place it does stand
	 * ({@link SearchWords.Forms#nearEach}), so that the snippet shows each. Looking for
	 * it reads the text up to there, or all of it when the word stands only in the title
	 * (0.25 ms for 45,000 characters), but only for such a text. When the parts show none
	 * of the query's words after all, as when the word they were placed by is another
	 * that starts with the same letters ("vandrer" for "vand"), the snippet is the first
	 * part's first words without marks ({@link Snippets#html}), which show that word. The
	 * whole text is no longer read for a better one: the database cannot tell that case
	 * from the others without stemming the words itself, and looking further for every
	 * long hit would read the rest of a text whose word stands only once, the cost the
	 * part avoids.
	 * <p>
	 * The word is found by the first match of {@link SearchWords#near}
	 * ({@code substring}), and then where that match stands ({@code strpos}):
	 * {@code regexp_instr} finds every match in the text before it answers, 4 ms for a
	 * report of 45,000 characters that uses a common word often. {@code strpos} finds the
	 * first place the matched letters stand at, which is the match itself unless they
	 * stand inside a word before it; the part then starts earlier, and shows the query's
	 * words or its first words.
	 */
	static final int SNIPPET_WHOLE = 1_000;

	/** The part a long text's snippet is taken from: its characters before the word... */
	static final int SNIPPET_BEFORE = 100;

	/**
	 * ...and in all: room for the snippet's two fragments of at most 30 words (about 400
	 * characters) after the word. Every word of the part is read for the snippet, and a
	 * page of hits takes twenty; so a text is sent whole only when it is no longer than a
	 * part ({@link #SNIPPET_WHOLE}).
	 */
	static final int SNIPPET_PART = 1_000;

	/** How many of the newest matches are ranked; ten pages of results. */
	static final int CANDIDATES = 200;

	/**
	 * How far back the newest matches are looked for first; when fewer than
	 * {@link #CANDIDATES} are found, further, and at last everywhere.
	 */
	static final List<Duration> RECENT = List.of(Duration.ofDays(30), Duration.ofDays(365));

	private final JdbcClient jdbc;

	private final SearchWords words;

	private final Clock clock;

	RankedSearch(JdbcClient jdbc, SearchWords words, Clock clock) {
		this.jdbc = jdbc;
		this.words = words;
		this.clock = clock;
	}

	/**
	 * Ranked hits for the words, Danish and English, with highlighted snippets; an empty
	 * query finds nothing. Only the newest {@link #CANDIDATES} matches the viewer may see
	 * are ranked: a common word matches tens of thousands of entries, and ranking them
	 * all (reading every one's vector) was most of a search's time, while a person
	 * looking for a common word looks for what is current. They are ranked by the words
	 * as typed, so an entry with the word itself comes before one that only holds it in a
	 * compound; the compounds are matched and highlighted.
	 * @param visibility the parameters of {@link EntrySql#VISIBLE} for the viewer
	 */
	Results search(SearchQuery query, Map<String, Object> visibility) {
		if (query.isBlank() || query.page() >= CANDIDATES / SearchQuery.PAGE_SIZE) {
			return new Results(List.of(), query.page(), false);
		}
		SearchWords.Forms forms = words.forms(query.text());
		String tsquery = forms.tsquery();
		if (tsquery.isEmpty()) {
			return new Results(List.of(), 0, false);
		}
		Map<String, Object> params = new HashMap<>(visibility);
		params.put("query", typed("tsquery", tsquery));
		params.put("words", typed("tsquery", forms.asTyped()));
		params.put("near", forms.near());
		params.put("apart", typed("_text", EntrySql.texts(forms.nearEach())));
		params.put("whole", SNIPPET_WHOLE);
		params.put("before", SNIPPET_BEFORE);
		params.put("part", SNIPPET_PART);
		params.put("candidates", CANDIDATES);
		params.put("limit", SearchQuery.PAGE_SIZE);
		params.put("offset", query.page() * SearchQuery.PAGE_SIZE);
		boolean dated = query.from() != null || query.to() != null;
		Duration searched = null;
		int found = 0;
		for (Duration window : dated ? List.<Duration>of() : RECENT) {
			// a window that would find too few at the rate of the last one is skipped
			if (searched != null && found * window.toDays() < (long) CANDIDATES * searched.toDays()) {
				continue;
			}
			Ranked ranked = ranked(query, params, clock.instant().minus(window), forms.snippets());
			if (ranked.matches() >= CANDIDATES || ranked.everything()) {
				return ranked.page(query.page());
			}
			searched = window;
			found = ranked.matches();
		}
		return ranked(query, params, null, forms.snippets()).page(query.page());
	}

	/**
	 * The hits of one page, how many matches there were to rank, and whether the index
	 * holds nothing older than the time searched since, so that searching further would
	 * find the same: an index of a few months.
	 */
	private record Ranked(List<Hit> hits, int matches, boolean everything) {

		/**
		 * The hits of a page, and whether another follows: every match ranked is on a
		 * page, so no hit beyond the page is read (and given a snippet) to tell.
		 */
		Results page(int page) {
			return new Results(hits, page, (page + 1) * SearchQuery.PAGE_SIZE < matches);
		}

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
	private Ranked ranked(SearchQuery query, Map<String, Object> params, Instant since, Snippets snippets) {
		var sql = new StringBuilder("""
				with q as (select cast(:words as tsquery) as words),
				matches as materialized (
				  select e.ctid as row, e.happened_at from search_entry e
				  where e.document @@ cast(:query as tsquery) and %s""".formatted(VISIBLE));
		if (since != null) {
			sql.append(" and e.happened_at >= :since");
			params.put("since", moment(since));
		}
		filters(query, sql, params);
		// A hit's text is not sent whole (a document's is tens of thousands of
		// characters): the parts its snippet is made from, and where they start.
		sql.append(
				"""
						),
						newest as materialized (select row, happened_at from matches order by happened_at desc limit :candidates),
						ranked as (
						  select %s, e.body, ts_rank_cd(e.document, q.words) as rank
						  from newest n join search_entry e on e.ctid = n.row, q
						  order by rank desc, e.happened_at desc limit :limit offset :offset)
						select c.n as matches, %s as everything, %s,
						  coalesce(p.part, r.body) as snippet, w.start as snippet_from,
						  substr(r.body, a.start, :part) as apart, a.start as apart_from
						from (select count(*) as n from newest) c left join ranked r on true,
						  lateral (select case when octet_length(r.body) > :whole then greatest(1,
						    coalesce(strpos(r.body, substring(r.body from cast(:near as text))), 0) - :before) end as start offset 0) w,
						  lateral (select substr(r.body, w.start, :part) as part offset 0) p,
						  lateral (select case when x.at > 0 then greatest(1, x.at - :before) end as start
						    from (select (select s.at from (select strpos(r.body, substring(r.body from e.near)) as at, e.n
						      from unnest(cast(:apart as text[])) with ordinality e(near, n)
						      where p.part !~ e.near) s where s.at > 0 order by s.n limit 1) as at) x offset 0) a
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
				hits.add(hit(rs, snippets.html(part(rs, "snippet"), part(rs, "apart"))));
			}
		});
		return new Ranked(hits, matches[0], everything[0]);
	}

	/** The text of a snippet, or of its second part: null when it has none. */
	private static Snippets.Part part(ResultSet rs, String column) throws SQLException {
		String text = rs.getString(column);
		int from = rs.getInt(column + "_from");
		boolean cut = !rs.wasNull();
		return text == null ? null : new Snippets.Part(text, cut && from > 1, cut && text.length() >= SNIPPET_PART);
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
			params.put("from", query.from().atStartOfDay(DanishTime.ZONE).toOffsetDateTime());
		}
		if (query.to() != null) {
			sql.append(" and e.happened_at < :to");
			params.put("to", query.to().plusDays(1).atStartOfDay(DanishTime.ZONE).toOffsetDateTime());
		}
	}

}
