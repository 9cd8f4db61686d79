package dk.samspil.water;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dk.samspil.accounts.PersonId;
import dk.samspil.groups.GroupId;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The water models and their versions. */
@Repository
class Models {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	Models(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	WaterModelId insert(GroupId group, String name) {
		long id = jdbc.sql("insert into water_model (group_id, name) values (?, ?) returning id")
			.params(group.value(), name)
			.query(Long.class)
			.single();
		return new WaterModelId(id);
	}

	/**
	 * Moves the model on from {@code basedOn} to the next version; false when someone
	 * else moved it first, which the saver is then told. The row lock held until commit
	 * keeps a second save waiting, not interleaved.
	 */
	boolean advance(WaterModelId id, int basedOn) {
		return jdbc
			.sql("update water_model set latest_version = latest_version + 1 where id = ? and latest_version = ?")
			.params(id.value(), basedOn)
			.update() == 1;
	}

	void insertVersion(WaterModelId id, int number, String content, Map<String, double[]> positions, String comment,
			PersonId by, String byName, Instant at) {
		jdbc.sql(
				"""
						insert into water_model_version (model_id, number, content, positions, comment, saved_by, saved_by_name, saved_at)
						values (?, ?, ?, cast(? as jsonb), ?, ?, ?, ?)""")
			.params(id.value(), number, content, JSON.writeValueAsString(positions), comment, by.value(), byName,
					Timestamp.from(at))
			.update();
	}

	Optional<ModelInfo> find(WaterModelId id) {
		return jdbc.sql("select id, group_id, name, latest_version from water_model where id = ?")
			.param(id.value())
			.query((rs, n) -> new ModelInfo(new WaterModelId(rs.getLong(1)), new GroupId(rs.getLong(2)),
					rs.getString(3), rs.getInt(4)))
			.optional();
	}

	List<ModelInfo> ofGroups(Collection<GroupId> groups, boolean all) {
		return jdbc.sql("""
				select id, group_id, name, latest_version from water_model
				where ? or group_id = any (?) order by name, id""")
			.params(all, groups.stream().map(GroupId::value).toArray(Long[]::new))
			.query((rs, n) -> new ModelInfo(new WaterModelId(rs.getLong(1)), new GroupId(rs.getLong(2)),
					rs.getString(3), rs.getInt(4)))
			.list();
	}

	long count() {
		return jdbc.sql("select count(*) from water_model").query(Long.class).single();
	}

	Optional<ModelVersion> version(WaterModelId id, int number) {
		return jdbc.sql("""
				select number, content, positions::text, comment, saved_by_name, saved_at
				from water_model_version where model_id = ? and number = ?""")
			.params(id.value(), number)
			.query((rs, n) -> new ModelVersion(rs.getInt(1), rs.getString(2), positions(rs.getString(3)),
					rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant()))
			.optional();
	}

	/** The model file of a version, as it was saved. */
	Optional<String> content(WaterModelId id, int number) {
		return jdbc.sql("select content from water_model_version where model_id = ? and number = ?")
			.params(id.value(), number)
			.query(String.class)
			.optional();
	}

	/**
	 * Every version, newest first, without its content and positions, as a page's heading
	 * and its list of versions show them: a large model's file is megabytes, read only
	 * where it is needed.
	 */
	List<ModelVersion> versions(WaterModelId id) {
		return jdbc.sql("""
				select number, comment, saved_by_name, saved_at from water_model_version
				where model_id = ? order by number desc""")
			.param(id.value())
			.query((rs, n) -> new ModelVersion(rs.getInt(1), null, Map.of(), rs.getString(2), rs.getString(3),
					rs.getTimestamp(4).toInstant()))
			.list();
	}

	private static Map<String, double[]> positions(String json) {
		Map<String, double[]> positions = new HashMap<>();
		JsonNode tree = JSON.readTree(json);
		tree.properties()
			.forEach(e -> positions.put(e.getKey(),
					new double[] { e.getValue().path(0).asDouble(), e.getValue().path(1).asDouble() }));
		return positions;
	}

}
