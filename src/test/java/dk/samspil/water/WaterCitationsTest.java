package dk.samspil.water;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import dk.samspil.SamspilTest;
import dk.samspil.accounts.Accounts;
import dk.samspil.accounts.PersonId;
import dk.samspil.accounts.SignedInUser;
import dk.samspil.groups.GroupDirectory;
import dk.samspil.groups.GroupId;
import dk.samspil.groups.GroupRole;
import dk.samspil.meetings.DecisionLookup;
import dk.samspil.meetings.DecisionRef;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static dk.samspil.Visitors.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * From run to decision: a finished run cited in a decision shows its figures there, and
 * whoever reads the decision reads the run's summary, but not the model unless they are
 * in its group.
 */
@SamspilTest
class WaterCitationsTest {

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
	ModelDesk models;

	@Autowired
	Runs runs;

	@Autowired
	DecisionLookup decisions;

	@Autowired
	RunCiting citing;

	@Autowired
	Models allModels;

	@Autowired
	RunCitations citations;

	String member;

	String reader;

	String stranger;

	PersonId memberId;

	WaterModelId model;

	DecisionRef decision;

	@BeforeEach
	void aModelGroupAndADecisionOfAnotherGroup() {
		fixtures = new WaterFixtures(context);
		var own = fixtures.groupWithModel("citat", "Citat");
		member = own.member();
		memberId = own.memberId();
		reader = WaterFixtures.login("citat.laeser");
		stranger = WaterFixtures.login("citat.fremmed");
		PersonId readerId = fixtures.person(reader);
		fixtures.person(stranger);
		GroupId technical = groups.findBySlug("teknisk-vand").orElseThrow().id();
		groups.addMember(technical, memberId, GroupRole.MEMBER);
		groups.addMember(technical, readerId, GroupRole.MEMBER);
		model = own.model();
		decision = decisions.newestOf("teknisk-vand").orElseThrow();
	}

	@Test
	void aCitedRunShowsItsFiguresOnTheDecisionAndItsSummaryToReadersOutsideTheModelsGroup() throws Exception {
		long run = finishedRun();
		mvc.perform(get("/water/runs/" + run).with(as(users, member)))
			.andExpect(content().string(containsString("href=\"/water/runs/" + run + "/cite\"")));
		assertThat(decisionsOffered(run)).contains(decision.id());
		mvc.perform(post("/water/runs/" + run + "/citations").with(csrf())
			.with(as(users, member))
			.param("decision", String.valueOf(decision.id())))
			.andExpect(redirectedUrl("/water/runs/" + run + "#cited-heading"))
			.andExpect(flash().attributeExists("cited"));
		mvc.perform(get("/water/runs/" + run).with(as(users, member)))
			.andExpect(content().string(containsString("href=\"/decisions/" + decision.id() + "\"")));
		mvc.perform(get("/decisions/" + decision.id()).with(as(users, reader)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Kørsel " + run + " af Citatmodel"),
					containsString("href=\"/water/runs/" + run + "/summary\""), containsString("Drikkevand: "),
					containsString("% af månederne dækket"), containsString("gennemsnit over 1 scenarie:"))));
		mvc.perform(get("/water/runs/" + run + "/summary").with(as(users, reader)))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("Du kan læse resultatet"), containsString("Forsyningssikkerhed"),
						not(containsString("href=\"/water/models/" + model.value())))));
		mvc.perform(get("/water/runs/" + run).with(as(users, reader)))
			.andExpect(redirectedUrl("/water/runs/" + run + "/summary"));
		mvc.perform(get("/water/runs/" + run + "/cite").with(as(users, reader))).andExpect(status().isNotFound());
		mvc.perform(get("/water/models/" + model.value()).with(as(users, reader))).andExpect(status().isNotFound());
		mvc.perform(post("/water/runs/" + run + "/citations").with(csrf())
			.with(as(users, reader))
			.param("decision", String.valueOf(decision.id()))).andExpect(status().isNotFound());
	}

	@Test
	void aRunsPageListsOnlyTheCitingDecisionsTheViewerReads() throws Exception {
		long run = finishedRun();
		DecisionRef elsewhere = decisions.newestOf("vandressourcen").orElseThrow();
		citing.cite((SignedInUser) users.loadUserByUsername("sekretariat"), runs.find(run).orElseThrow(),
				elsewhere.id());
		citing.cite((SignedInUser) users.loadUserByUsername(member), runs.find(run).orElseThrow(), decision.id());
		String own = mvc.perform(get("/water/runs/" + run).with(as(users, member)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(own).contains("href=\"/decisions/" + decision.id() + "\"", decision.title())
			.doesNotContain("href=\"/decisions/" + elsewhere.id() + "\"");
		String all = mvc.perform(get("/water/runs/" + run).with(as(users, "sekretariat")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(all).contains("href=\"/decisions/" + decision.id() + "\"",
				"href=\"/decisions/" + elsewhere.id() + "\"", elsewhere.title());
	}

	@Test
	void theSummaryOfARunOfOneScenarioSaysOneScenario() throws Exception {
		long run = finishedRun();
		var danish = Jsoup.parse(mvc.perform(get("/water/runs/" + run + "/summary").with(as(users, member)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(danish.select("p.lead").text()).matches("Citatmodel .+, version 1: 1 scenarie à \\d+ måneder\\.");
		var english = Jsoup
			.parse(mvc.perform(get("/water/runs/" + run + "/summary").param("lang", "en").with(as(users, member)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString());
		assertThat(english.select("p.lead").text()).matches("Citatmodel .+, version 1: 1 scenario of \\d+ months\\.");
	}

	@Test
	void someoneWhoReadsNeitherTheModelNorACitingDecisionFindsNoSummary() throws Exception {
		long run = finishedRun();
		mvc.perform(get("/water/runs/" + run + "/summary").with(as(users, reader))).andExpect(status().isNotFound());
		citing.cite((SignedInUser) users.loadUserByUsername(member), runs.find(run).orElseThrow(), decision.id());
		mvc.perform(get("/water/runs/" + run + "/summary").with(as(users, stranger))).andExpect(status().isNotFound());
		mvc.perform(get("/water/runs/" + run).with(as(users, stranger))).andExpect(status().isNotFound());
		mvc.perform(get("/water/runs/" + run + "/cite").with(as(users, stranger))).andExpect(status().isNotFound());
		mvc.perform(post("/water/runs/" + run + "/citations").with(csrf())
			.with(as(users, stranger))
			.param("decision", String.valueOf(decision.id()))).andExpect(status().isNotFound());
	}

	@Test
	void anUnfinishedRunOrADecisionTheCiterCannotReadIsRefusedAndNothingIsCited() throws Exception {
		long queued = runs.insert(model, 1, "[]", 1, 372, RunDesk.ENGINE, memberId, "Medlem", Instant.now());
		mvc.perform(post("/water/runs/" + queued + "/citations").with(csrf())
			.with(as(users, member))
			.header("Referer", "http://localhost/water/runs/" + queued)
			.param("decision", String.valueOf(decision.id())))
			.andExpect(redirectedUrl("/water/runs/" + queued + "/cite"))
			.andExpect(flash().attribute("refused",
					"Kun en færdig kørsel kan vedlægges en beslutning eller et dagsordenspunkt."));
		long run = finishedRun();
		DecisionRef elsewhere = decisions.newestOf("vandressourcen").orElseThrow();
		assertThat(decisionsOffered(run)).isNotEmpty().doesNotContain(elsewhere.id());
		mvc.perform(post("/water/runs/" + run + "/citations").with(csrf())
			.with(as(users, member))
			.param("decision", String.valueOf(elsewhere.id())))
			.andExpect(redirectedUrl("/water/runs/" + run + "/cite"))
			.andExpect(flash().attribute("refused", "Vælg en gældende beslutning i en af dine grupper."));
		assertThat(citing.citedIn(elsewhere.id(), Locale.ROOT)).noneMatch(c -> c.path().contains("/runs/" + run + "/"));
		assertThat(citing.citedIn(decision.id(), Locale.ROOT))
			.noneMatch(c -> c.path().contains("/runs/" + queued + "/"));
	}

	@Test
	void theDemoProjectGroupsDecisionCitesAFinishedRunOfTheTriangleModel() throws Exception {
		GroupId project = groups.findBySlug(WaterDemoData.GROUP).orElseThrow().id();
		ModelInfo demo = allModels.ofGroups(List.of(project), false)
			.stream()
			.filter(m -> m.name().equals("Trekantområdet"))
			.findFirst()
			.orElseThrow();
		Run first = runs.ofModel(demo.id()).stream().min(Comparator.comparingLong(Run::id)).orElseThrow();
		assertThat(first.status()).isEqualTo(RunStatus.FINISHED);
		List<Long> cited = citations.decisionsOf(first.id());
		assertThat(cited).isNotEmpty();
		var chair = (SignedInUser) users.loadUserByUsername(WaterDemoData.CHAIR);
		DecisionRef demoDecision = decisions.readable(chair, cited.get(0)).orElseThrow();
		assertThat(demoDecision.group()).isEqualTo(project);
		mvc.perform(get("/decisions/" + demoDecision.id()).with(as(users, WaterDemoData.CHAIR)))
			.andExpect(content().string(allOf(containsString("/water/runs/" + first.id() + "/summary"),
					containsString("Kørsel " + first.id() + " af Trekantområdet"))));
	}

	private long finishedRun() throws Exception {
		long run = fixtures.start(member, model, "baseline");
		assertThat(fixtures.awaitOver(run).status()).isEqualTo(RunStatus.FINISHED);
		return run;
	}

	/**
	 * The decisions the member is offered to cite the run in (an agenda item's id in the
	 * other list may be the same number).
	 */
	private List<Long> decisionsOffered(long run) throws Exception {
		String page = mvc.perform(get("/water/runs/" + run + "/cite").with(as(users, member)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Jsoup.parse(page).select("#cite-decision option").eachAttr("value").stream().map(Long::valueOf).toList();
	}

}
