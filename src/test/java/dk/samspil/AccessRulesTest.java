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
		/** Open without login, found by a secret token (a receipt's withdrawal link): an unknown one is not found. */
		PUBLIC_BY_TOKEN
	}

	record Endpoint(HttpMethod method, String pattern, String path, Access access) {

		@Override
		public String toString() {
			return method + " " + path;
		}
	}

	static final long NO_SUCH_PERSON = 999_999;

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
				// plans: the demo plan is number 1, with a consultation on its first version
				endpoint("GET", "/plans", "/plans", Access.SIGNED_IN),
				endpoint("POST", "/plans", "/plans", Access.SECRETARIAT),
				endpoint("GET", "/plans/{id}", "/plans/1", Access.SIGNED_IN),
				endpoint("POST", "/plans/{id}/versions", "/plans/" + NO_SUCH_PERSON + "/versions", Access.SECRETARIAT),
				endpoint("GET", "/plans/{id}/versions/{number}", "/plans/1/versions/1", Access.SIGNED_IN),
				endpoint("GET", "/plans/{id}/versions/{number}/compare", "/plans/1/versions/1/compare",
						Access.SIGNED_IN),
				endpoint("POST", "/plans/{id}/versions/{number}/consultation",
						"/plans/" + NO_SUCH_PERSON + "/versions/1/consultation", Access.SECRETARIAT),
				// council secretaries may record steps too (for their own municipality), the demo member may not
				endpoint("POST", "/plans/{id}/steps", "/plans/" + NO_SUCH_PERSON + "/steps", Access.SECRETARIAT),
				endpoint("POST", "/plans/{id}/objections", "/plans/" + NO_SUCH_PERSON + "/objections",
						Access.SECRETARIAT),
				endpoint("POST", "/plans/{id}/objections/{objection}/lift",
						"/plans/" + NO_SUCH_PERSON + "/objections/1/lift", Access.SECRETARIAT),
				endpoint("POST", "/plans/{id}/reconcile", "/plans/" + NO_SUCH_PERSON + "/reconcile", Access.SECRETARIAT),
				endpoint("GET", "/plans/{id}/audit", "/plans/1/audit", Access.SIGNED_IN),
				// consultations: the public side
				endpoint("GET", "/consultations", "/consultations", Access.PUBLIC),
				endpoint("GET", "/consultations/{id}", "/consultations/1", Access.PUBLIC),
				endpoint("GET", "/consultations/{id}/respond", "/consultations/1/respond", Access.PUBLIC),
				endpoint("POST", "/consultations/{id}/respond", "/consultations/1/respond", Access.PUBLIC),
				endpoint("GET", "/consultations/responses/{token}", "/consultations/responses/no-such-token",
						Access.PUBLIC_BY_TOKEN),
				endpoint("POST", "/consultations/responses/{token}/withdraw",
						"/consultations/responses/no-such-token/withdraw", Access.PUBLIC_BY_TOKEN),
				endpoint("GET", "/consultations/{id}/memo", "/consultations/1/memo", Access.PUBLIC),
				endpoint("GET", "/consultations/{id}/memo.pdf", "/consultations/1/memo.pdf", Access.PUBLIC),
				// consultations: the officials' side; the demo consultation's first response has an attachment
				endpoint("GET", "/processing/{id}", "/processing/1", Access.SIGNED_IN),
				endpoint("GET", "/processing/responses/{id}", "/processing/responses/1", Access.SIGNED_IN),
				endpoint("POST", "/processing/responses/{id}", "/processing/responses/1", Access.SIGNED_IN),
				endpoint("GET", "/processing/responses/{id}/attachments/{attachment}",
						"/processing/responses/1/attachments/1", Access.SIGNED_IN),
				endpoint("GET", "/processing/{id}/memo", "/processing/1/memo", Access.SIGNED_IN),
				endpoint("GET", "/processing/{id}/memo.pdf", "/processing/1/memo.pdf", Access.SIGNED_IN),
				endpoint("GET", "/processing/personal-data", "/processing/personal-data", Access.SECRETARIAT));
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
		else if (endpoint.access() == Access.PUBLIC_BY_TOKEN) {
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
		if (endpoint.access() == Access.SECRETARIAT) {
			assertThat(status).isEqualTo(403);
		}
		else if (endpoint.access() == Access.PUBLIC_BY_TOKEN) {
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
