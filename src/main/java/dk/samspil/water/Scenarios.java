package dk.samspil.water;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dk.samspil.allocation.water.PtxStage;
import dk.samspil.allocation.water.WaterScenario;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The scenarios and ensembles of each model. A change names the revision it was made from
 * in its WHERE.
 */
@Repository
class Scenarios {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String SCENARIO = """
			select id, model_id, name, description, drinking_growth, industry_growth, recharge_change, summer_factor,
			       ptx::text, revision, saved_by_name, saved_at from water_scenario""";

	private static final String ENSEMBLE = """
			select id, model_id, name, size, seed, drinking_growth_low, drinking_growth_high, industry_growth_low,
			       industry_growth_high, recharge_change_low, recharge_change_high, summer_factor_low, summer_factor_high,
			       ptx::text, saved_by_name, saved_at from water_ensemble""";

	private final JdbcClient jdbc;

	Scenarios(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean nameTaken(WaterModelId model, String name, long except) {
		return jdbc.sql("select count(*) from water_scenario where model_id = ? and name = ? and id <> ?")
			.params(model.value(), name, except)
			.query(Long.class)
			.single() > 0;
	}

	long insert(WaterModelId model, WaterScenario s, String description, String byName, Instant at) {
		return jdbc
			.sql("""
					insert into water_scenario (model_id, name, description, drinking_growth, industry_growth, recharge_change,
					                            summer_factor, ptx, saved_by_name, saved_at)
					values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?) returning id""")
			.params(model.value(), s.name(), description, s.drinkingGrowth(), s.industryGrowth(), s.rechargeChange(),
					s.summerFactor(), stages(s), byName, Timestamp.from(at))
			.query(Long.class)
			.single();
	}

	/**
	 * Saves over revision {@code basedOn}; false when someone saved or removed it
	 * meanwhile.
	 */
	boolean update(long id, WaterModelId model, int basedOn, WaterScenario s, String description, String byName,
			Instant at) {
		return jdbc.sql("""
				update water_scenario set name = ?, description = ?, drinking_growth = ?, industry_growth = ?,
				       recharge_change = ?, summer_factor = ?, ptx = cast(? as jsonb), revision = revision + 1,
				       saved_by_name = ?, saved_at = ?
				where id = ? and model_id = ? and revision = ?""")
			.params(s.name(), description, s.drinkingGrowth(), s.industryGrowth(), s.rechargeChange(), s.summerFactor(),
					stages(s), byName, Timestamp.from(at), id, model.value(), basedOn)
			.update() == 1;
	}

	boolean delete(long id, WaterModelId model) {
		return jdbc.sql("delete from water_scenario where id = ? and model_id = ?")
			.params(id, model.value())
			.update() == 1;
	}

	Optional<StoredScenario> find(WaterModelId model, long id) {
		return jdbc.sql(SCENARIO + " where id = ? and model_id = ?")
			.params(id, model.value())
			.query(Scenarios::scenario)
			.optional();
	}

	List<StoredScenario> of(WaterModelId model) {
		return jdbc.sql(SCENARIO + " where model_id = ? order by name")
			.param(model.value())
			.query(Scenarios::scenario)
			.list();
	}

	boolean ensembleNameTaken(WaterModelId model, String name) {
		return jdbc.sql("select count(*) from water_ensemble where model_id = ? and name = ?")
			.params(model.value(), name)
			.query(Long.class)
			.single() > 0;
	}

	long insert(Ensemble e) {
		ArrayNode ptx = JSON.createArrayNode();
		e.ptx()
			.forEach(p -> ptx.addObject()
				.put("plant", p.plant())
				.put("from", p.from().toString())
				.put("low", p.megawatts().low())
				.put("high", p.megawatts().high()));
		return jdbc.sql("""
				insert into water_ensemble (model_id, name, size, seed, drinking_growth_low, drinking_growth_high,
				       industry_growth_low, industry_growth_high, recharge_change_low, recharge_change_high,
				       summer_factor_low, summer_factor_high, ptx, saved_by_name, saved_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?) returning id""")
			.params(e.model().value(), e.name(), e.size(), e.seed(), e.drinkingGrowth().low(),
					e.drinkingGrowth().high(), e.industryGrowth().low(), e.industryGrowth().high(),
					e.rechargeChange().low(), e.rechargeChange().high(), e.summerFactor().low(),
					e.summerFactor().high(), JSON.writeValueAsString(ptx), e.savedBy(), Timestamp.from(e.savedAt()))
			.query(Long.class)
			.single();
	}

	boolean deleteEnsemble(long id, WaterModelId model) {
		return jdbc.sql("delete from water_ensemble where id = ? and model_id = ?")
			.params(id, model.value())
			.update() == 1;
	}

	Optional<Ensemble> ensemble(WaterModelId model, long id) {
		return jdbc.sql(ENSEMBLE + " where id = ? and model_id = ?")
			.params(id, model.value())
			.query(Scenarios::ensemble)
			.optional();
	}

	List<Ensemble> ensembles(WaterModelId model) {
		return jdbc.sql(ENSEMBLE + " where model_id = ? order by name")
			.param(model.value())
			.query(Scenarios::ensemble)
			.list();
	}

	private static String stages(WaterScenario s) {
		ArrayNode array = JSON.createArrayNode();
		s.ptx()
			.forEach(p -> array.addObject()
				.put("plant", p.plant())
				.put("from", p.from().toString())
				.put("megawatts", p.megawatts()));
		return JSON.writeValueAsString(array);
	}

	private static StoredScenario scenario(ResultSet rs, int n) throws SQLException {
		List<PtxStage> stages = new ArrayList<>();
		for (JsonNode p : JSON.readTree(rs.getString(9)).values()) {
			stages.add(new PtxStage(p.path("plant").asString(), YearMonth.parse(p.path("from").asString()),
					p.path("megawatts").asDouble()));
		}
		WaterScenario scenario = new WaterScenario(rs.getString(3), rs.getDouble(5), rs.getDouble(6), rs.getDouble(7),
				rs.getDouble(8), stages);
		return new StoredScenario(rs.getLong(1), new WaterModelId(rs.getLong(2)), scenario, rs.getString(4),
				rs.getInt(10), rs.getString(11), rs.getTimestamp(12).toInstant());
	}

	private static Ensemble ensemble(ResultSet rs, int n) throws SQLException {
		List<Ensemble.StageRange> stages = new ArrayList<>();
		for (JsonNode p : JSON.readTree(rs.getString(14)).values()) {
			stages.add(new Ensemble.StageRange(p.path("plant").asString(), YearMonth.parse(p.path("from").asString()),
					new Ensemble.Bounds(p.path("low").asDouble(), p.path("high").asDouble())));
		}
		return new Ensemble(rs.getLong(1), new WaterModelId(rs.getLong(2)), rs.getString(3), rs.getInt(4),
				rs.getLong(5), new Ensemble.Bounds(rs.getDouble(6), rs.getDouble(7)),
				new Ensemble.Bounds(rs.getDouble(8), rs.getDouble(9)),
				new Ensemble.Bounds(rs.getDouble(10), rs.getDouble(11)),
				new Ensemble.Bounds(rs.getDouble(12), rs.getDouble(13)), stages, rs.getString(15),
				rs.getTimestamp(16).toInstant());
	}

}
