package dk.samspil.consultations;

import dk.samspil.groups.ThemeRenamed;
import dk.samspil.groups.ThemesMerged;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A response's theme is kept by name, as the caseworker chose it; when the secretariat
 * renames a theme or merges it into another, the responses follow, so filtering and the
 * memo keep them together.
 */
@Component
class ThemeNames {

	private final JdbcClient jdbc;

	ThemeNames(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(ThemesMerged merged) {
		replace(merged.fromName(), merged.intoName());
	}

	@ApplicationModuleListener
	void on(ThemeRenamed renamed) {
		replace(renamed.from(), renamed.to());
	}

	private void replace(String from, String to) {
		jdbc.sql("update consultations_response set theme = :to where lower(theme) = lower(:from)")
			.param("from", from)
			.param("to", to)
			.update();
	}

}
