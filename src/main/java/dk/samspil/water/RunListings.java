package dk.samspil.water;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import dk.samspil.groups.GroupId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The runs as the API lists them, each with its model's name and group and its summary as
 * stored, read in one query a page.
 */
@Repository
class RunListings {

	private static final String FROM = "from water_run r join water_model m on m.id = r.model_id ";

	private static final String SELECT = "select " + Runs.COLUMNS + ", m.name, m.group_id, r.summary::text " + FROM;

	private final JdbcClient jdbc;

	RunListings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A run with its model's name and group, and its summary (null until finished). */
	record Listed(Run run, String modelName, GroupId group, String summary) {
	}

	/**
	 * The runs a caller may read: those of models of {@code groups} and those
	 * {@code cited}; {@code group} and {@code status}, when not null, narrow them.
	 */
	record Readable(Collection<GroupId> groups, Collection<Long> cited, GroupId group, RunStatus status) {

		private static final String WHERE = """
				where (m.group_id = any (?) or r.id = any (?))
				  and (? = 0 or m.group_id = ?) and (? = '' or r.status = ?)""";

		private Object[] params(Object... more) {
			long only = group == null ? 0 : group.value();
			String in = status == null ? "" : status.name();
			List<Object> all = new ArrayList<>(List.of(groups.stream().map(GroupId::value).toArray(Long[]::new),
					cited.toArray(Long[]::new), only, only, in, in));
			all.addAll(List.of(more));
			return all.toArray();
		}

	}

	long count(Readable readable) {
		return jdbc.sql("select count(*) " + FROM + Readable.WHERE)
			.params(readable.params())
			.query(Long.class)
			.single();
	}

	/** A page of the runs, newest first. */
	List<Listed> page(Readable readable, long offset, int limit) {
		return jdbc.sql(SELECT + Readable.WHERE + " order by r.id desc offset ? limit ?")
			.params(readable.params(offset, limit))
			.query(RunListings::listed)
			.list();
	}

	Optional<Listed> find(long id) {
		return jdbc.sql(SELECT + "where r.id = ?").param(id).query(RunListings::listed).optional();
	}

	private static Listed listed(ResultSet rs, int n) throws SQLException {
		return new Listed(Runs.run(rs, n), rs.getString(14), new GroupId(rs.getLong(15)), rs.getString(16));
	}

}
