package dk.samspil.api;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dk.samspil.SamspilTest;
import dk.samspil.Visitors;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The secretariat issues a token, a system reads with it, and once revoked it works no
 * more.
 */
@SamspilTest
public class ApiTokensTest {

	static final Pattern TOKEN = Pattern.compile("<code class=\"token\">([^<]+)</code>");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	/**
	 * Issues a token through the secretariat's form, as the secretariat would, and
	 * returns it as the page shows it once.
	 */
	public static String issue(MockMvc mvc, UserDetailsService users, String name, String municipality)
			throws Exception {
		String page = mvc
			.perform(post("/admin/api-tokens").with(Visitors.as(users, Visitors.SECRETARIAT))
				.with(csrf())
				.param("name", name)
				.param("municipality", municipality))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		Matcher token = TOKEN.matcher(page);
		assertThat(token.find()).as("the token shown").isTrue();
		return token.group(1);
	}

	@Test
	void theNewTokenIsShownOnceAndOnlyItsHashIsKept() throws Exception {
		String token = issue(mvc, users, "Vejle ESDH", "0630");
		assertThat(page()).contains("Vejle ESDH").doesNotContain(token);
		assertThat(jdbc.sql("select count(*) from api_token where name = ? and hash = ?")
			.params("Vejle ESDH", ApiTokenDesk.hash(token))
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from api_token where hash = ?").param(token).query(Long.class).single())
			.isZero();
	}

	@Test
	void aTokenWithoutANameOrWithAnUnknownMunicipalityIsRefusedNextToTheField() throws Exception {
		String blank = form("  ", "");
		assertThat(blank).contains("id=\"name-error\"");
		String unknown = form("Et system", "9999");
		assertThat(unknown).contains("id=\"municipality-error\"").contains("Vælg en af kommunerne");
		assertThat(form("x".repeat(101), "")).contains("id=\"name-error\"");
	}

	@Test
	void aRevokedTokenIsRefusedWithAProblemDetail() throws Exception {
		String token = issue(mvc, users, "Midlertidigt system", "0410");
		mvc.perform(get("/api/v1/groups").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
			.andExpect(status().isOk());
		long id = jdbc.sql("select id from api_token where hash = ?")
			.param(ApiTokenDesk.hash(token))
			.query(Long.class)
			.single();
		mvc.perform(
				post("/admin/api-tokens/" + id + "/revoke").with(Visitors.as(users, Visitors.SECRETARIAT)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/api/v1/groups").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.status").value(401))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("revoked")));
		assertThat(page()).contains("Tilbagekaldt");
	}

	@Test
	void anUnknownTokenOrAnotherSchemeIsRefused() throws Exception {
		mvc.perform(get("/api/v1/decisions").header(HttpHeaders.AUTHORIZATION, "Bearer samspil_nonsense"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.title").value("Unauthorized"));
		mvc.perform(get("/api/v1/decisions").header(HttpHeaders.AUTHORIZATION, "Basic c2Vrcjpqb3Jk"))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void theLastUseIsWrittenAtMostOnceAMinute() throws Exception {
		String token = issue(mvc, users, "Fredericia ESDH", "0607");
		mvc.perform(get("/api/v1/groups").header(HttpHeaders.AUTHORIZATION, "Bearer " + token));
		Timestamp first = lastUsed(token);
		assertThat(first).isNotNull();
		mvc.perform(get("/api/v1/groups").header(HttpHeaders.AUTHORIZATION, "Bearer " + token));
		assertThat(lastUsed(token)).isEqualTo(first);
	}

	private Timestamp lastUsed(String token) {
		return jdbc.sql("select last_used_at from api_token where hash = ?")
			.param(ApiTokenDesk.hash(token))
			.query(Timestamp.class)
			.single();
	}

	private String form(String name, String municipality) throws Exception {
		return mvc
			.perform(post("/admin/api-tokens").with(Visitors.as(users, Visitors.SECRETARIAT))
				.with(csrf())
				.param("name", name)
				.param("municipality", municipality))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private String page() throws Exception {
		return mvc.perform(get("/admin/api-tokens").with(Visitors.as(users, Visitors.SECRETARIAT)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

}
