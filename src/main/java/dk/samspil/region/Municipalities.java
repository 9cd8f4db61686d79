package dk.samspil.region;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class Municipalities {

	private final JdbcClient jdbc;

	Municipalities(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Municipality> findAll() {
		return jdbc.sql("select * from region_municipality order by name").query(this::map).list();
	}

	void save(Municipality m) {
		jdbc.sql("""
				insert into region_municipality (code, name, population, population_year, area_km2, latitude, longitude)
				values (?, ?, ?, ?, ?, ?, ?)
				on conflict (code) do update set name = excluded.name, population = excluded.population,
				  population_year = excluded.population_year, area_km2 = excluded.area_km2,
				  latitude = excluded.latitude, longitude = excluded.longitude""")
			.params(m.code().value(), m.name(), m.population(), m.populationYear(), m.areaKm2(), m.latitude(),
					m.longitude())
			.update();
	}

	private Municipality map(ResultSet rs, int row) throws SQLException {
		return new Municipality(new MunicipalityCode(rs.getString("code")), rs.getString("name"),
				rs.getInt("population"), rs.getObject("population_year", Integer.class),
				rs.getObject("area_km2", Integer.class), rs.getDouble("latitude"), rs.getDouble("longitude"));
	}

}
