package dk.samspil.api;

import com.jayway.jsonpath.JsonPath;
import dk.samspil.SamspilTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What every part of the API does alike: pages, ETags, errors as problem details, and its
 * documentation.
 */
@SamspilTest
class ApiConventionsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	String token;

	@BeforeEach
	void token() throws Exception {
		token = ApiTokensTest.issue(mvc, users, "Konventioner", "0630");
	}

	private String bearer() {
		return "Bearer " + token;
	}

	@Test
	void aPageThatIsNoPageGetsA400ThatSaysWhy() throws Exception {
		for (String page : new String[] { "-1", "abc", "10000000000" }) {
			mvc.perform(get("/api/v1/decisions").param("page", page).header(HttpHeaders.AUTHORIZATION, bearer()))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
				.andExpect(jsonPath("$.detail").value(containsString("page")));
		}
		mvc.perform(get("/api/v1/decisions").param("size", "1000").header(HttpHeaders.AUTHORIZATION, bearer()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("between 1 and 100")));
	}

	@Test
	void aPagePastTheLastIsEmptyAndSaysHowManyThereAre() throws Exception {
		mvc.perform(get("/api/v1/decisions").param("page", "1000000000")
			.param("size", "50")
			.header(HttpHeaders.AUTHORIZATION, bearer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items").isEmpty())
			.andExpect(jsonPath("$.page").value(1000000000))
			.andExpect(jsonPath("$.totalItems").isNumber());
	}

	@Test
	void everyPageAndAPagePastTheLastCountTheSameDecisionsAndNameTheirGroups() throws Exception {
		String first = mvc
			.perform(get("/api/v1/decisions").param("size", "1").header(HttpHeaders.AUTHORIZATION, bearer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].groupName").isString())
			.andReturn()
			.getResponse()
			.getContentAsString();
		int total = JsonPath.read(first, "$.totalItems");
		assertThat(total).isGreaterThan(1);
		mvc.perform(get("/api/v1/decisions").param("size", "1")
			.param("page", String.valueOf(total - 1))
			.header(HttpHeaders.AUTHORIZATION, bearer()))
			.andExpect(jsonPath("$.items.length()").value(1))
			.andExpect(jsonPath("$.totalItems").value(total));
		mvc.perform(get("/api/v1/decisions").param("size", "1")
			.param("page", String.valueOf(total))
			.header(HttpHeaders.AUTHORIZATION, bearer()))
			.andExpect(jsonPath("$.items").isEmpty())
			.andExpect(jsonPath("$.totalItems").value(total))
			.andExpect(jsonPath("$.totalPages").value(total));
	}

	@Test
	void anAnswerTheClientHasIsNotSentAgain() throws Exception {
		MvcResult first = mvc.perform(get("/api/v1/decisions").header(HttpHeaders.AUTHORIZATION, bearer()))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, containsString("no-cache")))
			.andReturn();
		String etag = first.getResponse().getHeader(HttpHeaders.ETAG);
		assertThat(etag).isNotBlank();
		mvc.perform(get("/api/v1/decisions").header(HttpHeaders.AUTHORIZATION, bearer())
			.header(HttpHeaders.IF_NONE_MATCH, etag)).andExpect(status().isNotModified());
		mvc.perform(get("/api/v1/decisions").header(HttpHeaders.AUTHORIZATION, bearer())
			.header(HttpHeaders.IF_NONE_MATCH, "\"something-else\"")).andExpect(status().isOk());
	}

	@Test
	void aRepresentationTheApiDoesNotServeGets406() throws Exception {
		mvc.perform(get("/api/v1/decisions").accept("text/csv").header(HttpHeaders.AUTHORIZATION, bearer()))
			.andExpect(status().isNotAcceptable())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.status").value(406));
	}

	@Test
	void anAddressTheApiDoesNotHaveGets404AsAProblem() throws Exception {
		mvc.perform(get("/api/v1/nothing-here"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		mvc.perform(get("/api/v1/decisions/abc").header(HttpHeaders.AUTHORIZATION, bearer()))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
	}

	@Test
	void theOpenApiDocumentDescribesTheApiAndItsPageKeepsTheSitesPolicy() throws Exception {
		mvc.perform(get("/api/openapi"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/decisions']").exists())
			.andExpect(jsonPath("$.components.securitySchemes.token.scheme").value("bearer"));
		String policy = mvc.perform(get("/api/swagger-ui/index.html"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getHeader("Content-Security-Policy");
		assertThat(policy).contains("default-src 'none'").doesNotContain("unsafe-eval");
		String site = mvc.perform(get("/")).andReturn().getResponse().getHeader("Content-Security-Policy");
		assertThat(site).startsWith("default-src 'self'").doesNotContain("unsafe-eval");
	}

}
