package dk.samspil.region;

import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class Boundaries {

	private final JdbcClient jdbc;

	Boundaries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void replaceAll(Map<MunicipalityCode, String> geometries, BoundaryImport source) {
		jdbc.sql("delete from region_boundary").update();
		geometries.forEach((code, geometry) -> jdbc
			.sql("insert into region_boundary (municipality_code, geometry) values (?, cast(? as jsonb))")
			.params(code.value(), geometry)
			.update());
		jdbc.sql("""
				insert into region_boundary_import (imported_by, source_name, attribution, feature_count)
				values (?, ?, ?, ?)""")
			.params(source.importedBy(), source.sourceName(), source.attribution(), geometries.size())
			.update();
	}

	/**
	 * The municipalities with their boundaries as one GeoJSON FeatureCollection, built by
	 * the database.
	 */
	String featureCollection() {
		return jdbc.sql("""
				select json_build_object('type', 'FeatureCollection', 'features', coalesce(json_agg(
				  json_build_object('type', 'Feature', 'geometry', b.geometry, 'properties',
				    json_build_object('code', m.code, 'name', m.name, 'population', m.population,
				      'populationYear', m.population_year))
				  order by m.name), '[]'::json))::text
				from region_boundary b join region_municipality m on m.code = b.municipality_code""")
			.query(String.class)
			.single();
	}

	Optional<BoundaryImport> latestImport() {
		return jdbc.sql("""
				select imported_by, source_name, attribution, imported_at from region_boundary_import
				where exists (select 1 from region_boundary) order by id desc limit 1""")
			.query((rs, row) -> new BoundaryImport(rs.getString("imported_by"), rs.getString("source_name"),
					rs.getString("attribution"), rs.getTimestamp("imported_at").toInstant()))
			.optional();
	}

}
