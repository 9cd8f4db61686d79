package dk.samspil.meetings;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import dk.samspil.accounts.PersonId;
import dk.samspil.groups.GroupId;
import dk.samspil.region.MunicipalityCode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class Tasks {

	private static final String OPEN_FIRST = " order by done, due_on, id";

	private final JdbcClient jdbc;

	Tasks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(GroupId group, Long itemId, Long decisionId, String title, TaskOwner owner, LocalDate dueOn) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql(
				"""
						insert into meetings_task (group_id, item_id, decision_id, title, owner_person, owner_municipality, due_on)
						values (?, ?, ?, ?, ?, ?, ?)""")
			.params(group.value(), itemId, decisionId, title.strip(),
					owner.person() == null ? null : owner.person().value(),
					owner.municipality() == null ? null : owner.municipality().value(), Date.valueOf(dueOn))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	Optional<Task> find(long id) {
		return jdbc.sql("select * from meetings_task where id = ?").param(id).query(Tasks::map).optional();
	}

	List<Task> ofPerson(PersonId person) {
		return jdbc.sql("select * from meetings_task where owner_person = ?" + OPEN_FIRST)
			.param(person.value())
			.query(Tasks::map)
			.list();
	}

	/**
	 * A municipality's tasks in the given groups: a task of a group one is not in stays
	 * private to that group.
	 */
	List<Task> ofMunicipality(MunicipalityCode municipality, Collection<GroupId> groups) {
		if (groups.isEmpty()) {
			return List.of();
		}
		return jdbc
			.sql("select * from meetings_task where owner_municipality = :municipality and group_id in (:groups)"
					+ OPEN_FIRST)
			.param("municipality", municipality.value())
			.param("groups", groups.stream().map(GroupId::value).toList())
			.query(Tasks::map)
			.list();
	}

	List<Task> overdue(Collection<GroupId> groups, LocalDate today) {
		if (groups.isEmpty()) {
			return List.of();
		}
		return jdbc
			.sql("select * from meetings_task where group_id in (:groups) and not done and due_on < :today"
					+ OPEN_FIRST)
			.param("groups", groups.stream().map(GroupId::value).toList())
			.param("today", Date.valueOf(today))
			.query(Tasks::map)
			.list();
	}

	List<Task> ofGroup(GroupId group, boolean openOnly) {
		return jdbc
			.sql("select * from meetings_task where group_id = ?" + (openOnly ? " and not done" : "") + OPEN_FIRST)
			.param(group.value())
			.query(Tasks::map)
			.list();
	}

	List<Task> ofItem(long itemId) {
		return jdbc.sql("select * from meetings_task where item_id = ?" + OPEN_FIRST)
			.param(itemId)
			.query(Tasks::map)
			.list();
	}

	List<Task> ofDecision(long decisionId) {
		return jdbc.sql("select * from meetings_task where decision_id = ?" + OPEN_FIRST)
			.param(decisionId)
			.query(Tasks::map)
			.list();
	}

	/** Open tasks due on or before the given day, for the daily digest. */
	List<Task> openDueBy(LocalDate day) {
		return jdbc.sql("select * from meetings_task where not done and due_on <= ?" + OPEN_FIRST)
			.param(Date.valueOf(day))
			.query(Tasks::map)
			.list();
	}

	void setDone(long id, boolean done) {
		jdbc.sql("update meetings_task set done = ? where id = ?").params(done, id).update();
	}

	private static Task map(ResultSet rs, int row) throws SQLException {
		long person = rs.getLong("owner_person");
		String municipality = rs.getString("owner_municipality");
		return new Task(rs.getLong("id"), new GroupId(rs.getLong("group_id")), rs.getObject("item_id", Long.class),
				rs.getObject("decision_id", Long.class), rs.getString("title"),
				person == 0 ? null : new PersonId(person),
				municipality == null ? null : new MunicipalityCode(municipality), rs.getDate("due_on").toLocalDate(),
				rs.getBoolean("done"));
	}

}
