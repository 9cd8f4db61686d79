package dk.samspil.search;

import java.sql.Timestamp;
import java.sql.Types;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import dk.samspil.groups.Theme;
import dk.samspil.groups.ThemeId;
import dk.samspil.groups.ThemeRenamed;
import dk.samspil.groups.Themes;
import dk.samspil.groups.ThemesMerged;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code search_entry} in step with what the modules publish. It is the only writer
 * of the index; events are stored with the publishing transaction and retried, so the
 * index catches up after a failure.
 */
@Component
class SearchIndexer {

	/**
	 * The characters of a text that are indexed, at most: PostgreSQL refuses a word
	 * vector over 1 MB, and 200,000 characters of words that each stand once (the worst
	 * case) make half of that. An entry it refused would be retried every minute and
	 * never be found; a text of natural language stays far below, and longer texts (a
	 * plan section of over 30 pages) are found by their first 200,000 characters.
	 */
	static final int MAX_TEXT = 200_000;

	private final JdbcClient jdbc;

	private final Themes themes;

	private final SearchWords words;

	SearchIndexer(JdbcClient jdbc, Themes themes, SearchWords words) {
		this.jdbc = jdbc;
		this.themes = themes;
		this.words = words;
	}

	/**
	 * Listeners run in parallel, so two changes in quick succession may arrive out of
	 * order: the later one wins.
	 */
	@ApplicationModuleListener
	void on(SearchEntry entry) {
		jdbc.sql(
				"""
						insert into search_entry (kind, key, group_id, visibility, title, body, themes, tags, happened_at, url, changed_at, readers)
						values (:kind, :key, :group, :visibility, :title, :body, cast(:themes as bigint[]), :tags, :date, :url, :changed,
						  cast(:readers as text[]))
						on conflict (kind, key) do update set group_id = excluded.group_id, visibility = excluded.visibility,
						  readers = excluded.readers,
						  title = excluded.title, body = excluded.body, themes = excluded.themes, tags = excluded.tags,
						  happened_at = excluded.happened_at, url = excluded.url, changed_at = excluded.changed_at,
						  indexed_at = now()
						where search_entry.changed_at <= excluded.changed_at""")
			.param("kind", entry.kind())
			.param("key", entry.key())
			.param("group", entry.group() == null ? null : entry.group().value(), Types.BIGINT)
			.param("visibility", entry.visibility().name())
			.param("title", Snippet.clean(entry.title()))
			.param("body", indexed(Snippet.clean(entry.text())))
			.param("themes", EntrySql.array(entry.themes().stream().map(ThemeId::value).toList()))
			.param("tags", tags(entry.themes()))
			.param("date", Timestamp.from(entry.date()))
			.param("url", entry.url())
			.param("changed", Timestamp.from(entry.changedAt()))
			.param("readers", EntrySql.texts(entry.readers()))
			.update();
		words.learn(entry.kind(), entry.key());
	}

	/**
	 * The text's first {@link #MAX_TEXT} characters, never half a character.
	 */
	static String indexed(String text) {
		if (text == null || text.length() <= MAX_TEXT) {
			return text;
		}
		return text.substring(0, Character.isHighSurrogate(text.charAt(MAX_TEXT - 1)) ? MAX_TEXT - 1 : MAX_TEXT);
	}

	/** The names of the themes, as the text they add to an entry. */
	private String tags(List<ThemeId> ids) {
		return themes.findAll(ids).stream().map(Theme::name).collect(Collectors.joining(", "));
	}

	/** A renamed theme is found by its new name. */
	@ApplicationModuleListener
	void on(ThemeRenamed renamed) {
		retag(renamed.theme());
	}

	/**
	 * Entries tagged before their themes counted as text (or since renamed) get their
	 * themes' names.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void tagUntagged() {
		jdbc.sql("select distinct unnest(themes) from search_entry where tags = '' and cardinality(themes) > 0")
			.query(Long.class)
			.list()
			.forEach(theme -> retag(new ThemeId(theme)));
	}

	private void retag(ThemeId theme) {
		jdbc.sql("select kind, key, themes from search_entry where themes @> array[:theme]::bigint[]")
			.param("theme", theme.value())
			.query((rs, row) -> {
				List<ThemeId> ids = Arrays.stream((Long[]) rs.getArray("themes").getArray()).map(ThemeId::new).toList();
				return new String[] { rs.getString("kind"), rs.getString("key"), tags(ids) };
			})
			.list()
			.forEach(entry -> {
				jdbc.sql("update search_entry set tags = :tags where kind = :kind and key = :key")
					.param("tags", entry[2])
					.param("kind", entry[0])
					.param("key", entry[1])
					.update();
				words.learn(entry[0], entry[1]);
			});
	}

	@ApplicationModuleListener
	void on(SearchEntryRemoved removed) {
		jdbc.sql("delete from search_entry where kind = ? and key = ?").params(removed.kind(), removed.key()).update();
	}

	/** What was tagged with the merged theme is found under the theme it became, once. */
	@ApplicationModuleListener
	void on(ThemesMerged merged) {
		jdbc.sql("""
				update search_entry
				set themes = array(select distinct t from unnest(array_replace(themes, :from, :into)) t order by t)
				where themes @> array[:from]::bigint[]""")
			.param("from", merged.from().value())
			.param("into", merged.into().value())
			.update();
		retag(merged.into());
	}

}
