package dk.samspil.groups;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import dk.samspil.kept.Kept;
import dk.samspil.kept.KeptTables;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The collaboration's themes: lookups follow merges, so an old theme id always leads to
 * the theme it became. The secretariat changes them through {@link ThemeDesk}.
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

	private final KeptTables kept;

	private final Kept<List<Theme>> all;

	Themes(JdbcClient jdbc, KeptTables kept) {
		this.jdbc = jdbc;
		this.kept = kept;
		this.all = kept.keep(() -> List
			.copyOf(jdbc.sql("select * from groups_theme where merged_into is null order by retired, lower(name)")
				.query(Themes::map)
				.list()));
	}

	/** The themes that may be chosen for something new, by name. */
	public List<Theme> selectable() {
		return jdbc.sql("select * from groups_theme where merged_into is null and not retired order by lower(name)")
			.query(Themes::map)
			.list();
	}

	/**
	 * All current themes, retired ones included, by name: kept in memory, as pages that
	 * name themes ask for them every time.
	 */
	public List<Theme> all() {
		return this.all.get();
	}

	/** Every current theme's name by its id, for pages that name many. */
	public Map<ThemeId, String> names() {
		return all().stream().collect(Collectors.toMap(Theme::id, Theme::name));
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

	/**
	 * Adds a theme under a name given elsewhere (the demo data, a chosen strategy topic);
	 * the secretariat adds themes through {@link ThemeDesk}, which checks the name.
	 */
	@Transactional
	public ThemeId add(String name) {
		kept.changed();
		var keys = new GeneratedKeyHolder();
		jdbc.sql("insert into groups_theme (name) values (?)").param(name.strip()).update(keys, "id");
		return new ThemeId(keys.getKey().longValue());
	}

	/**
	 * Adds a theme unless a current one has the name; the unique index on current names
	 * decides, so two people adding the same name at once add it once.
	 */
	Optional<ThemeId> addIfFree(String name) {
		kept.changed();
		return jdbc.sql("""
				insert into groups_theme (name) values (?)
				on conflict (lower(name)) where merged_into is null do nothing returning id""")
			.param(name)
			.query((rs, row) -> new ThemeId(rs.getLong("id")))
			.optional();
	}

	/**
	 * The current themes of these ids (none merged away), their rows locked until the
	 * transaction ends, in id order so that two merges of the same pair cannot wait on
	 * each other.
	 */
	List<Theme> lockCurrent(Collection<ThemeId> ids) {
		return jdbc.sql("select * from groups_theme where id in (:ids) and merged_into is null order by id for update")
			.param("ids", ids.stream().map(ThemeId::value).distinct().toList())
			.query(Themes::map)
			.list();
	}

	Optional<Theme> lockCurrent(ThemeId id) {
		return lockCurrent(List.of(id)).stream().findFirst();
	}

	/** Saves the name and whether it is retired; the row is locked by the caller. */
	void save(Theme theme) {
		kept.changed();
		jdbc.sql("update groups_theme set name = ?, retired = ? where id = ?")
			.params(theme.name(), theme.retired(), theme.id().value())
			.update();
	}

	/**
	 * What was tagged {@code from} is tagged {@code into}, and {@code from} leads there.
	 */
	void merge(ThemeId from, ThemeId into) {
		kept.changed();
		jdbc.sql("update groups_theme set merged_into = ? where id = ?").params(into.value(), from.value()).update();
		jdbc.sql("""
				insert into groups_group_theme (group_id, theme_id)
				select group_id, ? from groups_group_theme where theme_id = ? on conflict do nothing""")
			.params(into.value(), from.value())
			.update();
		jdbc.sql("delete from groups_group_theme where theme_id = ?").param(from.value()).update();
	}

	private static Theme map(ResultSet rs, int row) throws SQLException {
		return new Theme(new ThemeId(rs.getLong("id")), rs.getString("name"), rs.getBoolean("retired"));
	}

}
