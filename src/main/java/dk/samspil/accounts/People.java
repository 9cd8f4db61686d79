package dk.samspil.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import dk.samspil.region.MunicipalityCode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class People {

	private final JdbcClient jdbc;

	People(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Long> activeIdsIn(MunicipalityCode municipality) {
		return jdbc.sql("select id from accounts_person where active and municipality_code = ?")
			.param(municipality.value())
			.query(Long.class)
			.list();
	}

	List<Person> findAll() {
		return jdbc.sql("select * from accounts_person order by active desc, display_name").query(this::map).list();
	}

	List<Person> findAll(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select * from accounts_person where id in (:ids)").param("ids", ids).query(this::map).list();
	}

	Optional<Person> find(long id) {
		return jdbc.sql("select * from accounts_person where id = ?").param(id).query(this::map).optional();
	}

	/**
	 * The person, the row locked until the transaction ends, for a change that checks a
	 * rule first.
	 */
	Optional<Person> lock(long id) {
		return jdbc.sql("select * from accounts_person where id = ? for update").param(id).query(this::map).optional();
	}

	Optional<Person> findByUsername(String username) {
		return jdbc.sql("select * from accounts_person where lower(username) = lower(?)")
			.param(username)
			.query(this::map)
			.optional();
	}

	Optional<Person> findByEmail(String email) {
		return jdbc.sql("select * from accounts_person where lower(email) = lower(?)")
			.param(email.strip())
			.query(this::map)
			.optional();
	}

	boolean usernameTaken(String username, Long exceptId) {
		return jdbc.sql("select count(*) from accounts_person where lower(username) = lower(?) and id <> ?")
			.params(username.strip(), exceptId == null ? -1 : exceptId)
			.query(Long.class)
			.single() > 0;
	}

	boolean emailTaken(String email, Long exceptId) {
		return jdbc.sql("select count(*) from accounts_person where lower(email) = lower(?) and id <> ?")
			.params(email.strip(), exceptId == null ? -1 : exceptId)
			.query(Long.class)
			.single() > 0;
	}

	long count() {
		return jdbc.sql("select count(*) from accounts_person").query(Long.class).single();
	}

	long save(Person p) {
		if (p.id() != null) {
			jdbc.sql("""
					update accounts_person set username = ?, display_name = ?, email = ?, job_title = ?,
					  municipality_code = ?, role = ?, password_hash = ?, active = ?, version = ?
					where id = ?""")
				.params(p.username(), p.displayName(), p.email(), p.jobTitle(), code(p.municipality()), p.role().name(),
						p.passwordHash(), p.active(), p.version(), p.id())
				.update();
			return p.id();
		}
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into accounts_person (username, display_name, email, job_title, municipality_code, role,
				  password_hash, active) values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(p.username(), p.displayName(), p.email(), p.jobTitle(), code(p.municipality()), p.role().name(),
					p.passwordHash(), p.active())
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	private static String code(MunicipalityCode code) {
		return code == null ? null : code.value();
	}

	private Person map(ResultSet rs, int row) throws SQLException {
		String code = rs.getString("municipality_code");
		return new Person(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
				rs.getString("email"), rs.getString("job_title"), code == null ? null : new MunicipalityCode(code),
				Role.valueOf(rs.getString("role")), rs.getString("password_hash"), rs.getBoolean("active"),
				rs.getInt("version"));
	}

}
