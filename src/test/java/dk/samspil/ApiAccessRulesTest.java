package dk.samspil;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import dk.samspil.accounts.Accounts;
import dk.samspil.accounts.PersonId;
import dk.samspil.api.ApiTokensTest;
import dk.samspil.groups.GroupDirectory;
import dk.samspil.groups.GroupId;
import dk.samspil.groups.GroupKind;
import dk.samspil.groups.GroupRole;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every API endpoint with who may read it, tried anonymously, with a municipality's token
 * (Billund, which takes part in the probe group), another municipality's token (Kolding,
 * which does not) and a system's token. The private rows point at a group of Billund's
 * alone, so Kolding's token probes another municipality's private data. A new API
 * endpoint missing from this table fails {@link #everyApiEndpointHasARule()}; the pages
 * are in {@link AccessRulesTest}.
 */
@SamspilTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiAccessRulesTest {

	enum Access {

		/** Anyone, without a token. */
		PUBLIC,
		/** Any token; anonymous callers get 401. */
		TOKEN,
		/**
		 * Private content of the probe group: Billund's token reads it, Kolding's and the
		 * system's get 404 as if it did not exist, anonymous callers 401.
		 */
		PRIVATE,
		/** Open to anyone, pointing at nothing: 404 for all. */
		PUBLIC_NOT_FOUND

	}

	record Endpoint(String pattern, String path, Access access) {

		@Override
		public String toString() {
			return path;
		}
	}

	static final long NO_SUCH_ID = 999_999;

	static List<Endpoint> endpoints() {
		return List.of(endpoint("/api/v1/groups", "/api/v1/groups", Access.TOKEN),
				endpoint("/api/v1/groups/{slug}", "/api/v1/groups/{group}", Access.TOKEN),
				endpoint("/api/v1/decisions", "/api/v1/decisions?group={group}", Access.PRIVATE),
				endpoint("/api/v1/decisions/{id}", "/api/v1/decisions/{decision}", Access.PRIVATE),
				endpoint("/api/v1/groups/{slug}/meetings", "/api/v1/groups/{group}/meetings", Access.PRIVATE),
				endpoint("/api/v1/meetings/{id}", "/api/v1/meetings/{meeting}", Access.PRIVATE),
				endpoint("/api/v1/water/runs", "/api/v1/water/runs?group={group}", Access.PRIVATE),
				endpoint("/api/v1/water/runs/{id}", "/api/v1/water/runs/{run}", Access.PRIVATE),
				// another group's run, read through the group's decision that cites it
				endpoint("/api/v1/water/runs/{id}", "/api/v1/water/runs/{citedRun}", Access.PRIVATE),
				endpoint("/api/v1/documents", "/api/v1/documents", Access.PUBLIC),
				endpoint("/api/v1/documents/{id}", "/api/v1/documents/{publicDocument}", Access.PUBLIC),
				// a document only the group's members read is not there, with any token
				endpoint("/api/v1/documents/{id}", "/api/v1/documents/{groupDocument}", Access.PUBLIC_NOT_FOUND),
				endpoint("/api/v1/consultations", "/api/v1/consultations", Access.PUBLIC),
				endpoint("/api/v1/consultations/{id}", "/api/v1/consultations/1", Access.PUBLIC),
				endpoint("/api/v1/consultations/{id}", "/api/v1/consultations/" + NO_SUCH_ID, Access.PUBLIC_NOT_FOUND),
				endpoint("/api/v1/goals", "/api/v1/goals", Access.PUBLIC),
				endpoint("/api/v1/goals/{id}", "/api/v1/goals/{publicGoal}", Access.PUBLIC),
				// a goal the secretariat has not made public is not there, with any token
				endpoint("/api/v1/goals/{id}", "/api/v1/goals/{internalGoal}", Access.PUBLIC_NOT_FOUND),
				// the OpenAPI document and its page
				endpoint("/api/openapi", "/api/openapi", Access.PUBLIC),
				endpoint("/api/openapi.yaml", "/api/openapi.yaml", Access.PUBLIC),
				endpoint("/api/openapi/swagger-config", "/api/openapi/swagger-config", Access.PUBLIC),
				endpoint("/api/docs.html", "/api/docs.html", Access.PUBLIC));
	}

	private static Endpoint endpoint(String pattern, String path, Access access) {
		return new Endpoint(pattern, path, access);
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	GroupDirectory groups;

	@Autowired
	Accounts accounts;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	String billund;

	String kolding;

	String system;

	String groupSlug;

	long decision;

	long meeting;

	long run;

	long citedRun;

	@BeforeAll
	void probeGroupAndTokens() throws Exception {
		GroupId group = groups.start("API-prøve Billund", GroupKind.WORKING, "Kun Billund er med.");
		PersonId member = accounts.findByUsername("billund.plan").orElseThrow();
		groups.addMember(group, member, GroupRole.CHAIR);
		groupSlug = groups.find(group).orElseThrow().slug();
		meeting = jdbc.sql("""
				insert into meetings_meeting (group_id, title, starts_at, ends_at, agenda_deadline, agenda_published)
				values (?, 'Billunds eget møde', now() - interval '2 days', now() - interval '1 day',
				  now() - interval '3 days', now() - interval '4 days') returning id""")
			.param(group.value())
			.query(Long.class)
			.single();
		long item = jdbc.sql("""
				insert into meetings_agenda_item (group_id, meeting_id, title, proposed_by, status)
				values (?, ?, 'Billunds punkt', ?, 'ACCEPTED') returning id""")
			.params(group.value(), meeting, member.value())
			.query(Long.class)
			.single();
		decision = jdbc.sql("""
				insert into meetings_decision (group_id, meeting_id, item_id, text, decided_on)
				values (?, ?, ?, 'Kun for Billund', current_date) returning id""")
			.params(group.value(), meeting, item)
			.query(Long.class)
			.single();
		run = finishedRun(group, member);
		GroupId elsewhere = groups.start("API-prøve uden medlemmer", GroupKind.PROJECT, "Ingen kommune er med.");
		citedRun = finishedRun(elsewhere, member);
		jdbc.sql("""
				insert into water_run_citation (run_id, decision_id, cited_by_name, cited_at)
				values (?, ?, 'Billund', now())""").params(citedRun, decision).update();
		billund = ApiTokensTest.issue(mvc, users, "Billund ESDH", "0530");
		kolding = ApiTokensTest.issue(mvc, users, "Kolding ESDH", "0621");
		system = ApiTokensTest.issue(mvc, users, "Regionens hjemmeside", "");
	}

	/** One scenario's summary, in the shape a run stores it. */
	static final String SUMMARY = """
			{"scenarios": 1, "firstYear": 2026, "reliability": {"drinking": {"p10": 0.9, "p50": 0.9, "p90": 0.9}},
			 "meanShortfall": {"drinking": 1200.0}, "meanUnused": 0, "scenariosWithBreaches": 0,
			 "placeReliability": {"0530": {"drinking": 0.9}}, "placeShortfall": {"0530": {"drinking": 1200.0}},
			 "yearly": {}, "scenariosShort": {"drinking": 1}}""";

	/**
	 * A finished run of a model of {@code group}, with a summary as the worker stores it.
	 */
	private long finishedRun(GroupId group, PersonId by) {
		long model = jdbc.sql("insert into water_model (group_id, name, latest_version) values (?, ?, 1) returning id")
			.params(group.value(), "Prøvemodel " + group.value())
			.query(Long.class)
			.single();
		jdbc.sql("""
				insert into water_model_version (model_id, number, content, comment, saved_by, saved_by_name, saved_at)
				values (?, 1, '{}', 'Første', ?, 'Prøve', now())""").params(model, by.value()).update();
		return jdbc
			.sql("""
					insert into water_run (model_id, model_version, status, scenarios, scenario_count, months, engine_version,
					  started_by, started_by_name, created_at, started_at, finished_at, summary)
					values (?, 1, 'FINISHED', '[]', 1, 12, 'prøve', ?, 'Prøve', now(), now(), now(), cast(? as jsonb))
					returning id""")
			.params(model, by.value(), SUMMARY)
			.query(Long.class)
			.single();
	}

	private String path(Endpoint endpoint) {
		return endpoint.path()
			.replace("{group}", groupSlug)
			.replace("{decision}", String.valueOf(decision))
			.replace("{meeting}", String.valueOf(meeting))
			.replace("{run}", String.valueOf(run))
			.replace("{citedRun}", String.valueOf(citedRun))
			.replace("{publicDocument}", String.valueOf(document("PUBLIC")))
			.replace("{groupDocument}", String.valueOf(document("GROUP")))
			.replace("{publicGoal}", String.valueOf(goal(true)))
			.replace("{internalGoal}", String.valueOf(goal(false)));
	}

	private long goal(boolean isPublic) {
		return jdbc.sql("select min(id) from goals_goal where public = ?").param(isPublic).query(Long.class).single();
	}

	private long document(String visibility) {
		return jdbc.sql("select min(id) from library_document where visibility = ?")
			.param(visibility)
			.query(Long.class)
			.single();
	}

	private int status(Endpoint endpoint, String token) throws Exception {
		MockHttpServletRequestBuilder request = get(path(endpoint));
		if (token != null) {
			request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
		}
		MvcResult result = mvc.perform(request).andReturn();
		int status = result.getResponse().getStatus();
		if (status >= 400) {
			assertThat(result.getResponse().getContentType()).as(endpoint + " error")
				.startsWith("application/problem+json");
		}
		return status;
	}

	@ParameterizedTest
	@MethodSource("endpoints")
	void anonymousCallersReadOnlyWhatIsPublic(Endpoint endpoint) throws Exception {
		int status = status(endpoint, null);
		switch (endpoint.access()) {
			case PUBLIC -> assertThat(status).isIn(200, 302);
			case PUBLIC_NOT_FOUND -> assertThat(status).isEqualTo(404);
			default -> assertThat(status).isEqualTo(401);
		}
	}

	@ParameterizedTest
	@MethodSource("endpoints")
	void theMunicipalityThatTakesPartReadsItsGroup(Endpoint endpoint) throws Exception {
		int status = status(endpoint, billund);
		if (endpoint.access() == Access.PUBLIC_NOT_FOUND) {
			assertThat(status).isEqualTo(404);
		}
		else {
			assertThat(status).isIn(200, 302);
		}
	}

	@ParameterizedTest
	@MethodSource("endpoints")
	void anotherMunicipalityFindsNoPrivateData(Endpoint endpoint) throws Exception {
		int status = status(endpoint, kolding);
		if (endpoint.access() == Access.PRIVATE || endpoint.access() == Access.PUBLIC_NOT_FOUND) {
			assertThat(status).isEqualTo(404);
		}
		else {
			assertThat(status).isIn(200, 302);
		}
	}

	@ParameterizedTest
	@MethodSource("endpoints")
	void aSystemsTokenReadsNoGroupsPrivateData(Endpoint endpoint) throws Exception {
		int status = status(endpoint, system);
		if (endpoint.access() == Access.PRIVATE || endpoint.access() == Access.PUBLIC_NOT_FOUND) {
			assertThat(status).isEqualTo(404);
		}
		else {
			assertThat(status).isIn(200, 302);
		}
	}

	@Test
	void aSignedInBrowserSessionGivesNoAccessToTheApi() throws Exception {
		int status = mvc.perform(get("/api/v1/decisions").with(Visitors.as(users, Visitors.SECRETARIAT)))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(status).isEqualTo(401);
	}

	@Test
	void noApiEndpointTakesAWrite() throws Exception {
		int status = mvc
			.perform(post("/api/v1/decisions").with(csrf()).header(HttpHeaders.AUTHORIZATION, "Bearer " + billund))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(status).isEqualTo(405);
	}

	@Test
	void everyApiEndpointHasARule() {
		Set<String> covered = endpoints().stream().map(Endpoint::pattern).collect(Collectors.toSet());
		Set<String> mapped = mappings.getHandlerMethods()
			.keySet()
			.stream()
			.flatMap(info -> info.getPatternValues().stream())
			.filter(pattern -> pattern.startsWith("/api/"))
			.collect(Collectors.toSet());
		assertThat(covered).containsExactlyInAnyOrderElementsOf(mapped);
	}

}
