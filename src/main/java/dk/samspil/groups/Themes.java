package dk.samspil.groups;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The collaboration's themes and their life: added, renamed, merged and retired. Lookups
 * follow merges, so an old theme id always leads to the theme it became.
 */
@Component
public class Themes {

	/**
	 * The current themes the ids that {@code %s} gives stand for, following merges.
	 */
	private static final String CURRENT = """
			with recursive chain(start, id, merged_into) as (
			  select t.id, t.id, t.merged_into from groups_theme t where t.id in (%s)
			  union all
			  select c.start, t.id, t.merged_into from chain c join groups_theme t on t.id = c.merged_into)
			select distinct t.* from chain c join groups_theme t on t.id = c.id where c.merged_into is null
			""";

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	Themes(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	/** The themes that may be chosen for something new, by name. */
	public List<Theme> selectable() {
		return jdbc.sql("select * from groups_theme where merged_into is null and not retired order by lower(name)")
			.query(Themes::map)
			.list();
	}

	/** All current themes, retired ones included, by name. */
	public List<Theme> all() {
		return jdbc.sql("select * from groups_theme where merged_into is null order by retired, lower(name)")
			.query(Themes::map)
			.list();
	}

	/** The theme an id stands for now, following merges. */
	public Optional<Theme> find(ThemeId id) {
		return findAll(List.of(id)).stream().findFirst();
	}

	/**
	 * The current themes the given ids stand for, without duplicates, by name: one query
	 * for them all, as pages ask for the themes of every item they show.
	 */
	public List<Theme> findAll(Collection<ThemeId> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return byName(jdbc.sql(CURRENT.formatted(":ids"))
			.param("ids", ids.stream().map(ThemeId::value).distinct().toList())
			.query(Themes::map)
			.list());
	}

	/**
	 * The current themes a group is tagged with, by name: as {@link #findAll} of its
	 * tags, in one query instead of two.
	 */
	List<Theme> ofGroup(long groupId) {
		return byName(jdbc.sql(CURRENT.formatted("select theme_id from groups_group_theme where group_id = :group"))
			.param("group", groupId)
			.query(Themes::map)
			.list());
	}

	private static List<Theme> byName(List<Theme> themes) {
		return themes.stream().sorted(Comparator.comparing(theme -> theme.name().toLowerCase(Locale.ROOT))).toList();
	}

	public Optional<Theme> findByName(String name) {
		return jdbc.sql("select * from groups_theme where merged_into is null and lower(name) = lower(?)")
			.param(name.strip())
			.query(Themes::map)
			.optional();
	}

	@Transactional
	public ThemeId add(String name) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("insert into groups_theme (name) values (?)").param(name.strip()).update(keys, "id");
		return new ThemeId(keys.getKey().longValue());
	}

	@Transactional
	public void rename(ThemeId id, String name) {
		String before = jdbc.sql("select name from groups_theme where id = ?")
			.param(id.value())
			.query(String.class)
			.optional()
			.orElseThrow(() -> new IllegalArgumentException("No theme " + id.value()));
		jdbc.sql("update groups_theme set name = ? where id = ?").params(name.strip(), id.value()).update();
		if (!before.equals(name.strip())) {
			events.publishEvent(new ThemeRenamed(id, before, name.strip()));
		}
	}

	@Transactional
	public void retire(ThemeId id, boolean retired) {
		jdbc.sql("update groups_theme set retired = ? where id = ?").params(retired, id.value()).update();
	}

	/**
	 * Merges {@code from} into {@code into}; refuses to merge a theme into itself or into
	 * one merged away.
	 */
	@Transactional
	public void merge(ThemeId from, ThemeId into) {
		Theme target = find(into).orElseThrow(() -> new IllegalArgumentException("No theme " + into.value()));
		Theme source = find(from).orElseThrow(() -> new IllegalArgumentException("No theme " + from.value()));
		if (source.id().equals(target.id())) {
			throw new IllegalArgumentException("A theme cannot be merged into itself");
		}
		jdbc.sql("update groups_theme set merged_into = ? where id = ?")
			.params(target.id().value(), from.value())
			.update();
		jdbc.sql("""
				insert into groups_group_theme (group_id, theme_id)
				select group_id, ? from groups_group_theme where theme_id = ? on conflict do nothing""")
			.params(target.id().value(), from.value())
			.update();
		jdbc.sql("delete from groups_group_theme where theme_id = ?").param(from.value()).update();
		events.publishEvent(new ThemesMerged(from, target.id(), source.name(), target.name()));
	}

	private static Theme map(ResultSet rs, int row) throws SQLException {
		return new Theme(new ThemeId(rs.getLong("id")), rs.getString("name"), rs.getBoolean("retired"));
	}

}
