package dk.samspil.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

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
	void aGroupsMeetingsComePageByPageNewestFirstEachOnce() throws Exception {
		String meetings = "/api/v1/groups/teknisk-vand/meetings";
		String all = mvc.perform(get(meetings).param("size", "100").header(HttpHeaders.AUTHORIZATION, bearer()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<Integer> ids = JsonPath.read(all, "$.items[*].id");
		List<String> starts = JsonPath.read(all, "$.items[*].startsAt");
		assertThat(ids).hasSizeGreaterThan(1).doesNotHaveDuplicates();
		assertThat(starts).isSortedAccordingTo(Comparator.comparing(Instant::parse, Comparator.reverseOrder()));
		assertThat((Integer) JsonPath.read(all, "$.totalItems")).isEqualTo(ids.size());
		List<Integer> paged = new ArrayList<>();
		for (int page = 0; page <= ids.size(); page++) {
			String one = mvc
				.perform(get(meetings).param("size", "1")
					.param("page", String.valueOf(page))
					.header(HttpHeaders.AUTHORIZATION, bearer()))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.totalItems").value(ids.size()))
				.andReturn()
				.getResponse()
				.getContentAsString();
			paged.addAll(JsonPath.read(one, "$.items[*].id"));
		}
		assertThat(paged).isEqualTo(ids);
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
