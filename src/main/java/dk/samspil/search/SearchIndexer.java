package dk.samspil.search;

import java.sql.Timestamp;

import dk.samspil.groups.ThemeId;
import dk.samspil.groups.ThemesMerged;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code search_entry} in step with what the modules publish. It is the only writer of the index; events are
 * stored with the publishing transaction and retried, so the index catches up after a failure.
 */
@Component
class SearchIndexer {

	private final JdbcClient jdbc;

	SearchIndexer(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Listeners run in parallel, so two changes in quick succession may arrive out of order: the later one wins. */
	@ApplicationModuleListener
	void on(SearchEntry entry) {
		jdbc.sql("""
				insert into search_entry (kind, key, group_id, visibility, title, body, themes, happened_at, url, changed_at)
				values (:kind, :key, :group, :visibility, :title, :body, cast(:themes as bigint[]), :date, :url, :changed)
				on conflict (kind, key) do update set group_id = excluded.group_id, visibility = excluded.visibility,
				  title = excluded.title, body = excluded.body, themes = excluded.themes,
				  happened_at = excluded.happened_at, url = excluded.url, changed_at = excluded.changed_at,
				  indexed_at = now()
				where search_entry.changed_at <= excluded.changed_at""")
			.param("kind", entry.kind())
			.param("key", entry.key())
			.param("group", entry.group() == null ? null : entry.group().value(), java.sql.Types.BIGINT)
			.param("visibility", entry.visibility().name())
			.param("title", Snippet.clean(entry.title()))
			.param("body", Snippet.clean(entry.text()))
			.param("themes", SearchIndex.array(entry.themes().stream().map(ThemeId::value).toList()))
			.param("date", Timestamp.from(entry.date()))
			.param("url", entry.url())
			.param("changed", Timestamp.from(entry.changedAt()))
			.update();
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
	}
}
