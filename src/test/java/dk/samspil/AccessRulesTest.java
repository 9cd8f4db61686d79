package dk.samspil;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every page and endpoint with who may use it, tried by a visitor, a member and the secretariat. A new endpoint that
 * is missing from this table fails {@link #everyEndpointHasARule()}.
 */
@SamspilTest
class AccessRulesTest {

	enum Access {
		PUBLIC, SIGNED_IN, SECRETARIAT,
		/** Open to anyone, but the table points at nothing, so everyone gets "not found". */
		PUBLIC_NOT_FOUND,
		/** Needs a login; the table points at nothing, so the signed in get "not found". */
		SIGNED_IN_NOT_FOUND,
		/** Belongs to a group the demo member is not in: the member is refused, the secretariat may. */
		OTHER_GROUP
	}

	record Endpoint(HttpMethod method, String pattern, String path, Access access) {

		@Override
		public String toString() {
			return method + " " + path;
		}
	}

	static final long NO_SUCH_PERSON = 999_999;

	static final long NO_SUCH_DOCUMENT = 999_999;

	static List<Endpoint> endpoints() {
		return List.of(endpoint("GET", "/", "/", Access.PUBLIC), endpoint("GET", "/login", "/login", Access.PUBLIC),
				endpoint("GET", "/account", "/account", Access.SIGNED_IN),
				endpoint("POST", "/account/password", "/account/password", Access.SIGNED_IN),
				endpoint("GET", "/groups", "/groups", Access.SIGNED_IN),
				endpoint("GET", "/groups/{slug}", "/groups/teknisk-vand", Access.SIGNED_IN),
				endpoint("GET", "/region", "/region", Access.SIGNED_IN),
				endpoint("GET", "/region/boundaries.geojson", "/region/boundaries.geojson", Access.SIGNED_IN),
				endpoint("POST", "/region/boundaries", "/region/boundaries", Access.SECRETARIAT),
				endpoint("GET", "/people", "/people", Access.SECRETARIAT),
				endpoint("GET", "/people/new", "/people/new", Access.SECRETARIAT),
				endpoint("POST", "/people", "/people", Access.SECRETARIAT),
				endpoint("GET", "/people/{id}", "/people/" + NO_SUCH_PERSON, Access.SECRETARIAT),
				endpoint("POST", "/people/{id}", "/people/" + NO_SUCH_PERSON, Access.SECRETARIAT),
				endpoint("POST", "/people/{id}/deactivate", "/people/" + NO_SUCH_PERSON + "/deactivate",
						Access.SECRETARIAT),
				endpoint("POST", "/people/{id}/activate", "/people/" + NO_SUCH_PERSON + "/activate",
						Access.SECRETARIAT),
				endpoint("GET", "/groups/{slug}/library", "/groups/teknisk-vand/library", Access.SIGNED_IN),
				endpoint("GET", "/groups/{slug}/library/overview", "/groups/klimachefgruppen/library/overview",
						Access.SIGNED_IN),
				endpoint("GET", "/groups/{slug}/library/new", "/groups/klimachefgruppen/library/new",
						Access.OTHER_GROUP),
				endpoint("POST", "/groups/{slug}/library", "/groups/klimachefgruppen/library", Access.OTHER_GROUP),
				endpoint("GET", "/library/{id}", "/library/" + NO_SUCH_DOCUMENT, Access.SIGNED_IN_NOT_FOUND),
				endpoint("GET", "/library/{id}/edit", "/library/" + NO_SUCH_DOCUMENT + "/edit",
						Access.SIGNED_IN_NOT_FOUND),
				endpoint("POST", "/library/{id}", "/library/" + NO_SUCH_DOCUMENT, Access.SIGNED_IN_NOT_FOUND),
				endpoint("POST", "/library/{id}/delete", "/library/" + NO_SUCH_DOCUMENT + "/delete",
						Access.SIGNED_IN_NOT_FOUND),
				endpoint("GET", "/library/{id}/attachments/{attachment}",
						"/library/" + NO_SUCH_DOCUMENT + "/attachments/1", Access.SIGNED_IN_NOT_FOUND),
				endpoint("GET", "/public/documents/{id}", "/public/documents/" + NO_SUCH_DOCUMENT,
						Access.PUBLIC_NOT_FOUND),
				endpoint("GET", "/public/documents/{id}/attachments/{attachment}",
						"/public/documents/" + NO_SUCH_DOCUMENT + "/attachments/1", Access.PUBLIC_NOT_FOUND),
				endpoint("GET", "/search", "/search?q=vand", Access.SIGNED_IN),
				endpoint("GET", "/search/recent", "/search/recent", Access.SIGNED_IN),
				endpoint("GET", "/themes", "/themes", Access.SIGNED_IN),
				endpoint("GET", "/themes/{id}", "/themes/1", Access.SIGNED_IN));
	}

	private static Endpoint endpoint(String method, String pattern, String path, Access access) {
		return new Endpoint(HttpMethod.valueOf(method), pattern, path, access);
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@ParameterizedTest
	@MethodSource("endpoints")
	void aVisitorWithoutLoginIsSentToTheLoginPageExceptOnPublicPages(Endpoint endpoint) throws Exception {
		MvcResult result = mvc.perform(build(endpoint)).andReturn();
		if (endpoint.access() == Access.PUBLIC) {
			assertThat(result.getResponse().getStatus()).isEqualTo(200);
		}
		else if (endpoint.access() == Access.PUBLIC_NOT_FOUND) {
			assertThat(result.getResponse().getStatus()).isEqualTo(404);
		}
		else {
			assertThat(result.getResponse().getStatus()).isEqualTo(302);
			assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login");
		}
	}

	@ParameterizedTest
	@MethodSource("endpoints")
	void aMemberIsRefusedTheSecretariatsPages(Endpoint endpoint) throws Exception {
		int status = mvc.perform(build(endpoint).with(Visitors.as(users, Visitors.MEMBER)))
			.andReturn()
			.getResponse()
			.getStatus();
		if (endpoint.access() == Access.SECRETARIAT || endpoint.access() == Access.OTHER_GROUP) {
			assertThat(status).isEqualTo(403);
		}
		else if (endpoint.access() == Access.PUBLIC_NOT_FOUND || endpoint.access() == Access.SIGNED_IN_NOT_FOUND) {
			assertThat(status).isEqualTo(404);
		}
		else {
			assertThat(status).isIn(200, 302);
		}
	}

	@ParameterizedTest
	@MethodSource("endpoints")
	void theSecretariatMayUseEverything(Endpoint endpoint) throws Exception {
		int status = mvc.perform(build(endpoint).with(Visitors.as(users, Visitors.SECRETARIAT)))
			.andReturn()
			.getResponse()
			.getStatus();
		// The table points at a person who does not exist, so the secretariat gets "not found", never "forbidden".
		assertThat(status).isIn(200, 302, 404);
	}

	@Test
	void formsWithoutTheCsrfTokenAreRefused() throws Exception {
		for (Endpoint endpoint : endpoints()) {
			if (endpoint.method() == HttpMethod.POST) {
				mvc.perform(request(endpoint.method(), endpoint.path()).with(Visitors.as(users, Visitors.SECRETARIAT)))
					.andExpect(status().isForbidden());
			}
		}
	}

	@Test
	void everyEndpointHasARule() {
		Set<String> covered = endpoints().stream()
			.map(e -> e.method() + " " + e.pattern())
			.collect(Collectors.toSet());
		Set<String> mapped = mappings.getHandlerMethods()
			.keySet()
			.stream()
			.flatMap(info -> info.getPatternValues()
				.stream()
				.flatMap(pattern -> info.getMethodsCondition().getMethods().stream().map(m -> m.name() + " " + pattern)))
			.filter(mapping -> !mapping.endsWith(" /error"))
			.collect(Collectors.toSet());
		assertThat(covered).containsExactlyInAnyOrderElementsOf(mapped);
	}

	@Test
	void anonymousHealthChecksSeeOnlyTheStatus() throws Exception {
		mvc.perform(request(HttpMethod.GET, "/actuator/health"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"))
			.andExpect(jsonPath("$.components").doesNotExist());
		mvc.perform(request(HttpMethod.GET, "/actuator/health").with(Visitors.as(users, Visitors.SECRETARIAT)))
			.andExpect(jsonPath("$.components.db.status").value("UP"));
	}

	@Test
	void otherActuatorEndpointsAreNotExposed() throws Exception {
		for (String path : List.of("/actuator/env", "/actuator/beans", "/actuator/metrics")) {
			int status = mvc.perform(request(HttpMethod.GET, path).with(Visitors.as(users, Visitors.SECRETARIAT)))
				.andReturn()
				.getResponse()
				.getStatus();
			assertThat(status).as(path).isEqualTo(404);
		}
	}

	private MockHttpServletRequestBuilder build(Endpoint endpoint) {
		MockHttpServletRequestBuilder builder = request(endpoint.method(), endpoint.path());
		if (endpoint.method() == HttpMethod.POST) {
			builder = builder.with(csrf())
				.param("currentPassword", "wrong")
				.param("newPassword", "x")
				.param("repeatPassword", "y");
		}
		return builder;
	}

}
