package dk.samspil.plans;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import dk.samspil.region.MunicipalityCode;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * What each municipality calls its subject committee, finance committee and council, as
 * the secretariat set it; everything that names a committee asks here.
 */
@Repository
class CommitteeNames {

	private final JdbcClient jdbc;

	private final MessageSource messages;

	CommitteeNames(JdbcClient jdbc, MessageSource messages) {
		this.jdbc = jdbc;
		this.messages = messages;
	}

	/** The names as set, keyed by {@link Named#key}; a body missing here has none set. */
	Map<String, String> set() {
		Map<String, String> names = new HashMap<>();
		jdbc.sql("select municipality_code, body, name from plans_committee_name").query(rs -> {
			names.put(Named.key(new MunicipalityCode(rs.getString(1)), Step.Body.valueOf(rs.getString(2))),
					rs.getString(3));
		});
		return names;
	}

	/** The names for a reader: those set, and the generic ones in their language. */
	Named in(Locale locale) {
		Map<Step.Body, String> generic = new EnumMap<>(Step.Body.class);
		for (Step.Body body : Step.Body.values()) {
			generic.put(body, messages.getMessage("plans.body." + body, null, locale));
		}
		return new Named(set(), generic);
	}

	/**
	 * Sets the names given (keyed by {@link Named#key}); a blank one goes back to the
	 * generic name, and a body not given keeps its name.
	 */
	@Transactional
	void save(Map<String, String> names) {
		names.forEach((key, name) -> {
			String[] parts = key.split("_", 2);
			if (name == null || name.isBlank()) {
				jdbc.sql("delete from plans_committee_name where municipality_code = ? and body = ?")
					.params(parts[0], parts[1])
					.update();
			}
			else {
				jdbc.sql("""
						insert into plans_committee_name (municipality_code, body, name) values (?, ?, ?)
						on conflict (municipality_code, body) do update set name = excluded.name""")
					.params(parts[0], parts[1], name.strip())
					.update();
			}
		});
	}

	/** The names one page uses. */
	record Named(Map<String, String> set, Map<Step.Body, String> generic) {

		static String key(MunicipalityCode municipality, Step.Body body) {
			return municipality.value() + "_" + body.name();
		}

		/** What the municipality calls the body, or the body's generic name. */
		public String name(MunicipalityCode municipality, Step.Body body) {
			if (municipality == null) {
				return generic.get(body);
			}
			return set.getOrDefault(key(municipality, body), generic.get(body));
		}

	}

}
