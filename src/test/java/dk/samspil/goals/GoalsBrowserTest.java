package dk.samspil.goals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

import dk.samspil.BrowserTest;
import dk.samspil.Visitors;
import dk.samspil.accounts.Accounts;
import dk.samspil.accounts.PersonId;
import dk.samspil.region.MunicipalityCode;

/**
 * The climate manager of Kolding reports the figure that completes the region's year; the
 * goal's chart and map change; a visitor sees the public goal on the dashboard without
 * login, in Danish, in English and on a phone.
 */
class GoalsBrowserTest extends BrowserTest {

	static final MunicipalityCode KOLDING = new MunicipalityCode("0621");

	static final MunicipalityCode VEJLE = new MunicipalityCode("0630");

	@Autowired
	GoalDesk goals;

	@Autowired
	FigureDesk figures;

	@Autowired
	Accounts accounts;

	@Test
	void koldingReportsAFigureTheChartAndMapChangeAndAVisitorSeesThePublicGoal() throws Exception {
		String title = "Vedvarende energi " + UUID.randomUUID().toString().substring(0, 8);
		Goal goal = goal(title, true);
		Goal hidden = goal("Intern " + UUID.randomUUID().toString().substring(0, 8), false);
		WebDriver driver = browser.driver();
		signIn(Visitors.CHAIR);

		driver.get(url("/goals/" + goal.id()));
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(title);
		assertThat(chartFigures(driver)).endsWith("null]");
		assertThat(mapData(driver)).contains("\"code\":\"0621\",\"name\":\"Kolding\",\"share\":null");
		browser.assertAccessible();
		browser.screenshot("goal-before");

		driver.findElement(By.id("period")).clear();
		driver.findElement(By.id("period")).sendKeys("2025");
		driver.findElement(By.id("value")).sendKeys("tolv");
		driver.findElement(By.cssSelector("form[aria-labelledby=report] button[type=submit]")).click();
		browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("value-error")));
		assertThat(driver.findElement(By.id("value")).getAttribute("value")).isEqualTo("tolv");
		browser.assertAccessible();

		driver.findElement(By.id("value")).clear();
		driver.findElement(By.id("value")).sendKeys("160,5", Keys.ENTER);
		browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".notice")));
		assertThat(chartFigures(driver)).contains("330.5");
		assertThat(mapData(driver)).contains("\"code\":\"0621\",\"name\":\"Kolding\",\"share\":60.5");
		// the map is drawn by a deferred script, after the notice is on the page
		browser.waiting()
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#goal-map path.leaflet-interactive")));
		assertThat(driver.findElement(By.id("chart-table-caption")).findElement(By.xpath("..")).getText())
			.contains("330,5");
		browser.assertAccessible();
		browser.screenshot("goal-after");

		driver.manage().window().setSize(new Dimension(390, 844));
		driver.get(url("/goals/" + goal.id() + "?lang=en"));
		assertThat(driver.findElement(By.id("municipalities-heading")).getText()).isEqualTo("The municipalities");
		assertThat(browser.sidewaysOverflow()).as("page wider than a phone's screen").isLessThanOrEqualTo(0);
		browser.screenshot("goal-phone-en");
		driver.manage().window().setSize(new Dimension(1280, 1000));
		driver.get(url("/goals?lang=da"));
		browser.assertAccessible();
		browser.screenshot("goals-overview");

		driver.manage().deleteAllCookies();
		driver.get(url("/public/goals"));
		// within the browser's bound, as the pages below: a whole run once read this page
		// without the goal's link, and says now what it read instead
		browser.waiting()
			.withMessage(() -> "no link to " + title + " on " + driver.getCurrentUrl() + ", "
					+ driver.findElement(By.tagName("h1")).getText())
			.until(page -> !page.findElements(By.linkText(title)).isEmpty());
		assertThat(driver.findElements(By.linkText(title))).hasSize(1);
		assertThat(driver.findElements(By.linkText(hidden.title()))).isEmpty();
		browser.assertAccessible();
		browser.screenshot("public-goals");
		driver.findElement(By.linkText(title)).click();
		browser.waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), title));
		assertThat(driver.getPageSource()).doesNotContain("Indberet et tal");
		browser.assertAccessible();
		browser.screenshot("public-goal");
		driver.get(url("/public/goals/data"));
		// within the browser's bound: on a loaded machine the source was once read
		// before the page had replaced the goal's
		browser.waiting().until(page -> page.getPageSource().contains("CC BY 4.0"));
		browser.assertAccessible();
		driver.get(url("/public/goals/" + hidden.id()));
		assertThat(driver.findElement(By.tagName("h1")).getText()).doesNotContain(hidden.title());
	}

	@Test
	void onAPhoneEveryTableCaptionStandsWithinTheScreen() throws Exception {
		Goal goal = goal("Vedvarende energi " + UUID.randomUUID().toString().substring(0, 8), true);
		WebDriver driver = browser.driver();
		driver.manage().window().setSize(new Dimension(390, 844));
		try {
			for (String path : List.of("/public/goals?lang=en", "/public/goals/" + goal.id() + "?lang=en")) {
				driver.get(url(path));
				long screen = ((Number) ((JavascriptExecutor) driver)
					.executeScript("return document.documentElement.clientWidth")).longValue();
				List<WebElement> captions = driver.findElements(By.cssSelector(".table-wrap caption"));
				assertThat(captions).isNotEmpty();
				for (WebElement caption : captions) {
					double right = ((Number) ((JavascriptExecutor) driver)
						.executeScript("return arguments[0].getBoundingClientRect().right", caption)).doubleValue();
					assertThat(right).as(path + ": " + caption.getText()).isLessThanOrEqualTo(screen);
				}
			}
			browser.screenshot("public-goal-phone-captions");
		}
		finally {
			driver.manage().window().setSize(new Dimension(1280, 1000));
		}
	}

	@Test
	void onAPhoneTheNewGoalFormsLongChoicesStayWithinTheScreen() throws Exception {
		WebDriver driver = browser.driver();
		signIn(Visitors.SECRETARIAT);
		driver.manage().window().setSize(new Dimension(390, 844));
		try {
			for (String lang : List.of("da", "en")) {
				driver.get(url("/goals/new?lang=" + lang));
				long screen = ((Number) ((JavascriptExecutor) driver)
					.executeScript("return document.documentElement.clientWidth")).longValue();
				double right = ((Number) ((JavascriptExecutor) driver).executeScript(
						"return arguments[0].getBoundingClientRect().right", driver.findElement(By.id("rollUp"))))
					.doubleValue();
				assertThat(right).as(lang).isLessThanOrEqualTo(screen);
				assertThat(browser.sidewaysOverflow()).as(lang + ": page wider than a phone's screen")
					.isLessThanOrEqualTo(0);
			}
		}
		finally {
			driver.manage().window().setSize(new Dimension(1280, 1000));
		}
	}

	@Test
	void theGoalsTwoListsOfFactsKeepTheirValuesInOneColumn() throws Exception {
		Goal goal = goal("Vedvarende energi " + UUID.randomUUID().toString().substring(0, 8), true);
		WebDriver driver = browser.driver();
		driver.manage().window().setSize(new Dimension(1280, 1000));
		signIn(Visitors.CHAIR);
		for (String lang : List.of("da", "en")) {
			driver.get(url("/goals/" + goal.id() + "?lang=" + lang));
			// in whole runs, once read without its facts just after it loaded
			browser.waiting().until(page -> !page.findElements(By.cssSelector(".goal-facts dd")).isEmpty());
			List<Long> lefts = driver.findElements(By.cssSelector(".goal-facts dd"))
				.stream()
				.map(dd -> ((Number) ((JavascriptExecutor) driver)
					.executeScript("return Math.round(arguments[0].getBoundingClientRect().left)", dd)).longValue())
				.distinct()
				.toList();
			assertThat(lefts).as(lang + " at " + driver.getCurrentUrl() + ", titled " + driver.getTitle()).hasSize(1);
		}
	}

	private Goal goal(String title, boolean isPublic) {
		GoalId id = goals.define(new Goal(null, title, "Andel af energiforbruget fra vedvarende kilder.", Theme.CLIMATE,
				"GWh", UnitKind.AMOUNT, Direction.INCREASE, RollUp.SUM, null, PeriodKind.YEAR, 2020, 2030, 90, null,
				isPublic, false, List.of(),
				List.of(new MunicipalTarget(KOLDING, 100, 200, null), new MunicipalTarget(VEJLE, 100, 300, null)),
				List.of(), 0));
		Goal goal = figures.goals().find(id).orElseThrow();
		PersonId kolding = accounts.findByUsername(Visitors.CHAIR).orElseThrow();
		figures.nameResponsible(goal, KOLDING.value(), kolding);
		figures.report(goal, new ReportForm(VEJLE.value(), "", "2025", "170"), new Reporter(kolding, true));
		return goal;
	}

	private String chartFigures(WebDriver driver) {
		String chart = driver.findElement(By.id("goal-chart")).getAttribute("data-chart");
		return chart.substring(chart.indexOf("\"figures\""), chart.indexOf("\"milestones\"") - 1);
	}

	private static String mapData(WebDriver driver) {
		return driver.findElement(By.id("goal-map")).getAttribute("data-municipalities");
	}

}
