package dk.samspil.water;

import java.util.List;

import dk.samspil.SamspilTest;
import dk.samspil.accounts.Accounts;
import dk.samspil.allocation.water.WaterScenario;
import dk.samspil.groups.GroupDirectory;
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
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The siting question: per municipality what a new plant could get, from where, and when
 * it would go short.
 */
@SamspilTest
class WaterSitingTest {

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
	ScenarioDesk scenarios;

	String member;

	String outsider;

	WaterModelId model;

	@BeforeEach
	void aGroupWithItsOwnModel() {
		fixtures = new WaterFixtures(context);
		var own = fixtures.groupWithModel("placering", "Placerings");
		member = own.member();
		outsider = own.outsider();
		model = own.model();
	}

	@Test
	void theAnswerNamesEveryMunicipalityAndTheCsvHasEveryMonthWithNothingWantedBeforeTheStartYear() throws Exception {
		mvc.perform(get(base() + "/siting").with(as(users, member))
			.param("megawatts", "300")
			.param("fromYear", "2030")
			.param("quality", "TECHNICAL")
			.param("future", "file:baseline")
			.param("ask", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Andel dækket"), containsString("Fredericia"),
					containsString("Kolding"), containsString("Vejle"), containsString("Billund"),
					containsString("Haderslev"), containsString("Middelfart"), containsString("Vejen"))));
		String csv = mvc
			.perform(get(base() + "/siting.csv").with(as(users, member))
				.param("megawatts", "300")
				.param("fromYear", "2030")
				.param("quality", "TECHNICAL")
				.param("future", "file:baseline"))
			.andExpect(status().isOk())
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Content-Security-Policy", "sandbox"))
			.andExpect(header().string("Content-Disposition", startsWith("attachment; filename=\"siting-model-")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> lines = csv.lines().skip(1).toList();
		assertThat(lines).hasSize(7 * 372);
		assertThat(lines).filteredOn(l -> l.contains(",2029-12,"))
			.allSatisfy(l -> assertThat(l.split(",")[3]).isEqualTo("0"));
		assertThat(lines).filteredOn(l -> l.contains(",2030-01,"))
			.allSatisfy(l -> assertThat(Long.parseLong(l.split(",")[3])).isGreaterThan(100_000));
	}

	@Test
	void aPlantTooLargeForDrinkingWaterAloneGoesShortAndThePageNamesTheMonths() throws Exception {
		String csv = mvc
			.perform(get(base() + "/siting.csv").with(as(users, member))
				.param("megawatts", "3000")
				.param("fromYear", "2030")
				.param("quality", "POTABLE")
				.param("future", "file:baseline"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(csv.lines().filter(l -> l.contains(",true,"))).isNotEmpty();
		mvc.perform(get(base() + "/siting").with(as(users, member))
			.param("megawatts", "3000")
			.param("fromYear", "2030")
			.param("quality", "POTABLE")
			.param("future", "file:baseline")
			.param("ask", "1"))
			.andExpect(content().string(allOf(containsString("Går kort i"), containsString("2030-"))));
	}

	@Test
	void aNegativeSizeAndAYearOutsideTheHorizonAreRefusedBesideTheirFieldsKeepingWhatWasTyped() throws Exception {
		mvc.perform(get(base() + "/siting").with(as(users, member))
			.param("megawatts", "-5")
			.param("fromYear", "2100")
			.param("quality", "TECHNICAL")
			.param("future", "file:baseline")
			.param("ask", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Må ikke være negativt"),
					containsString("Skriv et år mellem 2025 og 2055"), containsString("value=\"-5\""),
					containsString("value=\"2100\""), not(containsString("Andel dækket")))));
		mvc.perform(get(base() + "/siting").with(as(users, member))
			.param("megawatts", "abc")
			.param("fromYear", "2030")
			.param("future", "file:no-such")
			.param("ask", "1")
			.param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("Enter a number"), containsString("Choose one of the model"))));
	}

	@Test
	void aScenarioTheGroupStoredIsOfferedAsAFutureAndCanBeAskedIn() throws Exception {
		long stored = scenarios.create(model, WaterScenario.baseline("tørt forår", List.of()), "", "Medlem");
		var page = Jsoup.parse(mvc.perform(get(base() + "/siting").with(as(users, member)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.select("select[name=future] option[value=stored:" + stored + "]").text())
			.isEqualTo("tørt forår");
		mvc.perform(get(base() + "/siting").with(as(users, member))
			.param("megawatts", "300")
			.param("fromYear", "2030")
			.param("future", "stored:" + stored)
			.param("ask", "1"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("Andel dækket"), not(containsString("Vælg et af modellens scenarier")))));
	}

	@Test
	void aFutureNoOptionNamesIsRefusedBesideItsField() throws Exception {
		for (String key : List.of("stored:abc", "stored:99999999999999999999", "stored:", "file:", "nonsense",
				"FILE:baseline", "stored:-1")) {
			mvc.perform(get(base() + "/siting").with(as(users, member))
				.param("megawatts", "300")
				.param("fromYear", "2030")
				.param("future", key)
				.param("ask", "1"))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("id=\"future-error\""),
						containsString("Vælg et af modellens scenarier"), not(containsString("Andel dækket")))));
		}
	}

	@Test
	void thePageOpensOnALargePlantOfTechnicalWaterFiveYearsIntoTheHorizonWithNothingAsked() throws Exception {
		var page = Jsoup.parse(mvc.perform(get(base() + "/siting").with(as(users, member)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.select("input[name=megawatts]").val()).isEqualTo("300");
		assertThat(page.select("input[name=fromYear]").val()).isEqualTo("2030");
		assertThat(page.select("input[name=quality][checked]").val()).isEqualTo("TECHNICAL");
		assertThat(page.select("#answer-heading")).isEmpty();
	}

	@Test
	void theLeadNamesTheVersionAndTheMunicipalitysWaterworksInEnglish() throws Exception {
		var english = Jsoup.parse(mvc.perform(get(base() + "/siting").param("lang", "en").with(as(users, member)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(english.select("main p.hint").first().text()).contains("in the newest version (version 1)",
				"fed by the municipality's waterworks");
	}

	@Test
	void someoneOutsideTheGroupCannotAskTheModel() throws Exception {
		mvc.perform(get(base() + "/siting").with(as(users, outsider))).andExpect(status().isNotFound());
		mvc.perform(get(base() + "/siting.csv").with(as(users, outsider))
			.param("megawatts", "300")
			.param("fromYear", "2030")).andExpect(status().isNotFound());
	}

	private String base() {
		return "/water/models/" + model.value();
	}

}
