package dk.samspil.goals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dk.samspil.accounts.PersonId;
import dk.samspil.region.MunicipalityCode;

/** Who the secretariat named to report each municipality's figures for each goal. */
@Repository
class Responsibles {

	/** One person named for one municipality and goal. */
	record Responsible(GoalId goal, MunicipalityCode municipality, PersonId person) {
	}

	private final JdbcClient jdbc;

	Responsibles(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void name(GoalId goal, MunicipalityCode municipality, PersonId person) {
		jdbc.sql("""
				insert into goals_responsible (goal_id, municipality_code, person_id) values (?, ?, ?)
				on conflict do nothing""").params(goal.value(), municipality.value(), person.value()).update();
	}

	void remove(GoalId goal, MunicipalityCode municipality, PersonId person) {
		jdbc.sql("delete from goals_responsible where goal_id = ? and municipality_code = ? and person_id = ?")
			.params(goal.value(), municipality.value(), person.value())
			.update();
	}

	boolean isResponsible(GoalId goal, MunicipalityCode municipality, PersonId person) {
		return jdbc.sql("""
				select exists (select 1 from goals_responsible
				  where goal_id = ? and municipality_code = ? and person_id = ?)""")
			.params(goal.value(), municipality.value(), person.value())
			.query(Boolean.class)
			.single();
	}

	Map<MunicipalityCode, List<PersonId>> ofGoal(GoalId goal) {
		Map<MunicipalityCode, List<PersonId>> all = new TreeMap<>();
		for (Responsible r : all()) {
			if (r.goal().equals(goal)) {
				all.computeIfAbsent(r.municipality(), m -> new ArrayList<>()).add(r.person());
			}
		}
		return all;
	}

	List<Responsible> all() {
		return jdbc.sql("select * from goals_responsible order by goal_id, municipality_code, person_id")
			.query((rs, row) -> new Responsible(new GoalId(rs.getLong("goal_id")),
					new MunicipalityCode(rs.getString("municipality_code")), new PersonId(rs.getLong("person_id"))))
			.list();
	}

}
