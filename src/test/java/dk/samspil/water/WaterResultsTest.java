package dk.samspil.water;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipFile;

import dk.samspil.SamspilTest;
import dk.samspil.accounts.Accounts;
import dk.samspil.groups.GroupDirectory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static dk.samspil.Visitors.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What a finished run shows: figures per kind and municipality, charts with their tables,
 * the map's data.
 */
@SamspilTest
class WaterResultsTest {

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

	@BeforeEach
	void aGroupWithItsOwnModel() {
		fixtures = new WaterFixtures(context);
		var own = fixtures.groupWithModel("vandresultat", "Resultat");
		member = own.member();
		outsider = own.outsider();
		model = own.model();
	}

	@Test
	void aFinishedRunStoresItsFiguresPerMunicipalityAndTheSpreadOverItsScenarios() throws Exception {
		long run = awaitOver(fixtures.start(member, model, "baseline", "hysynergy-1gw-dry"));
		List<ScenarioReport> reports = runs.reports(run);
		ScenarioReport dry = reports.get(1);
		assertThat(dry.scenario()).isEqualTo("hysynergy-1gw-dry");
		assertThat(dry.municipalities()).containsKeys("0607", "0630", "0621");
		for (String kind : List.of("drinking", "industry", "ptx")) {
			double perPlace = dry.municipalities()
				.values()
				.stream()
				.mapToDouble(p -> p.shortfall().getOrDefault(kind, 0.0))
				.sum();
			assertThat(perPlace).as(kind).isCloseTo(dry.shortfall(kind), within(dry.municipalities().size() + 1.0));
		}
		RunSummary summary = runs.summary(run).orElseThrow();
		assertThat(summary.scenarios()).isEqualTo(2);
		assertThat(summary.reliability().get("ptx").p10()).isLessThanOrEqualTo(summary.reliability().get("ptx").p90());
		assertThat(summary.yearly().get("drinking")).hasSize(31);
		ResultSeries series = runs.series(run, 1).orElseThrow();
		assertThat(series.demand().get("drinking")).hasSize(372);
		assertThat(series.groundwater()).isNotEmpty();
	}

	@Test
	void theResultPageShowsTheChosenScenarioWithChartsTablesAndTheMap() throws Exception {
		long run = awaitOver(fixtures.start(member, model, "baseline", "hysynergy-1gw-dry"));
		var response = mvc.perform(get("/water/runs/" + run).param("scenario", "1").with(as(users, member)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		String page = response.getContentAsString();
		// The stored results part is written into the page as UTF-8 bytes, in full.
		assertThat(response.getContentAsByteArray()).hasSize(response.getContentLength());
		assertThat(page).doesNotContain("samspil:results").contains("m³", "</main>");
		assertThat(page).contains("Scenariet hysynergy-1gw-dry", "Spredning over 2 scenarier", "Fredericia", "Vejle",
				"id=\"monthly-drinking\"", "id=\"groundwater-chart\"", "id=\"shortfall-map\"",
				"Behov og leveret over perioden", "Vis tallene som tabel");
		String chart = attribute(page, "monthly-drinking", "data-chart");
		assertThat(chart.split("&quot;,&quot;|\",\"").length).as("points drawn for 372 months")
			.isLessThanOrEqualTo(Chart.MAX_POINTS + 10);
		assertThat(page).contains("1. kvt. 2025");
		// The groundwater bodies' municipalities by name, not by code.
		var tables = Jsoup.parse(page);
		// Every chart and its table say their unit once.
		assertThat(tables.select("#monthly-drinking-table-caption").text())
			.isEqualTo("Drikkevand: behov og leveret (m³)");
		assertThat(tables.select("#monthly-drinking-caption").text()).isEqualTo("Drikkevand: behov og leveret (m³)");
		assertThat(tables.select("#bodies-caption + thead + tbody td:nth-of-type(1)").eachText()).isNotEmpty()
			.allSatisfy(name -> assertThat(name).isIn("Billund", "Fredericia", "Haderslev", "Kolding", "Middelfart",
					"Vejen", "Vejle"));
		String english = mvc
			.perform(get("/water/runs/" + run).param("scenario", "1").param("lang", "en").with(as(users, member)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(english).contains("Scenario hysynergy-1gw-dry", "Q1 2025", "Map of shortfall per municipality");
	}

	@Test
	void aScenarioThatIsNotInTheRunIsNotFoundAndOutsidersFindNothing() throws Exception {
		long run = awaitOver(fixtures.start(member, model, "baseline"));
		mvc.perform(get("/water/runs/" + run).param("scenario", "7").with(as(users, member)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/water/runs/" + run).param("scenario", "0").with(as(users, outsider)))
			.andExpect(status().isNotFound());
	}

	@Test
	void twoRunsSideBySideShowWhatChangedAndTheDifferencePerMunicipality() throws Exception {
		long first = awaitOver(fixtures.start(member, model, "baseline"));
		long second = awaitOver(fixtures.start(member, model, "baseline", "hysynergy-1gw-dry"));
		String page = mvc
			.perform(get("/water/runs/" + first + "/compare").param("with", String.valueOf(second))
				.param("b", "1")
				.with(as(users, member)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Kørsel " + first + " og " + second + " side om side",
				"Begge kørsler bruger version 1 af modellen.",
				"hysynergy-1gw-dry</strong>: <span>kun i den anden kørsel",
				"Pr. slags brug: baseline mod hysynergy-1gw-dry", "Fredericia", "id=\"overlay-drinking\"");
		ScenarioReport dry = runs.reports(second).get(1);
		String environment = String.format(Locale.GERMANY, "+%,d", Math.round(dry.shortfall("environment")));
		assertThat(page).contains(environment);
	}

	@Test
	void aMemberOfAnotherGroupCannotSetTheirRunBesideOurs() throws Exception {
		long ours = awaitOver(fixtures.start(member, model, "baseline"));
		var theirs = fixtures.groupWithModel("vandresultat.fremmed", "Fremmed");
		String stranger = theirs.member();
		long theirRun = awaitOver(fixtures.start(stranger, theirs.model(), "baseline"));
		mvc.perform(get("/water/runs/" + theirRun + "/compare").param("with", String.valueOf(ours))
			.with(as(users, stranger))).andExpect(status().isNotFound());
		mvc.perform(get("/water/runs/" + ours + "/compare").with(as(users, stranger))).andExpect(status().isNotFound());
	}

	@Test
	void theResultsLeaveAsTheCommandLinesCsvAsOneWorkbookAndAsAOnePagePdf() throws Exception {
		long run = awaitOver(fixtures.start(member, model, "baseline", "hysynergy-1gw-dry"));
		String summary = mvc.perform(get("/water/runs/" + run + "/export/summary.csv").with(as(users, member)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		List<String> lines = summary.lines().toList();
		assertThat(lines.get(0)).isEqualTo("scenario,reliability_drinking,reliability_environment,reliability_industry,"
				+ "reliability_ptx,shortfall_drinking_m3,shortfall_environment_m3,shortfall_industry_m3,shortfall_ptx_m3,"
				+ "total_shortfall_m3," + "unused_technical_m3,environmental_breaches,breached_m3");
		assertThat(lines).hasSize(3);
		ScenarioReport dry = runs.reports(run).get(1);
		assertThat(lines.get(2)).startsWith("hysynergy-1gw-dry,")
			.contains(String.format(Locale.ROOT, ",%.1f,", dry.totalShortfall()));
		// the shortfalls by kind add up to the total, the environment's included
		List<Double> dryFigures = Arrays.stream(lines.get(2).split(",")).skip(5).limit(5).map(Double::valueOf).toList();
		assertThat(dryFigures.get(0) + dryFigures.get(1) + dryFigures.get(2) + dryFigures.get(3))
			.isCloseTo(dryFigures.get(4), within(1.0));
		assertThat(dryFigures.get(1)).isCloseTo(dry.shortfall("environment"), within(0.1));
		String monthly = mvc.perform(get("/water/runs/" + run + "/export/monthly.csv").with(as(users, member)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(monthly.lines().count()).isEqualTo(1 + 2 * 4 * 372);

		byte[] workbook = mvc.perform(get("/water/runs/" + run + "/results.xlsx").with(as(users, member)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String sheets = entry(workbook, "xl/workbook.xml");
		for (String name : ResultTables.NAMES) {
			assertThat(sheets).contains("name=\"" + name + "\"");
		}

		byte[] pdf = mvc
			.perform(get("/water/runs/" + run + "/summary.pdf").param("scenario", "1").with(as(users, member)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isEqualTo(1);
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Scenariet hysynergy-1gw-dry", "Fredericia", "Mangel pr. kommune");
		}

		for (String path : List.of("/export/summary.csv", "/results.xlsx", "/summary.pdf", "/export/nothing.csv")) {
			mvc.perform(get("/water/runs/" + run + path).with(as(users, outsider))).andExpect(status().isNotFound());
		}
		mvc.perform(get("/water/runs/" + run + "/export/nothing.csv").with(as(users, member)))
			.andExpect(status().isNotFound());
	}

	private static String entry(byte[] zip, String name) throws IOException {
		Path file = Files.createTempFile("run", ".xlsx");
		try {
			Files.write(file, zip);
			try (var workbook = new ZipFile(file.toFile())) {
				var entry = workbook.getEntry(name);
				assertThat(entry).as(name + " in the workbook").isNotNull();
				return new String(workbook.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
			}
		}
		finally {
			Files.delete(file);
		}
	}

	private static String attribute(String page, String id, String name) {
		int at = page.indexOf("id=\"" + id + "\"");
		int start = page.indexOf(name + "=\"", at) + name.length() + 2;
		return page.substring(start, page.indexOf('"', start));
	}

	private long awaitOver(long id) {
		assertThat(fixtures.awaitOver(id).status()).isEqualTo(RunStatus.FINISHED);
		return id;
	}

}
