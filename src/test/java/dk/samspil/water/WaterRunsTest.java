package dk.samspil.water;

import java.util.List;

import dk.samspil.SamspilTest;
import dk.samspil.accounts.PersonId;
import dk.samspil.accounts.Accounts;
import dk.samspil.groups.GroupDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static dk.samspil.Visitors.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Runs as background jobs: frozen, repeatable, readable by the group only. */
@SamspilTest
class WaterRunsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	WaterFixtures fixtures;

	@Autowired
	UserDetailsService users;

	@Autowired
	Accounts accounts;

	@Autowired
	GroupDirectory groups;

	@Autowired
	Runs runs;

	String member;

	String outsider;

	WaterModelId model;

	PersonId memberId;

	@Autowired
	ScenarioDesk scenarioDesk;

	@Autowired
	RunDesk runDesk;

	@Autowired
	Models models;

	@BeforeEach
	void aGroupWithItsOwnModel() {
		fixtures = new WaterFixtures(context);
		var own = fixtures.groupWithModel("vandkoersel", "Kørsels");
		member = own.member();
		outsider = own.outsider();
		model = own.model();
		memberId = own.memberId();
	}

	@Test
	void aLargeEnsembleKeepsTheSeriesOfOnlyTheScenariosItsPageLists() throws Exception {
		Ensemble drawn = EnsembleTest.ensemble(7, ResultPage.LISTED + 10);
		long ensemble = scenarioDesk.create(new Ensemble(0, model, "tør", drawn.size(), drawn.seed(),
				drawn.drinkingGrowth(), drawn.industryGrowth(), drawn.rechargeChange(), drawn.summerFactor(),
				drawn.ptx(), "Medlem", drawn.savedAt()));
		long run = runDesk.start(models.find(model).orElseThrow(), 1,
				new RunDesk.Choice(List.of(), List.of(), ensemble), memberId, "Medlem");
		assertThat(fixtures.awaitOver(run).status()).isEqualTo(RunStatus.FINISHED);
		assertThat(runs.withSeries(run)).hasSize(ResultPage.WORST)
			.containsExactlyInAnyOrderElementsOf(runs.worstIndices(run, ResultPage.WORST));
		mvc.perform(get("/water/runs/" + run).with(as(users, member)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"monthly-drinking\""),
					containsString("Spredning over " + (ResultPage.LISTED + 10) + " scenarier"))));
	}

	@Test
	void aRunOfTwoScenariosFinishesInTheBackgroundAndShowsItsResults() throws Exception {
		long run = fixtures.start(member, model, "baseline", "hysynergy-1gw-dry");
		Run done = fixtures.awaitOver(run);
		assertThat(done.status()).isEqualTo(RunStatus.FINISHED);
		assertThat(done.done()).isEqualTo(2);
		mvc.perform(get("/water/runs/" + run).with(as(users, member)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Færdig")))
			.andExpect(content().string(containsString("hysynergy-1gw-dry")))
			.andExpect(content().string(containsString("Forsyningssikkerhed")));
	}

	@Test
	void aRunWithNoScenarioChosenIsRefusedWithTheReasonOnTheModelPage() throws Exception {
		MvcResult refused = mvc
			.perform(post("/water/models/" + model.value() + "/runs").with(csrf())
				.with(as(users, member))
				.param("version", "1"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		// the reason travels in the session, to the page the run was asked from
		mvc.perform(get(refused.getResponse().getRedirectedUrl()).with(as(users, member))
			.cookie(refused.getResponse().getCookies()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Vælg mindst ét scenarie.")));
	}

	@Test
	void theSameRunStartedAgainGivesTheSameNumbers() throws Exception {
		long first = fixtures.start(member, model, "hysynergy-1gw-dry");
		long second = fixtures.start(member, model, "hysynergy-1gw-dry");
		fixtures.awaitOver(first);
		fixtures.awaitOver(second);
		assertThat(runs.results(second).get(0)[1]).isEqualTo(runs.results(first).get(0)[1]);
	}

	@Test
	void someoneOutsideTheGroupFindsNoRun() throws Exception {
		long run = fixtures.start(member, model, "baseline");
		mvc.perform(get("/water/runs/" + run).with(as(users, outsider))).andExpect(status().isNotFound());
		mvc.perform(get("/water/runs/" + run + "/progress").with(as(users, outsider))).andExpect(status().isNotFound());
		mvc.perform(post("/water/runs/" + run + "/cancel").with(csrf()).with(as(users, outsider)))
			.andExpect(status().isNotFound());
		mvc.perform(post("/water/models/" + model.value() + "/runs").with(csrf())
			.with(as(users, outsider))
			.param("version", "1")
			.param("scenario", "baseline")).andExpect(status().isNotFound());
	}

	@Test
	void aRunWithoutScenariosIsRefusedWithAReason() throws Exception {
		String location = mvc
			.perform(post("/water/models/" + model.value() + "/runs").with(csrf())
				.with(as(users, member))
				.param("version", "1"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).contains("/versions/1");
		assertThat(runs.ofModel(model)).isEmpty();
	}

}
