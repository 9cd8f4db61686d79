package dk.samspil.groups;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dk.samspil.accounts.PersonId;
import dk.samspil.kept.KeptTables;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class Groups {

	private final JdbcClient jdbc;

	private final KeptTables kept;

	Groups(JdbcClient jdbc, KeptTables kept) {
		this.jdbc = jdbc;
		this.kept = kept;
	}

	List<Group> findAll() {
		return jdbc.sql("select * from groups_group order by name").query(this::map).list();
	}

	Optional<Group> find(long id) {
		return jdbc.sql("select * from groups_group where id = ?").param(id).query(this::map).optional();
	}

	Optional<Group> findBySlug(String slug) {
		return jdbc.sql("select * from groups_group where slug = ?").param(slug).query(this::map).optional();
	}

	Map<Long, Integer> memberCounts() {
		return jdbc.sql("select group_id, count(*) as members from groups_membership group by group_id").query(rs -> {
			Map<Long, Integer> counts = new HashMap<>();
			while (rs.next()) {
				counts.put(rs.getLong("group_id"), rs.getInt("members"));
			}
			return counts;
		});
	}

	/** Every person's groups, in any role. */
	Map<PersonId, List<GroupId>> groupsOfEveryone() {
		Map<PersonId, List<GroupId>> groups = new HashMap<>();
		jdbc.sql("select person_id, group_id from groups_membership order by group_id").query(rs -> {
			groups.computeIfAbsent(new PersonId(rs.getLong("person_id")), person -> new ArrayList<>())
				.add(new GroupId(rs.getLong("group_id")));
		});
		groups.replaceAll((person, ids) -> List.copyOf(ids));
		return Map.copyOf(groups);
	}

	List<Group> findOfAny(Collection<PersonId> people) {
		if (people.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(
				"select * from groups_group where id in (select group_id from groups_membership where person_id in (:people))")
			.param("people", people.stream().map(PersonId::value).toList())
			.query(this::map)
			.list();
	}

	Map<PersonId, GroupRole> memberships(long groupId) {
		Map<PersonId, GroupRole> members = new LinkedHashMap<>();
		jdbc.sql("select person_id, role from groups_membership where group_id = ? order by role, person_id")
			.param(groupId)
			.query(rs -> {
				members.put(new PersonId(rs.getLong("person_id")), GroupRole.valueOf(rs.getString("role")));
			});
		return members;
	}

	boolean slugTaken(String slug) {
		return jdbc.sql("select count(*) from groups_group where slug = ?").param(slug).query(Long.class).single() > 0;
	}

	long count() {
		return jdbc.sql("select count(*) from groups_group").query(Long.class).single();
	}

	long insert(String slug, String name, GroupKind kind, String mandate) {
		kept.changed();
		var keys = new GeneratedKeyHolder();
		jdbc.sql("insert into groups_group (slug, name, kind, mandate) values (?, ?, ?, ?)")
			.params(slug, name, kind.name(), mandate)
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	void addMember(long groupId, PersonId person, GroupRole role) {
		kept.changed();
		jdbc.sql("""
				insert into groups_membership (group_id, person_id, role) values (?, ?, ?)
				on conflict (group_id, person_id) do update set role = excluded.role""")
			.params(groupId, person.value(), role.name())
			.update();
	}

	List<ThemeId> themesOf(long groupId) {
		return jdbc.sql("select theme_id from groups_group_theme where group_id = ?")
			.param(groupId)
			.query((rs, row) -> new ThemeId(rs.getLong(1)))
			.list();
	}

	void tag(long groupId, ThemeId theme) {
		jdbc.sql("insert into groups_group_theme (group_id, theme_id) values (?, ?) on conflict do nothing")
			.params(groupId, theme.value())
			.update();
	}

	/**
	 * The group, its row locked until the transaction ends: a desk checks its rules on
	 * this, not on the copy a page showed, so two people acting on the same group at once
	 * are served one after the other.
	 */
	Optional<Group> lock(long id) {
		return jdbc.sql("select * from groups_group where id = ? for update").param(id).query(this::map).optional();
	}

	/**
	 * Holds the name until the transaction ends, so that two people giving two groups the
	 * same name at once are served one after the other and the second finds it taken (the
	 * table has no unique index on names to refuse the second).
	 */
	void lockName(String name) {
		jdbc.sql("select pg_advisory_xact_lock(hashtext('groups_group.name:' || lower(?)))")
			.param(name.strip())
			.query((rs, row) -> true)
			.list();
	}

	/**
	 * Saves name, kind and mandate over the version they were changed from, counting the
	 * save; false when another save came first.
	 */
	boolean save(Group group) {
		kept.changed();
		return jdbc.sql("""
				update groups_group set name = ?, kind = ?, mandate = ?, version = version + 1
				where id = ? and version = ?""")
			.params(group.name(), group.kind().name(), group.mandate(), group.id(), group.version())
			.update() == 1;
	}

	void replaceMembers(long groupId, Map<PersonId, GroupRole> members) {
		kept.changed();
		jdbc.sql("delete from groups_membership where group_id = ?").param(groupId).update();
		members.forEach((person, role) -> addMember(groupId, person, role));
	}

	void replaceThemes(long groupId, Collection<ThemeId> themes) {
		jdbc.sql("delete from groups_group_theme where group_id = ?").param(groupId).update();
		themes.forEach(theme -> tag(groupId, theme));
	}

	void saveClosed(Group group) {
		kept.changed();
		jdbc.sql("update groups_group set closed_at = case when ? then now() end where id = ?")
			.params(group.closed(), group.id())
			.update();
	}

	boolean nameTaken(String name, Long exceptId) {
		return jdbc.sql("select count(*) from groups_group where lower(name) = lower(?) and id <> ?")
			.params(name.strip(), exceptId == null ? -1 : exceptId)
			.query(Long.class)
			.single() > 0;
	}

	private Group map(ResultSet rs, int row) throws SQLException {
		return new Group(rs.getLong("id"), rs.getString("slug"), rs.getString("name"),
				GroupKind.valueOf(rs.getString("kind")), rs.getString("mandate"), rs.getTimestamp("closed_at") != null,
				rs.getInt("version"));
	}

}
