package dk.samspil.goals;

import static dk.samspil.Visitors.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import dk.samspil.SamspilTest;
import dk.samspil.Visitors;
import dk.samspil.accounts.Accounts;
import dk.samspil.accounts.PersonId;
import dk.samspil.accounts.PersonSummary;
import dk.samspil.region.MunicipalityCode;

/**
 * Figures reported by those named for a municipality, corrected with the earlier value
 * kept, imported whole or not at all, and reminded of on the task list before they fall
 * due.
 */
@SamspilTest
class FiguresTest {

	static final MunicipalityCode KOLDING = new MunicipalityCode("0621");

	static final MunicipalityCode VEJLE = new MunicipalityCode("0630");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	GoalDesk goals;

	@Autowired
	FigureDesk desk;

	@Autowired
	Figures figures;

	@Autowired
	Accounts accounts;

	@Autowired
	GoalTasks tasks;

	Goal goal;

	String title;

	@BeforeEach
	void aGoalWithKoldingsClimateManagerNamedForKolding() {
		title = "Ladestandere " + UUID.randomUUID();
		GoalId id = goals.define(new Goal(null, title, "", Theme.MOBILITY, "antal", UnitKind.AMOUNT, Direction.INCREASE,
				RollUp.SUM, null, PeriodKind.YEAR, 2022, 2030, 90, null, false, false, List.of(),
				List.of(new MunicipalTarget(KOLDING, 100, 500, null), new MunicipalTarget(VEJLE, 150, 700, null)),
				List.of(), 0));
		goal = desk.goals().find(id).orElseThrow();
		desk.nameResponsible(goal, KOLDING.value(), person(Visitors.CHAIR).id());
	}

	private PersonSummary person(String username) {
		return accounts.find(accounts.findByUsername(username).orElseThrow()).orElseThrow();
	}

	private String page() throws Exception {
		return mvc.perform(get("/goals/" + goal.id()).with(as(users, Visitors.CHAIR)))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void theClimateManagerOfKoldingReportsKoldingsFigureButNotVejles() throws Exception {
		mvc.perform(post("/goals/" + goal.id() + "/figures").with(csrf())
			.with(as(users, Visitors.CHAIR))
			.param("municipality", "0621")
			.param("period", "2024")
			.param("value", "1.234,5")).andExpect(status().is3xxRedirection());
		mvc.perform(post("/goals/" + goal.id() + "/figures").with(csrf())
			.with(as(users, Visitors.CHAIR))
			.param("municipality", "0630")
			.param("period", "2024")
			.param("value", "300"))
			.andExpect(status().is3xxRedirection())
			.andExpect(
					flash().attribute("refused", "Du er ikke udpeget til at indberette for kommune 0630 i dette mål."));

		assertThat(figures.ofGoal(goal.id())).singleElement().satisfies(f -> {
			assertThat(f.municipality()).isEqualTo(KOLDING);
			assertThat(f.value()).isEqualTo(1234.5);
		});
	}

	@Test
	void aPeriodOutsideTheGoalIsRefusedBesideItsFieldWithWhatWasTypedAndNothingIsStored() throws Exception {
		Document outside = Jsoup.parse(mvc.perform(post("/goals/" + goal.id() + "/figures").with(csrf())
			.with(as(users, Visitors.CHAIR))
			.param("municipality", "0621")
			.param("period", "2040")
			.param("value", "300")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(outside.select("#period-error").text())
			.isEqualTo("Perioden 2040 ligger uden for målet (2022–2030).");
		assertThat(outside.select("#period").val()).isEqualTo("2040");
		assertThat(figures.ofGoal(goal.id())).isEmpty();
	}

	@Test
	void aMemberOfAnotherMunicipalityCannotCorrectKoldingsFigureAndACorrectionKeepsTheEarlierValue() throws Exception {
		desk.report(goal, new ReportForm(KOLDING.value(), "", "2024", "210"), new Reporter(new PersonId(1), true));
		Figure figure = figures.ofGoal(goal.id()).get(0);
		mvc.perform(post("/goals/" + goal.id() + "/figures/" + figure.id() + "/correction").with(csrf())
			.with(as(users, Visitors.MEMBER))
			.header("Referer", "/goals/" + goal.id())
			.param("figureId", String.valueOf(figure.id()))
			.param("value", "1")
			.param("reason", "Forkert"))
			.andExpect(status().is3xxRedirection())
			.andExpect(
					flash().attribute("refused", "Du er ikke udpeget til at indberette for kommune 0621 i dette mål."));
		assertThat(figures.find(figure.id()).orElseThrow().value()).isEqualTo(210);

		mvc.perform(post("/goals/" + goal.id() + "/figures/" + figure.id() + "/correction").with(csrf())
			.with(as(users, Visitors.CHAIR))
			.param("figureId", String.valueOf(figure.id()))
			.param("value", "240")
			.param("reason", "Tællefejl i ladestandere")).andExpect(status().is3xxRedirection());

		assertThat(figures.find(figure.id()).orElseThrow().value()).isEqualTo(240);
		assertThat(figures.corrections(goal.id())).singleElement().satisfies(c -> {
			assertThat(c.previous()).isEqualTo(210);
			assertThat(c.corrected()).isEqualTo(240);
			assertThat(c.reason()).isEqualTo("Tællefejl i ladestandere");
		});
		assertThat(page()).contains("Tællefejl i ladestandere", "Rettelser");
	}

	@Test
	void aFileWithOneBadRowStoresNothingAndNamesTheRow() throws Exception {
		desk.nameResponsible(goal, VEJLE.value(), person("vejle.klima").id());
		byte[] file = "kommunekode;periode;værdi\r\n0621;2023;150\r\n0621;2024;nitten\r\n"
			.getBytes(StandardCharsets.UTF_8);

		String page = mvc
			.perform(multipart("/goals/" + goal.id() + "/figures/import")
				.file(new MockMultipartFile("file", "tal.csv", "text/csv", file))
				.with(csrf())
				.with(as(users, Visitors.CHAIR)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("Række 3: »nitten« er ikke et tal.");
		assertThat(figures.ofGoal(goal.id())).isEmpty();
	}

	@Test
	void aDanishExcelFileIsStoredWhole() throws Exception {
		byte[] file = "kommunekode;kommune;opland;periode;værdi\r\n0621;Kolding;;2023;150,5\r\n0621;Kolding;;2024;212\r\n"
			.getBytes(Charset.forName("windows-1252"));

		mvc.perform(multipart("/goals/" + goal.id() + "/figures/import")
			.file(new MockMultipartFile("file", "tal.csv", "text/csv", file))
			.with(csrf())
			.with(as(users, Visitors.CHAIR))).andExpect(status().is3xxRedirection());

		assertThat(figures.ofGoal(goal.id())).extracting(Figure::value).containsExactly(150.5, 212.0);
	}

	@Test
	void aFileOfManyBadRowsListsTheFirstAndCountsTheRest() throws Exception {
		byte[] file = ("kommunekode;periode;værdi\n" + "x\n".repeat(10_000)).getBytes(StandardCharsets.UTF_8);

		Document page = importing("tal.csv", file, "da");

		assertThat(page.select("#import-errors li")).hasSize(FigureController.SHOWN_ERRORS + 1);
		assertThat(page.select("#import-errors li").first().text()).startsWith("Række 2: »x«");
		assertThat(page.select("#import-errors li").last().text()).isEqualTo("… og 9.950 rækker mere med fejl.");
		assertThat(figures.ofGoal(goal.id())).isEmpty();
	}

	@Test
	void blankLinesBeforeTheHeaderAreSkippedAndRowsKeepTheirLineNumbers() throws Exception {
		byte[] file = "\n\nkommunekode;periode;værdi\n0621;2023;nitten\n".getBytes(StandardCharsets.UTF_8);

		Document page = importing("tal.csv", file, "da");

		assertThat(page.select("#import-errors li")).extracting(Element::text)
			.containsExactly("Række 4: »nitten« er ikke et tal.");
	}

	@Test
	void anEmptyFileIsRefusedWithAMessage() throws Exception {
		String page = mvc
			.perform(multipart("/goals/" + goal.id() + "/figures/import")
				.file(new MockMultipartFile("file", "tom.csv", "text/csv", new byte[0]))
				.with(csrf())
				.with(as(users, Visitors.CHAIR)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Filen er tom.");
	}

	@Test
	void aProgramOrAPageNamedAsCsvIsRefusedBesideTheFieldAndNothingIsStored() throws Exception {
		byte[] program = "MZ\u0090\0\u0003\0 This program cannot be run in DOS mode"
			.getBytes(StandardCharsets.ISO_8859_1);
		Document danish = importing("tal.csv", program, "da");
		assertThat(danish.select("#import-file-error").text())
			.isEqualTo("Filen tal.csv er ikke en CSV- eller tekstfil. Gem regnearket som CSV, og indlæs den fil.");
		assertThat(danish.select("#file").attr("aria-invalid")).isEqualTo("true");

		byte[] page = "<html><body onload=alert(1)>kommunekode;periode;værdi</body></html>"
			.getBytes(StandardCharsets.UTF_8);
		Document english = importing("tal.csv", page, "en");
		assertThat(english.select("#import-file-error").text())
			.isEqualTo("The file tal.csv is not a CSV or text file. Save the spreadsheet as CSV and import that file.");
		assertThat(figures.ofGoal(goal.id())).isEmpty();
	}

	@Test
	void aFileOverTheLimitIsRefusedBesideTheField() throws Exception {
		String rows = "0621;2023;150\r\n".repeat(1_000_000 / 15 + 1);
		byte[] large = ("kommunekode;periode;værdi\r\n" + rows).getBytes(StandardCharsets.UTF_8);
		assertThat(large.length).isGreaterThan(1_000_000);
		assertThat(importing("tal.csv", large, "da").select("#import-file-error").text())
			.isEqualTo("Filen er for stor; højst 1.000 kB.");
		assertThat(figures.ofGoal(goal.id())).isEmpty();
	}

	@Test
	void theTemplateOffersTheRowsThePersonReportsInDanishExcelsDialect() throws Exception {
		byte[] csv = mvc.perform(get("/goals/" + goal.id() + "/figures/template.csv").with(as(users, Visitors.CHAIR)))
			.andExpect(status().isOk())
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Content-Security-Policy", "sandbox"))
			.andExpect(header().string("Content-Disposition",
					"attachment; filename=\"maal-" + goal.id() + "-skabelon.csv\"; filename*=UTF-8''maal-" + goal.id()
							+ "-skabelon.csv"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String text = FigureFile.decode(csv);
		assertThat(text).startsWith("kommunekode;kommune;opland;periode;værdi").contains("0621;Kolding;;");
		assertThat(text).doesNotContain("0630");
	}

	@Test
	void aFigureDueSoonIsOnTheResponsiblesTaskListUntilItIsReported() throws Exception {
		// the digest looks some days ahead: on 29 March it asks for what falls due by 5
		// April
		LocalDate day = LocalDate.of(2026, 4, 5);
		assertThat(tasks.openDueBy(day, Locale.forLanguageTag("da"))).anySatisfy(t -> {
			assertThat(t.owner()).isEqualTo(person(Visitors.CHAIR).id());
			assertThat(t.title()).isEqualTo("Indberet tal til »" + title + "« for Kolding, 2025");
			assertThat(t.dueOn()).isEqualTo(LocalDate.of(2026, 4, 1));
		});
		desk.report(goal, new ReportForm(KOLDING.value(), "", "2025", "260"), new Reporter(new PersonId(1), true));
		assertThat(tasks.openDueBy(day, Locale.forLanguageTag("da"))).noneMatch(t -> t.title().contains(title));
	}

	@Test
	void theTaskListShowsTheFigureToReport() throws Exception {
		String page = mvc.perform(get("/tasks").with(as(users, Visitors.CHAIR)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Indberet tal til »" + title + "« for Kolding");
	}

	private Document importing(String filename, byte[] content, String language) throws Exception {
		return Jsoup.parse(mvc
			.perform(multipart("/goals/" + goal.id() + "/figures/import")
				.file(new MockMultipartFile("file", filename, "text/csv", content))
				.param("lang", language)
				.with(csrf())
				.with(as(users, Visitors.CHAIR)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

}
