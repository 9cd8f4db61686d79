package dk.samspil.search;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dk.samspil.accounts.SignedInUser;
import dk.samspil.groups.GroupDirectory;
import dk.samspil.groups.GroupId;
import dk.samspil.groups.ThemeId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import static dk.samspil.search.EntrySql.COLUMNS;
import static dk.samspil.search.EntrySql.VISIBLE;
import static dk.samspil.search.EntrySql.array;
import static dk.samspil.search.EntrySql.page;
import static dk.samspil.search.EntrySql.texts;
import static dk.samspil.search.EntrySql.typed;

/**
 * The search over everything the modules publish. Every query applies the viewer's
 * visibility in SQL, so nobody ever sees a hit, a count or a snippet of something they
 * may not open.
 */
@Component
public class SearchIndex {

	private final JdbcClient jdbc;

	private final GroupDirectory groups;

	private final List<Readers> readers;

	private final RankedSearch ranked;

	SearchIndex(JdbcClient jdbc, GroupDirectory groups, List<Readers> readers, RankedSearch ranked) {
		this.jdbc = jdbc;
		this.groups = groups;
		this.readers = List.copyOf(readers);
		this.ranked = ranked;
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
	 * query finds nothing (see {@link RankedSearch}).
	 */
	public Results search(SearchQuery query, Viewer viewer) {
		return ranked.search(query, visibility(viewer));
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
				"select %s, left(e.body, 240) as snippet from search_entry e where e.group_id = any(cast(:groups as bigint[])) and %s order by e.indexed_at desc, e.happened_at desc limit :limit"
					.formatted(COLUMNS, VISIBLE))
			.params(visibility(viewer))
			.param("limit", limit)
			.query(EntrySql::hit)
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
			.query(EntrySql::hit)
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

	/** The parameters of {@link EntrySql#VISIBLE} for the viewer. */
	private Map<String, Object> visibility(Viewer viewer) {
		return Map.of("signedIn", viewer.signedIn(), "secretariat", viewer.secretariat(), "groups",
				typed("_int8", array(viewer.groups().stream().map(GroupId::value).toList())), "readers",
				typed("_text", keys(viewer)));
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

}
