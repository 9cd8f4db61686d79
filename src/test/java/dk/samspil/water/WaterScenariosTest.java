package dk.samspil.water;

import java.util.List;
import java.util.Map;

import dk.samspil.SamspilTest;
import dk.samspil.accounts.Accounts;
import dk.samspil.accounts.PersonId;
import dk.samspil.allocation.water.WaterScenario;
import dk.samspil.groups.GroupDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static dk.samspil.Visitors.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A group keeps scenarios and ensembles with its model, runs them, and is told plainly
 * what it typed wrong.
 */
@SamspilTest
class WaterScenariosTest {

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
	Scenarios scenarios;

	@Autowired
	Runs runs;

	String member;

	String outsider;

	PersonId memberId;

	WaterModelId model;

	@BeforeEach
	void aGroupWithItsOwnModel() {
		fixtures = new WaterFixtures(context);
		var own = fixtures.groupWithModel("scenarie", "Scenarie");
		member = own.member();
		memberId = own.memberId();
		outsider = own.outsider();
		model = own.model();
	}

	@Test
	void aScenarioTypedWithDecimalCommasIsSavedAndListed() throws Exception {
		mvc.perform(scenario("tørre-somre", "0,5", "0,7").param("ptxPlant", "ptx-hysynergy", "ptx-hysynergy")
			.param("ptxFrom", "2025-01", "2030-01")
			.param("ptxMegawatts", "20", "1000,5")).andExpect(redirectedUrl(base() + "/scenarios"));
		StoredScenario saved = scenarios.of(model).get(0);
		assertThat(saved.scenario().drinkingGrowth()).isEqualTo(0.005);
		assertThat(saved.scenario().summerFactor()).isEqualTo(0.7);
		assertThat(saved.scenario().ptx()).hasSize(2);
		assertThat(saved.scenario().ptx().get(1).megawatts()).isEqualTo(1000.5);
		// Listed as a Danish reader writes numbers and months, and in English as an
		// English
		// one does.
		var danish = Jsoup.parse(mvc.perform(get(base() + "/scenarios").with(as(users, member)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(danish.select("tr:has(a:containsOwn(tørre-somre)) td.num").eachText()).containsExactly("0,5 %",
				"0,0 %", "-0,5 %", "0,70");
		assertThat(danish.select("tr:has(a:containsOwn(tørre-somre)) td:last-child").text())
			.isEqualTo("ptx-hysynergy januar 2025 20,0 MW; ptx-hysynergy januar 2030 1.000,5 MW");
		var english = Jsoup.parse(mvc.perform(get(base() + "/scenarios?lang=en").with(as(users, member)))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(english.select("tr:has(a:containsOwn(tørre-somre)) td.num").eachText()).containsExactly("0.5 %",
				"0.0 %", "-0.5 %", "0.70");
		assertThat(english.select("tr:has(a:containsOwn(tørre-somre)) td:last-child").text())
			.isEqualTo("ptx-hysynergy January 2025 20.0 MW; ptx-hysynergy January 2030 1,000.5 MW");
	}

	@Test
	void aStageBeforeTheHorizonANegativeSizeAndANegativeFactorAreRefusedBesideTheirFieldsAndNothingIsSaved()
			throws Exception {
		mvc.perform(scenario("for-tidligt", "1", "-0,2").param("ptxPlant", "ptx-hysynergy", "ptx-hysynergy")
			.param("ptxFrom", "2019-06", "2030-01")
			.param("ptxMegawatts", "20", "-5"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("Modellen begynder 2025-01"), containsString("Må ikke være negativt"),
						containsString("value=\"2019-06\""), containsString("value=\"-5\""),
						containsString("value=\"for-tidligt\""), containsString("id=\"summerFactor-error\""),
						containsString("id=\"ptxFrom-0-error\""), containsString("id=\"ptxMegawatts-1-error\""))));
		assertThat(scenarios.of(model)).isEmpty();
	}

	@Test
	void theMessagesComeInEnglishToo() throws Exception {
		mvc.perform(scenario("too-early", "1", "1").param("lang", "en")
			.param("ptxPlant", "ptx-hysynergy")
			.param("ptxFrom", "2019-06")
			.param("ptxMegawatts", "20"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The model starts in 2025-01")));
	}

	@Test
	void theHintsNameTheVersionAndTheMonthsInEnglishToo() throws Exception {
		var scenarios = Jsoup.parse(mvc.perform(get(base() + "/scenarios").param("lang", "en").with(as(users, member)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(scenarios.text()).contains("The run uses the model's newest version, version 1.");
		var form = Jsoup.parse(mvc.perform(get(base() + "/scenarios/new").param("lang", "en").with(as(users, member)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(form.text()).contains("(year-month, between 2025-01 and 2055-12) and the electrolyser's size in MW");
	}

	@Test
	void aGroupWithoutScenariosOfItsOwnIsToldSoWithoutAnEmptyTable() throws Exception {
		var danish = Jsoup.parse(mvc.perform(get(base() + "/scenarios").with(as(users, member)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(danish.select("#run table")).isEmpty();
		assertThat(danish.select("#no-stored").text())
			.isEqualTo("Gruppen har ingen egne scenarier endnu; scenarierne fra modelfilen står nedenfor.");
		var english = Jsoup.parse(mvc.perform(get(base() + "/scenarios").param("lang", "en").with(as(users, member)))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(english.select("#no-stored").text())
			.isEqualTo("The group has no scenarios of its own yet; the model file's scenarios are below.");
		assertThat(english.select("#run legend").eachText()).contains("Scenarios from the model file");
	}

	@Test
	void anEnsembleOfTooManyScenariosIsRefusedAndNothingIsSaved() throws Exception {
		mvc.perform(ensemble("for-mange", "5000", "7"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("mellem 2 og 1000 scenarier"), containsString("value=\"5000\""))));
		mvc.perform(ensemble("for-faa", "1", "7")).andExpect(status().isOk());
		assertThat(scenarios.ensembles(model)).isEmpty();
	}

	@Test
	void anEnsembleStoredAndReadBackDrawsTheSameScenariosAsBefore() throws Exception {
		mvc.perform(ensemble("tørt", "25", "1234")).andExpect(redirectedUrl(base() + "/scenarios"));
		Ensemble stored = scenarios.ensembles(model).get(0);
		List<WaterScenario> first = stored.draw();
		assertThat(scenarios.ensemble(model, stored.id()).orElseThrow().draw()).isEqualTo(first);
		assertThat(first).hasSize(25);
		assertThat(first).allSatisfy(s -> assertThat(s.summerFactor()).isBetween(0.6, 1.0));
		var page = Jsoup.parse(mvc.perform(get(base() + "/scenarios").with(as(users, member)))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.select("label:containsOwn(tørt: 25)").text()).isEqualTo("tørt: 25 scenarier, frø 1234");
		assertThat(page.select("#ensembles-heading + .table-wrap td").eachText())
			.contains("drikkevand 0 til 1 %/år · dannelse -1 til 0 %/år · sommer 0,6 til 1");
	}

	@Test
	void aRunOfAStoredScenarioAndAnEnsembleFinishesWithEveryScenario() throws Exception {
		mvc.perform(scenario("vejle-ptx", "1", "0,8").param("ptxPlant", "ptx-hysynergy")
			.param("ptxFrom", "2030-01")
			.param("ptxMegawatts", "300"));
		mvc.perform(ensemble("tre", "3", "99"));
		long stored = scenarios.of(model).get(0).id();
		long ensemble = scenarios.ensembles(model).get(0).id();
		String location = mvc
			.perform(post(base() + "/runs").with(csrf())
				.with(as(users, member))
				.param("version", "1")
				.param("stored", String.valueOf(stored))
				.param("ensemble", String.valueOf(ensemble)))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long run = Long.parseLong(location.substring("/water/runs/".length()));
		Run done = fixtures.awaitOver(run);
		assertThat(done.status()).isEqualTo(RunStatus.FINISHED);
		assertThat(runs.results(run)).extracting(r -> r[0]).containsExactly("vejle-ptx", "tre-1", "tre-2", "tre-3");
	}

	@Test
	void aRunStartedOnAVersionSomeoneElseHasSavedOverTakesTheVersionItWasStartedOnAndSaysSo() throws Exception {
		models.save(model, 1, WaterDemoData.triangle(), Map.of(), "Imens", memberId, "En anden");
		String location = mvc
			.perform(post(base() + "/runs").with(csrf())
				.with(as(users, member))
				.param("version", "1")
				.param("scenario", "baseline"))
			.andExpect(flash().attribute("startedOnOlder", 2))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long run = Long.parseLong(location.substring("/water/runs/".length()));
		assertThat(runs.find(run).orElseThrow().modelVersion()).isEqualTo(1);
		mvc.perform(get(location).with(as(users, member)))
			.andExpect(content()
				.string(containsString("kørslen bruger den version, den blev startet på; den nyeste er version 2")));
	}

	@Test
	void anEditFromAnOlderRevisionIsRefusedAndKeepsWhatWasTyped() throws Exception {
		mvc.perform(scenario("deles", "1", "1"));
		StoredScenario stored = scenarios.of(model).get(0);
		mvc.perform(post(base() + "/scenarios/" + stored.id()).with(csrf())
			.with(as(users, member))
			.param("name", "deles")
			.param("drinkingGrowth", "2")
			.param("industryGrowth", "0")
			.param("rechargeChange", "0")
			.param("summerFactor", "1")
			.param("revision", "1")).andExpect(redirectedUrl(base() + "/scenarios"));
		mvc.perform(post(base() + "/scenarios/" + stored.id()).with(csrf())
			.with(as(users, member))
			.param("name", "deles")
			.param("drinkingGrowth", "3,5")
			.param("industryGrowth", "0")
			.param("rechargeChange", "0")
			.param("summerFactor", "1")
			.param("revision", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(
					allOf(containsString("Nogen har gemt eller slettet scenariet"), containsString("value=\"3,5\""))));
		assertThat(scenarios.of(model).get(0).scenario().drinkingGrowth()).isEqualTo(0.02);
	}

	@Test
	void someoneOutsideTheGroupFindsNoScenarios() throws Exception {
		mvc.perform(scenario("mine", "1", "1"));
		long stored = scenarios.of(model).get(0).id();
		mvc.perform(get(base() + "/scenarios").with(as(users, outsider))).andExpect(status().isNotFound());
		mvc.perform(get(base() + "/scenarios/new").with(as(users, outsider))).andExpect(status().isNotFound());
		mvc.perform(get(base() + "/scenarios/" + stored).with(as(users, outsider))).andExpect(status().isNotFound());
		mvc.perform(get(base() + "/ensembles/new").with(as(users, outsider))).andExpect(status().isNotFound());
		mvc.perform(post(base() + "/scenarios/" + stored).with(csrf())
			.with(as(users, outsider))
			.param("action", "remove")
			.param("name", "x")
			.param("drinkingGrowth", "0")
			.param("industryGrowth", "0")
			.param("rechargeChange", "0")
			.param("summerFactor", "1")).andExpect(status().isNotFound());
		mvc.perform(post(base() + "/scenarios").with(csrf())
			.with(as(users, outsider))
			.param("name", "x")
			.param("drinkingGrowth", "0")
			.param("industryGrowth", "0")
			.param("rechargeChange", "0")
			.param("summerFactor", "1")).andExpect(status().isNotFound());
		mvc.perform(ensembleAs(outsider, "x", "5", "1")).andExpect(status().isNotFound());
		assertThat(scenarios.of(model)).hasSize(1);
	}

	private MockHttpServletRequestBuilder scenario(String name, String growth, String summer) {
		return post(base() + "/scenarios").with(csrf())
			.with(as(users, member))
			.param("name", name)
			.param("description", "")
			.param("drinkingGrowth", growth)
			.param("industryGrowth", "0")
			.param("rechargeChange", "-0,5")
			.param("summerFactor", summer)
			.param("revision", "0");
	}

	private MockHttpServletRequestBuilder ensemble(String name, String size, String seed) {
		return ensembleAs(member, name, size, seed);
	}

	private MockHttpServletRequestBuilder ensembleAs(String who, String name, String size, String seed) {
		return post(base() + "/ensembles").with(csrf())
			.with(as(users, who))
			.param("name", name)
			.param("size", size)
			.param("seed", seed)
			.param("drinkingGrowthLow", "0")
			.param("drinkingGrowthHigh", "1")
			.param("industryGrowthLow", "0")
			.param("industryGrowthHigh", "0")
			.param("rechargeChangeLow", "-1")
			.param("rechargeChangeHigh", "0")
			.param("summerFactorLow", "0,6")
			.param("summerFactorHigh", "1");
	}

	private String base() {
		return "/water/models/" + model.value();
	}

}
