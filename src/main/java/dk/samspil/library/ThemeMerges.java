package dk.samspil.library;

import dk.samspil.groups.ThemesMerged;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Documents tagged with a merged theme carry the theme it became, so that editing one
 * offers that theme ticked instead of silently dropping it. (The search index re-tags its
 * own entries from the same event.)
 */
@Component
class ThemeMerges {

	private final JdbcClient jdbc;

	ThemeMerges(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(ThemesMerged merged) {
		jdbc.sql("""
				update library_document
				set themes = array(select distinct t from unnest(array_replace(themes, :from, :into)) t order by t)
				where themes @> array[:from]::bigint[]""")
			.param("from", merged.from().value())
			.param("into", merged.into().value())
			.update();
	}

}
