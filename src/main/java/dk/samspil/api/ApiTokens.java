package dk.samspil.api;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dk.samspil.accounts.PersonId;
import dk.samspil.region.MunicipalityCode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The tokens issued, by the hash of the token. */
@Repository
class ApiTokens {

	private final JdbcClient jdbc;

	ApiTokens(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(String name, MunicipalityCode municipality, String hash, PersonId by) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("insert into api_token (name, municipality_code, hash, created_by) values (?, ?, ?, ?)")
			.params(name, municipality == null ? null : municipality.value(), hash, by.value())
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	/** A token that may still be used: known and not revoked. */
	Optional<ApiToken> usable(String hash) {
		return jdbc.sql("select * from api_token where hash = ? and revoked_at is null")
			.param(hash)
			.query(ApiTokens::map)
			.optional();
	}

	List<ApiToken> all() {
		return jdbc.sql("select * from api_token order by revoked_at is not null, name, id")
			.query(ApiTokens::map)
			.list();
	}

	Optional<ApiToken> find(long id) {
		return jdbc.sql("select * from api_token where id = ?").param(id).query(ApiTokens::map).optional();
	}

	/** False when it was revoked already. */
	boolean revoke(long id, Instant at) {
		return jdbc.sql("update api_token set revoked_at = ? where id = ? and revoked_at is null")
			.params(Timestamp.from(at), id)
			.update() == 1;
	}

	void used(long id, Instant at) {
		jdbc.sql("update api_token set last_used_at = ? where id = ? and (last_used_at is null or last_used_at < ?)")
			.params(Timestamp.from(at), id, Timestamp.from(at))
			.update();
	}

	private static ApiToken map(ResultSet rs, int row) throws SQLException {
		String code = rs.getString("municipality_code");
		return new ApiToken(rs.getLong("id"), rs.getString("name"), code == null ? null : new MunicipalityCode(code),
				instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("revoked_at")),
				instant(rs.getTimestamp("last_used_at")));
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
