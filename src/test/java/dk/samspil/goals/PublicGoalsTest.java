package dk.samspil.goals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import dk.samspil.SamspilTest;
import dk.samspil.accounts.PersonId;
import dk.samspil.region.MunicipalityCode;
import dk.samspil.search.SearchIndex;
import dk.samspil.search.SearchQuery;
import dk.samspil.search.Viewer;

/**
 * A public goal is on the dashboard and in the open data for anyone; a goal that is not
 * public is found by nobody outside.
 */
@SamspilTest
class PublicGoalsTest {

	static final MunicipalityCode KOLDING = new MunicipalityCode("0621");

	@Autowired
	MockMvc mvc;

	@Autowired
	GoalDesk goals;

	@Autowired
	FigureDesk figures;

	@Autowired
	SearchIndex search;

	String word;

	Goal open;

	Goal hidden;

	@BeforeEach
	void aPublicGoalAndOneForTheCollaborationOnly() {
		word = "Biogas" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		open = goal(word + " offentlig", true);
		hidden = goal(word + " intern", false);
	}

	private Goal goal(String title, boolean isPublic) {
		GoalId id = goals.define(new Goal(null, title, "Biogasproduktion " + word, Theme.CLIMATE, "GWh",
				UnitKind.AMOUNT, Direction.INCREASE, RollUp.SUM, null, PeriodKind.YEAR, 2020, 2030, 90, null, isPublic,
				false, List.of(), List.of(new MunicipalTarget(KOLDING, 10, 50, null)), List.of(), 0));
		Goal goal = figures.goals().find(id).orElseThrow();
		figures.report(goal, new ReportForm(KOLDING.value(), "", "2024", "27,25"), new Reporter(new PersonId(1), true));
		return goal;
	}

	private String visit(String path) throws Exception {
		return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	@Test
	void aVisitorSeesThePublicGoalButNotTheOtherOnTheDashboard() throws Exception {
		assertThat(visit("/public/goals")).contains(open.title()).doesNotContain(hidden.title());
		assertThat(visit("/public/goals/" + open.id())).contains(open.title(), "Kolding");
		mvc.perform(get("/public/goals/" + hidden.id())).andExpect(status().isNotFound());
	}

	@Test
	void theOpenDataHoldTheFiguresOfPublicGoalsOnlyWithTheLicence() throws Exception {
		String csv = visit("/public/goals/figures.csv");
		assertThat(csv).contains(open.id() + "," + open.title() + ",GWh,0621,Kolding,,2024,27.25")
			.doesNotContain(hidden.title());
		mvc.perform(get("/public/goals/figures.csv"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Content-Disposition",
					"inline; filename=\"samspil-maal.csv\"; filename*=UTF-8''samspil-maal.csv"))
			.andExpect(header().string("Access-Control-Allow-Origin", "*"))
			.andExpect(header().string("Cache-Control", "no-cache"));
		mvc.perform(get("/public/goals/figures.json"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Content-Disposition",
					"inline; filename=\"samspil-maal.json\"; filename*=UTF-8''samspil-maal.json"));
		String json = visit("/public/goals/figures.json");
		assertThat(json).contains("\"licence\":\"CC BY 4.0\"", open.title()).doesNotContain(hidden.title());
		assertThat(visit("/public/goals/data")).contains("CC BY 4.0");
		// The columns are listed as the goal pages list facts, with their stylesheet.
		Document data = Jsoup.parse(visit("/public/goals/data"));
		assertThat(data.select("dl.goal-facts dt").eachText()).contains("goal_id, goal, unit", "period", "value");
		assertThat(data.select("link[rel=stylesheet]").eachAttr("href")).contains("/css/goals.css");
	}

	@Test
	void theApiNamesTheDirectionRollUpAndStatusOfAPublicGoalAsTheirConstants() throws Exception {
		// 27.25 GWh in 2024 is ahead of the path from 10 (2020) to 50 (2030), which
		// expects 26
		assertThat(visit("/api/v1/goals/" + open.id().value())).contains("\"direction\":\"INCREASE\"",
				"\"rollUp\":\"SUM\"", "\"status\":\"ON_TRACK\"");
	}

	@Test
	void aVisitorFindsThePublicGoalInTheSearchButNotTheOther() {
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(search.search(SearchQuery.of(word), Viewer.anonymous()).hits())
				.extracting(h -> h.title())
				.containsExactly(open.title()));
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(
					search.search(SearchQuery.of(word), new Viewer(new PersonId(1), false, Set.of())).hits())
				.hasSize(2));
	}

	@Test
	void theTableBehindTheChartAndTheMilestonesNameTheUnit() throws Exception {
		GoalId id = goals.define(new Goal(null, word + " delmål", "Biogasproduktion " + word, Theme.CLIMATE, "GWh",
				UnitKind.AMOUNT, Direction.INCREASE, RollUp.SUM, null, PeriodKind.YEAR, 2020, 2030, 90, null, true,
				false, List.of(new Milestone(2025, 30)), List.of(new MunicipalTarget(KOLDING, 10, 50, null)), List.of(),
				0));
		Document page = Jsoup.parse(visit("/public/goals/" + id));
		assertThat(page.select("#chart-table-caption").text()).isEqualTo("Tallene bag grafen (GWh)");
		assertThat(page.select(".goal-facts dd").eachText()).contains("2020: 10,00 GWh", "2030: 50,00 GWh",
				"2025: 30,00 GWh");
		assertThat(Jsoup.parse(visit("/public/goals/" + id + "?lang=en")).select("#chart-table-caption").text())
			.isEqualTo("The figures behind the chart (GWh)");
	}

	@Test
	void theSignedInPagesOfAGoalNeedALogin() throws Exception {
		mvc.perform(get("/goals/" + hidden.id())).andExpect(status().is3xxRedirection());
	}

}
