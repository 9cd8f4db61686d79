package dk.samspil.water;

import java.time.Instant;

import dk.samspil.SamspilTest;
import dk.samspil.accounts.Accounts;
import dk.samspil.accounts.PersonDetails;
import dk.samspil.accounts.PersonId;
import dk.samspil.accounts.Role;
import dk.samspil.api.ApiTokensTest;
import dk.samspil.groups.GroupDirectory;
import dk.samspil.groups.GroupId;
import dk.samspil.groups.GroupKind;
import dk.samspil.groups.GroupRole;
import dk.samspil.region.MunicipalityCode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A municipality's system reads the runs of the models of the groups its municipality
 * takes part in, with their figures as the run stored them; another municipality's or a
 * system's token finds no such run, and an anonymous caller is asked for a token. A run
 * cited in a decision, or in an item of a published agenda, is read (summary only) by
 * whoever reads that decision or agenda.
 */
@SamspilTest
class RunApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	UserDetailsService users;

	@Autowired
	Accounts accounts;

	@Autowired
	GroupDirectory groups;

	@Autowired
	Runs runs;

	@Autowired
	RunCitations citations;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theMunicipalityInTheModelsGroupReadsTheRunsFiguresAndNoOtherTokenFindsIt() throws Exception {
		WaterFixtures fixtures = new WaterFixtures(context);
		var own = fixtures.groupWithModel("api", "Api");
		groups.addMember(own.group(), staff("0410"), GroupRole.MEMBER);
		long run = finished(fixtures, own);
		RunSummary summary = runs.summary(run).orElseThrow();
		String middelfart = ApiTokensTest.issue(mvc, users, "Middelfart ESDH, kørsler", "0410");
		read("/api/v1/water/runs/" + run, middelfart).andExpect(status().isOk())
			.andExpect(header().exists(HttpHeaders.ETAG))
			.andExpect(jsonPath("$.model").value("Apimodel " + own.member()))
			.andExpect(jsonPath("$.modelVersion").value(1))
			.andExpect(jsonPath("$.status").value("FINISHED"))
			.andExpect(jsonPath("$.startedBy").value(own.member()))
			.andExpect(jsonPath("$.url").value("/water/runs/" + run))
			.andExpect(
					jsonPath("$.figures.reliability.drinking.p50").value(summary.reliability().get("drinking").p50()))
			.andExpect(jsonPath("$.figures.totalMeanShortfall").value(summary.totalMeanShortfall()))
			.andExpect(jsonPath("$.figures.municipalities.0621.name").value("Kolding"));
		read("/api/v1/water/runs?status=finished&size=100", middelfart)
			.andExpect(jsonPath("$.items[*].id").value(hasItem((int) run)));
		String kolding = ApiTokensTest.issue(mvc, users, "Kolding ESDH, kørsler", "0621");
		String system = ApiTokensTest.issue(mvc, users, "Regionens hjemmeside, kørsler", "");
		String unknown = detail(read("/api/v1/water/runs/999999999", middelfart).andExpect(status().isNotFound()));
		for (String other : new String[] { kolding, system }) {
			assertThat(detail(read("/api/v1/water/runs/" + run, other).andExpect(status().isNotFound())))
				.isEqualTo(unknown);
			read("/api/v1/water/runs?size=100", other)
				.andExpect(jsonPath("$.items[*].id").value(not(hasItem((int) run))));
		}
		mvc.perform(get("/api/v1/water/runs/" + run)).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/water/runs")).andExpect(status().isUnauthorized());
	}

	@Test
	void aRunCitedInADecisionOrAPublishedAgendaIsReadThereSummaryOnly() throws Exception {
		WaterFixtures fixtures = new WaterFixtures(context);
		var own = fixtures.groupWithModel("apicitat", "Apicitat");
		long run = finished(fixtures, own);
		GroupId other = groups.start("Kørselslæsere " + own.member(), GroupKind.WORKING, "Læser en kørsel.");
		PersonId reader = staff("0621");
		groups.addMember(other, reader, GroupRole.CHAIR);
		String kolding = ApiTokensTest.issue(mvc, users, "Kolding ESDH, citater", "0621");
		long meeting = jdbc
			.sql("""
					insert into meetings_meeting (group_id, title, starts_at, ends_at, agenda_deadline)
					values (?, 'Møde om vand', now() + interval '6 days', now() + interval '7 days', now() + interval '1 day')
					returning id""")
			.param(other.value())
			.query(Long.class)
			.single();
		long item = jdbc.sql("""
				insert into meetings_agenda_item (group_id, meeting_id, title, proposed_by, status)
				values (?, ?, 'Kørslen', ?, 'ACCEPTED') returning id""")
			.params(other.value(), meeting, reader.value())
			.query(Long.class)
			.single();
		citations.insertItem(run, item, "Medlem", Instant.now());
		read("/api/v1/water/runs/" + run, kolding).andExpect(status().isNotFound());
		jdbc.sql("update meetings_meeting set agenda_published = now() where id = ?").param(meeting).update();
		read("/api/v1/water/runs/" + run, kolding).andExpect(status().isOk())
			.andExpect(jsonPath("$.startedBy").doesNotExist())
			.andExpect(jsonPath("$.url").value("/water/runs/" + run + "/summary"))
			.andExpect(jsonPath("$.figures.reliability.drinking.p50").isNumber());
		long decision = jdbc.sql("""
				insert into meetings_decision (group_id, meeting_id, item_id, text, decided_on)
				values (?, null, null, 'Vi bruger kørslen.', current_date) returning id""")
			.param(other.value())
			.query(Long.class)
			.single();
		jdbc.sql("delete from water_run_item_citation where run_id = ?").param(run).update();
		read("/api/v1/water/runs/" + run, kolding).andExpect(status().isNotFound());
		citations.insert(run, decision, "Medlem", Instant.now());
		read("/api/v1/water/runs?size=100", kolding).andExpect(jsonPath("$.items[*].id").value(hasItem((int) run)));
		read("/api/v1/water/runs?status=RUNNING", kolding)
			.andExpect(jsonPath("$.items[*].id").value(not(hasItem((int) run))));
		read("/api/v1/water/runs?status=nonsense", kolding).andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
	}

	/** Someone on the staff of municipality {@code code}, new to every group. */
	private PersonId staff(String code) {
		String login = WaterFixtures.login("api.ansat");
		return accounts.register(
				new PersonDetails(login, login, login + "@test.example", null, new MunicipalityCode(code), Role.MEMBER),
				"en lang nok kode");
	}

	private long finished(WaterFixtures fixtures, WaterFixtures.OwnModel own) throws Exception {
		long run = fixtures.start(own.member(), own.model(), "baseline");
		assertThat(fixtures.awaitOver(run).status()).isEqualTo(RunStatus.FINISHED);
		return run;
	}

	private ResultActions read(String path, String token) throws Exception {
		return mvc.perform(get(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + token));
	}

	private static String detail(ResultActions result) throws Exception {
		String body = result.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return body.replaceAll("\"instance\":\"[^\"]*\"", "");
	}

}
