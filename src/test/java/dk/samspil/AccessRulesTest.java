package dk.samspil;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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
 * Every page and endpoint with who may use it, tried by a visitor, a member and the
 * secretariat. A new endpoint that is missing from this table fails
 * {@link #everyEndpointHasARule()}.
 */
@SamspilTest
class AccessRulesTest {

	enum Access {

		PUBLIC, SIGNED_IN, SECRETARIAT,
		/**
		 * Members of the group in the path (the demo member belongs to teknisk-vand) and
		 * the secretariat.
		 */
		GROUP_MEMBER,
		/**
		 * The group's chair and the secretariat; the demo member is a plain member of
		 * teknisk-vand.
		 */
		GROUP_CHAIR,
		/**
		 * Belongs to a group the demo member is not in: the member is refused, the
		 * secretariat may.
		 */
		OTHER_GROUP,
		/**
		 * Citizens' personal data: the secretariat and the consultation's caseworkers;
		 * the demo member is not a caseworker of the demo consultation, so is refused.
		 * Who else may is tested in PersonalDataAccessTest.
		 */
		CASEWORKER,
		/**
		 * Needs a login; the table points at content that does not exist, so every
		 * signed-in person gets "not found". Who may see and change real content is
		 * tested in each module's access tests.
		 */
		SIGNED_IN_NOT_FOUND,
		/**
		 * Open without login (a secret token or a public document); the table points at
		 * nothing, so "not found".
		 */
		PUBLIC_NOT_FOUND

	}

	record Endpoint(HttpMethod method, String pattern, String path, Access access) {

		@Override
		public String toString() {
			return method + " " + path;
		}
	}

	static final long NO_SUCH_PERSON = 999_999;

	static final long NO_SUCH_ID = 999_999;

	static final String NO_SUCH_GROUP = "no-such-group";

	static final long NO_SUCH_CONTENT = 999_999;

	static final long NO_SUCH_DOCUMENT = 999_999;

	static List<Endpoint> endpoints() {
		return List.of(endpoint("GET", "/", "/", Access.PUBLIC), endpoint("GET", "/login", "/login", Access.PUBLIC),
				endpoint("GET", "/account", "/account", Access.SIGNED_IN),
				endpoint("POST", "/account/password", "/account/password", Access.SIGNED_IN),
				endpoint("GET", "/groups", "/groups", Access.SIGNED_IN),
				endpoint("GET", "/groups/{slug}", "/groups/teknisk-vand", Access.SIGNED_IN),
				endpoint("GET", "/groups/new", "/groups/new", Access.SECRETARIAT),
				endpoint("POST", "/groups", "/groups", Access.SECRETARIAT),
				endpoint("GET", "/groups/{slug}/edit", "/groups/" + NO_SUCH_GROUP + "/edit", Access.SECRETARIAT),
				endpoint("POST", "/groups/{slug}", "/groups/" + NO_SUCH_GROUP, Access.SECRETARIAT),
				endpoint("POST", "/groups/{slug}/close", "/groups/" + NO_SUCH_GROUP + "/close", Access.SECRETARIAT),
				endpoint("POST", "/groups/{slug}/reopen", "/groups/" + NO_SUCH_GROUP + "/reopen", Access.SECRETARIAT),
				endpoint("GET", "/admin/themes", "/admin/themes", Access.SECRETARIAT),
				endpoint("POST", "/admin/themes", "/admin/themes", Access.SECRETARIAT),
				endpoint("POST", "/admin/themes/{id}/rename", "/admin/themes/" + NO_SUCH_ID + "/rename",
						Access.SECRETARIAT),
				endpoint("POST", "/admin/themes/{id}/retire", "/admin/themes/" + NO_SUCH_ID + "/retire",
						Access.SECRETARIAT),
				endpoint("POST", "/admin/themes/{id}/merge", "/admin/themes/" + NO_SUCH_ID + "/merge",
						Access.SECRETARIAT),
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
				endpoint("POST", "/people/{id}/unlock", "/people/" + NO_SUCH_PERSON + "/unlock", Access.SECRETARIAT),
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
				endpoint("GET", "/public/documents", "/public/documents", Access.PUBLIC),
				endpoint("GET", "/public/documents/{id}", "/public/documents/" + NO_SUCH_DOCUMENT,
						Access.PUBLIC_NOT_FOUND),
				endpoint("GET", "/public/documents/{id}/attachments/{attachment}",
						"/public/documents/" + NO_SUCH_DOCUMENT + "/attachments/1", Access.PUBLIC_NOT_FOUND),
				endpoint("GET", "/search", "/search?q=vand", Access.SIGNED_IN),
				endpoint("GET", "/search/recent", "/search/recent", Access.SIGNED_IN),
				endpoint("GET", "/search/filters", "/search/filters?group=teknisk-vand", Access.SIGNED_IN),
				endpoint("GET", "/themes", "/themes", Access.SIGNED_IN),
				endpoint("GET", "/themes/{id}", "/themes/1", Access.SIGNED_IN),
				endpoint("GET", "/admin/api-tokens", "/admin/api-tokens", Access.SECRETARIAT),
				endpoint("POST", "/admin/api-tokens", "/admin/api-tokens", Access.SECRETARIAT),
				endpoint("POST", "/admin/api-tokens/{id}/revoke", "/admin/api-tokens/" + NO_SUCH_ID + "/revoke",
						Access.SECRETARIAT));
	}

	static List<Endpoint> meetingEndpoints() {
		String meeting = "/meetings/" + NO_SUCH_CONTENT;
		String item = "/items/" + NO_SUCH_CONTENT;
		String decision = "/decisions/" + NO_SUCH_CONTENT;
		return List.of(endpoint("GET", "/groups/{slug}/meetings", "/groups/teknisk-vand/meetings", Access.GROUP_MEMBER),
				endpoint("GET", "/groups/{slug}/meetings/overview", "/groups/teknisk-vand/meetings/overview",
						Access.GROUP_MEMBER),
				// teknisk-vand is a working group: any member calls a meeting (in a fixed
				// group only the chair does,
				// see GroupListTest) and proposes items to the group's list
				endpoint("GET", "/groups/{slug}/meetings/new", "/groups/teknisk-vand/meetings/new",
						Access.GROUP_MEMBER),
				endpoint("POST", "/groups/{slug}/meetings", "/groups/teknisk-vand/meetings", Access.GROUP_MEMBER),
				endpoint("POST", "/groups/{slug}/items", "/groups/teknisk-vand/items", Access.GROUP_MEMBER),
				endpoint("GET", "/meetings/upcoming", "/meetings/upcoming", Access.SIGNED_IN),
				endpoint("GET", "/meetings/{id}", meeting, Access.SIGNED_IN_NOT_FOUND),
				endpoint("POST", "/meetings/{id}", meeting, Access.SIGNED_IN_NOT_FOUND),
				endpoint("GET", "/meetings/{id}/edit", meeting + "/edit", Access.SIGNED_IN_NOT_FOUND),
				endpoint("POST", "/meetings/{id}/publish", meeting + "/publish", Access.SIGNED_IN_NOT_FOUND),
				endpoint("GET", "/meetings/{id}/cancel", meeting + "/cancel", Access.SIGNED_IN_NOT_FOUND),
				endpoint("POST", "/meetings/{id}/cancel", meeting + "/cancel", Access.SIGNED_IN_NOT_FOUND),
				endpoint("GET", "/meetings/{id}/agenda.pdf", meeting + "/agenda.pdf", Access.SIGNED_IN_NOT_FOUND),
				endpoint("GET", "/meetings/{id}/items/new", meeting + "/items/new", Access.SIGNED_IN_NOT_FOUND),
				endpoint("POST", "/meetings/{id}/items", meeting + "/items", Access.SIGNED_IN_NOT_FOUND),
				endpoint("POST", "/meetings/{id}/items/{itemId}/{action}", meeting + "/items/1/accept",
						Access.SIGNED_IN_NOT_FOUND),
				endpoint("GET", "/meetings/{id}/minutes", meeting + "/minutes", Access.SIGNED_IN_NOT_FOUND),
				endpoint("POST", "/meetings/{id}/minutes", meeting + "/minutes", Access.SIGNED_IN_NOT_FOUND),
				endpoint("POST", "/meetings/{id}/minutes/submit", meeting + "/minutes/submit",
						Access.SIGNED_IN_NOT_FOUND),
				endpoint("POST", "/meetings/{id}/minutes/approve", meeting + "/minutes/approve",
						Access.SIGNED_IN_NOT_FOUND),
				endpoint("POST", "/meetings/{id}/minutes/comments", meeting + "/minutes/comments",
						Access.SIGNED_IN_NOT_FOUND),
				endpoint("POST", "/meetings/{id}/minutes/addenda", meeting + "/minutes/addenda",
						Access.SIGNED_IN_NOT_FOUND),
				endpoint("GET", "/meetings/{id}/minutes.pdf", meeting + "/minutes.pdf", Access.SIGNED_IN_NOT_FOUND),
				endpoint("GET", "/items/{id}", item, Access.SIGNED_IN_NOT_FOUND),
				endpoint("GET", "/attachments/{id}", "/attachments/" + NO_SUCH_CONTENT, Access.SIGNED_IN_NOT_FOUND),
				endpoint("GET", "/items/{itemId}/decision", item + "/decision", Access.SIGNED_IN_NOT_FOUND),
				endpoint("POST", "/items/{itemId}/decision", item + "/decision", Access.SIGNED_IN_NOT_FOUND),
				endpoint("GET", "/items/{itemId}/escalation", item + "/escalation", Access.SIGNED_IN_NOT_FOUND),
				endpoint("POST", "/items/{itemId}/escalation", item + "/escalation", Access.SIGNED_IN_NOT_FOUND),
				endpoint("GET", "/items/{itemId}/task", item + "/task", Access.SIGNED_IN_NOT_FOUND),
				endpoint("POST", "/items/{itemId}/task", item + "/task", Access.SIGNED_IN_NOT_FOUND),
				endpoint("GET", "/decisions/{id}", decision, Access.SIGNED_IN_NOT_FOUND),
				endpoint("POST", "/decisions/{id}/revoke", decision + "/revoke", Access.SIGNED_IN_NOT_FOUND),
				endpoint("GET", "/decisions/{id}/task", decision + "/task", Access.SIGNED_IN_NOT_FOUND),
				endpoint("POST", "/decisions/{id}/task", decision + "/task", Access.SIGNED_IN_NOT_FOUND),
				endpoint("GET", "/tasks", "/tasks", Access.SIGNED_IN),
				endpoint("POST", "/tasks/{id}/done", "/tasks/" + NO_SUCH_CONTENT + "/done", Access.SIGNED_IN_NOT_FOUND),
				endpoint("GET", "/calendar", "/calendar", Access.SIGNED_IN),
				endpoint("POST", "/calendar/token", "/calendar/token", Access.SIGNED_IN),
				endpoint("GET", "/calendar/{token}.ics", "/calendar/not-a-token.ics", Access.PUBLIC_NOT_FOUND));
	}

	static List<Endpoint> planEndpoints() {
		return List.of(
				// plans: the demo plan is number 1, with a consultation on its first
				// version
				endpoint("GET", "/plans", "/plans", Access.SIGNED_IN),
				endpoint("POST", "/plans", "/plans", Access.SECRETARIAT),
				endpoint("GET", "/plans/{id}", "/plans/1", Access.SIGNED_IN),
				endpoint("POST", "/plans/{id}/versions", "/plans/" + NO_SUCH_PERSON + "/versions", Access.SECRETARIAT),
				endpoint("GET", "/plans/{id}/versions/{number}", "/plans/1/versions/1", Access.SIGNED_IN),
				endpoint("GET", "/plans/{id}/versions/{number}/compare", "/plans/1/versions/1/compare",
						Access.SIGNED_IN),
				endpoint("POST", "/plans/{id}/versions/{number}/consultation",
						"/plans/" + NO_SUCH_PERSON + "/versions/1/consultation", Access.SECRETARIAT),
				// council secretaries may record steps too (for their own municipality),
				// the demo member may not
				endpoint("POST", "/plans/{id}/steps", "/plans/" + NO_SUCH_PERSON + "/steps", Access.SECRETARIAT),
				endpoint("POST", "/plans/{id}/steps/{step}/withdraw", "/plans/" + NO_SUCH_PERSON + "/steps/1/withdraw",
						Access.SECRETARIAT),
				endpoint("POST", "/plans/{id}/steps/{step}/correct", "/plans/" + NO_SUCH_PERSON + "/steps/1/correct",
						Access.SECRETARIAT),
				endpoint("POST", "/plans/{id}/versions/{number}/proceed",
						"/plans/" + NO_SUCH_PERSON + "/versions/1/proceed", Access.SECRETARIAT),
				endpoint("POST", "/plans/{id}/objections", "/plans/" + NO_SUCH_PERSON + "/objections",
						Access.SECRETARIAT),
				endpoint("POST", "/plans/{id}/objections/{objection}/lift",
						"/plans/" + NO_SUCH_PERSON + "/objections/1/lift", Access.SECRETARIAT),
				endpoint("POST", "/plans/{id}/reconcile", "/plans/" + NO_SUCH_PERSON + "/reconcile",
						Access.SECRETARIAT),
				endpoint("GET", "/plans/{id}/audit", "/plans/1/audit", Access.SIGNED_IN),
				endpoint("GET", "/plans/committees", "/plans/committees", Access.SECRETARIAT),
				endpoint("POST", "/plans/committees", "/plans/committees", Access.SECRETARIAT),
				// a council secretary sees what waits for their council
				// (CommitteeNamesTest),
				// anyone else an empty fragment
				endpoint("GET", "/plans/waiting", "/plans/waiting", Access.SIGNED_IN),
				// consultations: the public side
				endpoint("GET", "/consultations", "/consultations", Access.PUBLIC),
				endpoint("GET", "/consultations/{id}", "/consultations/1", Access.PUBLIC),
				endpoint("GET", "/consultations/{id}/respond", "/consultations/1/respond", Access.PUBLIC),
				endpoint("GET", "/consultations/{id}/document.pdf", "/consultations/1/document.pdf", Access.PUBLIC),
				endpoint("POST", "/consultations/{id}/respond", "/consultations/1/respond", Access.PUBLIC),
				endpoint("GET", "/consultations/responses/{token}", "/consultations/responses/no-such-token",
						Access.PUBLIC_NOT_FOUND),
				endpoint("POST", "/consultations/responses/{token}/withdraw",
						"/consultations/responses/no-such-token/withdraw", Access.PUBLIC_NOT_FOUND),
				// the demo consultation is open, so its memo is not published: it does
				// not exist for anyone yet
				endpoint("GET", "/consultations/{id}/memo", "/consultations/1/memo", Access.PUBLIC_NOT_FOUND),
				endpoint("GET", "/consultations/{id}/memo.pdf", "/consultations/1/memo.pdf", Access.PUBLIC_NOT_FOUND),
				// consultations: the officials' side; the demo consultation's first
				// response has an attachment
				// a member who is not a caseworker is sent to the pseudonymised memo
				endpoint("GET", "/processing/{id}", "/processing/1", Access.SIGNED_IN),
				endpoint("GET", "/processing/responses/{id}", "/processing/responses/1", Access.CASEWORKER),
				endpoint("POST", "/processing/responses/{id}", "/processing/responses/1", Access.CASEWORKER),
				endpoint("GET", "/processing/responses/{id}/attachments/{attachment}",
						"/processing/responses/1/attachments/1", Access.CASEWORKER),
				endpoint("POST", "/processing/{id}/memo/publish", "/processing/1/memo/publish", Access.SECRETARIAT),
				endpoint("POST", "/processing/{id}/caseworkers", "/processing/" + NO_SUCH_ID + "/caseworkers",
						Access.SECRETARIAT),
				endpoint("POST", "/processing/{id}/caseworkers/{person}/remove",
						"/processing/" + NO_SUCH_ID + "/caseworkers/" + NO_SUCH_PERSON + "/remove", Access.SECRETARIAT),
				endpoint("GET", "/processing/{id}/memo", "/processing/1/memo", Access.SIGNED_IN),
				endpoint("GET", "/processing/{id}/memo.pdf", "/processing/1/memo.pdf", Access.SIGNED_IN),
				endpoint("GET", "/processing/personal-data", "/processing/personal-data", Access.SECRETARIAT));
	}

	static List<Endpoint> goalEndpoints() {
		String goal = "/goals/" + NO_SUCH_CONTENT;
		return List.of(endpoint("GET", "/goals", "/goals", Access.SIGNED_IN),
				endpoint("GET", "/goals/new", "/goals/new", Access.SECRETARIAT),
				endpoint("POST", "/goals", "/goals", Access.SECRETARIAT),
				endpoint("GET", "/goals/{id}", goal, Access.SIGNED_IN_NOT_FOUND),
				endpoint("POST", "/goals/{id}/public", goal + "/public", Access.SECRETARIAT),
				endpoint("POST", "/goals/{id}/figures", goal + "/figures", Access.SIGNED_IN_NOT_FOUND),
				endpoint("POST", "/goals/{id}/figures/{figureId}/correction", goal + "/figures/1/correction",
						Access.SIGNED_IN_NOT_FOUND),
				endpoint("POST", "/goals/{id}/figures/import", goal + "/figures/import", Access.SIGNED_IN_NOT_FOUND),
				endpoint("GET", "/goals/{id}/figures/template.csv", goal + "/figures/template.csv",
						Access.SIGNED_IN_NOT_FOUND),
				endpoint("POST", "/goals/{id}/responsible", goal + "/responsible", Access.SECRETARIAT),
				endpoint("POST", "/goals/{id}/responsible/remove", goal + "/responsible/remove", Access.SECRETARIAT),
				endpoint("POST", "/goals/{id}/actions", goal + "/actions", Access.SIGNED_IN_NOT_FOUND),
				endpoint("POST", "/goals/{id}/actions/{actionId}/status", goal + "/actions/1/status",
						Access.SIGNED_IN_NOT_FOUND),
				endpoint("GET", "/public/goals", "/public/goals", Access.PUBLIC),
				endpoint("GET", "/public/goals/{id}", "/public/goals/" + NO_SUCH_CONTENT, Access.PUBLIC_NOT_FOUND),
				endpoint("GET", "/public/goals/data", "/public/goals/data", Access.PUBLIC),
				endpoint("GET", "/public/goals/figures.csv", "/public/goals/figures.csv", Access.PUBLIC),
				endpoint("GET", "/public/goals/figures.json", "/public/goals/figures.json", Access.PUBLIC));
	}

	/**
	 * The demo water model (number 1) belongs to Vandressourcen, of which the demo member
	 * is the chair.
	 */
	static List<Endpoint> waterEndpoints() {
		String model = "/water/models/1";
		return List.of(endpoint("GET", "/water", "/water", Access.SIGNED_IN),
				endpoint("POST", "/water/models", "/water/models", Access.SIGNED_IN),
				endpoint("GET", "/water/models/{id}", model, Access.GROUP_MEMBER),
				endpoint("GET", "/water/models/{id}/versions/{number}", model + "/versions/1", Access.GROUP_MEMBER),
				endpoint("GET", "/water/models/{id}/versions/{number}/model.json", model + "/versions/1/model.json",
						Access.GROUP_MEMBER),
				endpoint("POST", "/water/models/{id}/versions", "/water/models/" + NO_SUCH_CONTENT + "/versions",
						Access.SIGNED_IN_NOT_FOUND),
				endpoint("GET", "/water/models/{id}/compare", model + "/compare", Access.GROUP_MEMBER),
				endpoint("GET", "/water/models/{id}/versions/{number}/map.geojson", model + "/versions/1/map.geojson",
						Access.GROUP_MEMBER),
				endpoint("GET", "/water/models/{id}/elements/{kind}", model + "/elements/pipes", Access.GROUP_MEMBER),
				endpoint("POST", "/water/models/{id}/runs", "/water/models/" + NO_SUCH_CONTENT + "/runs",
						Access.SIGNED_IN_NOT_FOUND),
				endpoint("GET", "/water/runs/{id}", "/water/runs/" + NO_SUCH_CONTENT, Access.SIGNED_IN_NOT_FOUND),
				endpoint("GET", "/water/runs/{id}/export/{table}.csv",
						"/water/runs/" + NO_SUCH_CONTENT + "/export/summary.csv", Access.SIGNED_IN_NOT_FOUND),
				endpoint("GET", "/water/runs/{id}/results.xlsx", "/water/runs/" + NO_SUCH_CONTENT + "/results.xlsx",
						Access.SIGNED_IN_NOT_FOUND),
				endpoint("GET", "/water/runs/{id}/summary.pdf", "/water/runs/" + NO_SUCH_CONTENT + "/summary.pdf",
						Access.SIGNED_IN_NOT_FOUND),
				endpoint("GET", "/water/runs/{id}/compare", "/water/runs/" + NO_SUCH_CONTENT + "/compare",
						Access.SIGNED_IN_NOT_FOUND),
				endpoint("GET", "/water/runs/{id}/progress", "/water/runs/" + NO_SUCH_CONTENT + "/progress",
						Access.SIGNED_IN_NOT_FOUND),
				endpoint("POST", "/water/runs/{id}/cancel", "/water/runs/" + NO_SUCH_CONTENT + "/cancel",
						Access.SIGNED_IN_NOT_FOUND),
				endpoint("POST", "/water/models/{id}/elements/{kind}",
						"/water/models/" + NO_SUCH_CONTENT + "/elements/pipes", Access.SIGNED_IN_NOT_FOUND),
				endpoint("GET", "/water/models/{id}/scenarios", model + "/scenarios", Access.GROUP_MEMBER),
				endpoint("GET", "/water/models/{id}/scenarios/new", model + "/scenarios/new", Access.GROUP_MEMBER),
				endpoint("POST", "/water/models/{id}/scenarios", "/water/models/" + NO_SUCH_CONTENT + "/scenarios",
						Access.SIGNED_IN_NOT_FOUND),
				endpoint("GET", "/water/models/{id}/scenarios/{scenario}", model + "/scenarios/" + NO_SUCH_CONTENT,
						Access.SIGNED_IN_NOT_FOUND),
				endpoint("POST", "/water/models/{id}/scenarios/{scenario}",
						"/water/models/" + NO_SUCH_CONTENT + "/scenarios/" + NO_SUCH_CONTENT,
						Access.SIGNED_IN_NOT_FOUND),
				endpoint("GET", "/water/models/{id}/ensembles/new", model + "/ensembles/new", Access.GROUP_MEMBER),
				endpoint("POST", "/water/models/{id}/ensembles", "/water/models/" + NO_SUCH_CONTENT + "/ensembles",
						Access.SIGNED_IN_NOT_FOUND),
				endpoint("GET", "/water/models/{id}/siting", model + "/siting", Access.GROUP_MEMBER),
				endpoint("GET", "/water/runs/{id}/summary", "/water/runs/" + NO_SUCH_CONTENT + "/summary",
						Access.SIGNED_IN_NOT_FOUND),
				endpoint("GET", "/water/runs/{id}/cite", "/water/runs/" + NO_SUCH_CONTENT + "/cite",
						Access.SIGNED_IN_NOT_FOUND),
				endpoint("POST", "/water/runs/{id}/citations", "/water/runs/" + NO_SUCH_CONTENT + "/citations",
						Access.SIGNED_IN_NOT_FOUND),
				endpoint("GET", "/water/models/{id}/siting.csv", "/water/models/" + NO_SUCH_CONTENT + "/siting.csv",
						Access.SIGNED_IN_NOT_FOUND),
				endpoint("POST", "/water/models/{id}/ensembles/{ensemble}/remove",
						"/water/models/" + NO_SUCH_CONTENT + "/ensembles/" + NO_SUCH_CONTENT + "/remove",
						Access.SIGNED_IN_NOT_FOUND));
	}

	static List<Endpoint> strategyEndpoints() {
		String process = "/strategy/" + NO_SUCH_ID;
		String topic = "/strategy/topics/" + NO_SUCH_ID;
		String round = "/strategy/rounds/" + NO_SUCH_ID;
		return List.of(endpoint("GET", "/strategy", "/strategy", Access.SIGNED_IN),
				endpoint("GET", "/strategy/new", "/strategy/new", Access.SECRETARIAT),
				endpoint("POST", "/strategy", "/strategy", Access.SECRETARIAT),
				endpoint("GET", "/strategy/{id}", process, Access.SIGNED_IN_NOT_FOUND),
				endpoint("GET", "/strategy/{id}/edit", process + "/edit", Access.SECRETARIAT),
				endpoint("POST", "/strategy/{id}", process, Access.SECRETARIAT),
				endpoint("GET", "/strategy/{id}/topics/new", process + "/topics/new", Access.SIGNED_IN_NOT_FOUND),
				endpoint("POST", "/strategy/{id}/topics", process + "/topics", Access.SIGNED_IN_NOT_FOUND),
				endpoint("GET", "/strategy/topics/{id}", topic, Access.SIGNED_IN_NOT_FOUND),
				endpoint("POST", "/strategy/topics/{id}/comments", topic + "/comments", Access.SIGNED_IN_NOT_FOUND),
				endpoint("GET", "/strategy/comments/{id}", "/strategy/comments/" + NO_SUCH_ID,
						Access.SIGNED_IN_NOT_FOUND),
				endpoint("POST", "/strategy/topics/{id}/endorsement", topic + "/endorsement",
						Access.SIGNED_IN_NOT_FOUND),
				endpoint("POST", "/strategy/topics/{id}/merge", topic + "/merge", Access.SECRETARIAT),
				endpoint("POST", "/strategy/topics/{id}/retire", topic + "/retire", Access.SECRETARIAT),
				endpoint("GET", "/strategy/{id}/rounds/new", process + "/rounds/new", Access.SECRETARIAT),
				endpoint("POST", "/strategy/{id}/rounds", process + "/rounds", Access.SECRETARIAT),
				endpoint("GET", "/strategy/rounds/{id}", round, Access.SIGNED_IN_NOT_FOUND),
				endpoint("POST", "/strategy/rounds/{id}/close", round + "/close", Access.SECRETARIAT),
				endpoint("POST", "/strategy/rounds/{id}/reopen", round + "/reopen", Access.SECRETARIAT),
				endpoint("GET", "/strategy/rounds/{id}/voters", round + "/voters", Access.SECRETARIAT),
				endpoint("POST", "/strategy/rounds/{id}/voters", round + "/voters", Access.SECRETARIAT),
				// a ballot is its municipality's voters' only: tried as other voters in
				// RoundsTest
				endpoint("GET", "/strategy/rounds/{id}/ballots/{code}", round + "/ballots/0630",
						Access.SIGNED_IN_NOT_FOUND),
				endpoint("POST", "/strategy/rounds/{id}/ballots/{code}", round + "/ballots/0630",
						Access.SIGNED_IN_NOT_FOUND),
				endpoint("GET", "/strategy/rounds/{id}/result.csv", round + "/result.csv", Access.SIGNED_IN_NOT_FOUND),
				endpoint("GET", "/strategy/rounds/{id}/result.pdf", round + "/result.pdf", Access.SIGNED_IN_NOT_FOUND),
				endpoint("POST", "/strategy/topics/{id}/choose", topic + "/choose", Access.SECRETARIAT),
				endpoint("POST", "/strategy/topics/{id}/handover", topic + "/handover", Access.SECRETARIAT),
				endpoint("POST", "/strategy/handovers/{id}/done", "/strategy/handovers/" + NO_SUCH_ID + "/done",
						Access.SIGNED_IN_NOT_FOUND),
				// the strategy document: members read it, the secretariat writes it
				// (StrategyDocumentTest)
				endpoint("GET", "/strategy/{id}/document", process + "/document", Access.SIGNED_IN_NOT_FOUND),
				endpoint("GET", "/strategy/{id}/document/versions/{number}", process + "/document/versions/1",
						Access.SIGNED_IN_NOT_FOUND),
				endpoint("GET", "/strategy/{id}/document/edit", process + "/document/edit", Access.SECRETARIAT),
				endpoint("POST", "/strategy/{id}/document", process + "/document", Access.SECRETARIAT),
				endpoint("POST", "/strategy/{id}/document/versions/{number}/consultation",
						process + "/document/versions/1/consultation", Access.SECRETARIAT),
				// citizens read the published strategy; a visitor's probes are in
				// StrategyDocumentTest
				endpoint("GET", "/public/strategy", "/public/strategy", Access.PUBLIC),
				endpoint("GET", "/public/strategy/{id}", "/public/strategy/" + NO_SUCH_ID, Access.PUBLIC_NOT_FOUND));
	}

	static List<Endpoint> allEndpoints() {
		return Stream
			.of(endpoints(), meetingEndpoints(), planEndpoints(), strategyEndpoints(), waterEndpoints(),
					goalEndpoints())
			.flatMap(List::stream)
			.toList();
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
	@MethodSource("allEndpoints")
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
	@MethodSource("allEndpoints")
	void aMemberIsRefusedTheSecretariatsPages(Endpoint endpoint) throws Exception {
		int status = mvc.perform(build(endpoint).with(Visitors.as(users, Visitors.MEMBER)))
			.andReturn()
			.getResponse()
			.getStatus();
		if (endpoint.access() == Access.SECRETARIAT || endpoint.access() == Access.GROUP_CHAIR
				|| endpoint.access() == Access.OTHER_GROUP || endpoint.access() == Access.CASEWORKER) {
			assertThat(status).isEqualTo(403);
		}
		else if (endpoint.access() == Access.SIGNED_IN_NOT_FOUND || endpoint.access() == Access.PUBLIC_NOT_FOUND) {
			assertThat(status).isEqualTo(404);
		}
		else {
			assertThat(status).isIn(200, 302);
		}
	}

	@ParameterizedTest
	@MethodSource("allEndpoints")
	void theSecretariatMayUseEverything(Endpoint endpoint) throws Exception {
		int status = mvc.perform(build(endpoint).with(Visitors.as(users, Visitors.SECRETARIAT)))
			.andReturn()
			.getResponse()
			.getStatus();
		// The table points at people, groups and themes that do not exist, so that trying
		// it changes nothing: the
		// secretariat gets "not found" there, never "forbidden".
		assertThat(status).isIn(200, 302, 404);
	}

	@Test
	void formsWithoutTheCsrfTokenAreRefused() throws Exception {
		for (Endpoint endpoint : allEndpoints()) {
			if (endpoint.method() == HttpMethod.POST) {
				mvc.perform(request(endpoint.method(), endpoint.path()).with(Visitors.as(users, Visitors.SECRETARIAT)))
					.andExpect(status().isForbidden());
			}
		}
	}

	@Test
	void everyEndpointHasARule() {
		Set<String> covered = allEndpoints().stream()
			.map(e -> e.method() + " " + e.pattern())
			.collect(Collectors.toSet());
		Set<String> mapped = mappings.getHandlerMethods()
			.keySet()
			.stream()
			.flatMap(info -> info.getPatternValues()
				.stream()
				.flatMap(
						pattern -> info.getMethodsCondition().getMethods().stream().map(m -> m.name() + " " + pattern)))
			.filter(mapping -> !mapping.endsWith(" /error"))
			// the API's endpoints have their own table, with tokens: ApiAccessRulesTest
			.filter(mapping -> !mapping.contains(" /api/"))
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
				.param("repeatPassword", "y")
				.param("name", "");
		}
		return builder;
	}

}
