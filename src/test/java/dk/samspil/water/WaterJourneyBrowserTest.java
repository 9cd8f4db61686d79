package dk.samspil.water;

import java.time.Duration;

import dk.samspil.BrowserTest;
import dk.samspil.accounts.Accounts;
import dk.samspil.accounts.PersonDetails;
import dk.samspil.accounts.PersonId;
import dk.samspil.accounts.Role;
import dk.samspil.groups.GroupDirectory;
import dk.samspil.groups.GroupId;
import dk.samspil.groups.GroupKind;
import dk.samspil.groups.GroupRole;
import dk.samspil.meetings.DecisionLookup;
import dk.samspil.meetings.DecisionRef;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The project group's journey in a real browser, as a new member makes it: opens the
 * group's model, adds a PtX plant in Vejle, defines a dry year with that plant's demand,
 * runs it beside two of the model's own scenarios, watches the progress, reads the
 * results, and takes the run to a decision of another group it belongs to, where the run
 * is found again. Every page is checked with axe-core, in Danish, in English and at phone
 * width, and kept as a screenshot.
 */
class WaterJourneyBrowserTest extends BrowserTest {

	@Autowired
	Accounts accounts;

	@Autowired
	GroupDirectory groups;

	@Autowired
	ModelDesk desk;

	@Autowired
	DecisionLookup decisions;

	@Test
	void aMemberAddsAPlantRunsADryYearReadsTheResultsAndTakesTheRunToADecision() throws Exception {
		long n = System.nanoTime() % 1_000_000;
		String member = "rejse" + n;
		PersonId memberId = accounts.register(
				new PersonDetails(member, "Rejse " + n, member + "@test.example", null, null, Role.MEMBER),
				"samspil-demo");
		GroupId group = groups.start("Vandrejsen " + n, GroupKind.PROJECT,
				"Prøver hele vejen fra model til beslutning.");
		groups.addMember(group, memberId, GroupRole.MEMBER);
		GroupId technical = groups.findBySlug("teknisk-vand").orElseThrow().id();
		groups.addMember(technical, memberId, GroupRole.MEMBER);
		String modelName = "Rejsemodel " + n;
		desk.create(group, modelName, WaterDemoData.triangle(), "Første version", memberId, "Rejse " + n);
		DecisionRef decision = decisions.newestOf("teknisk-vand").orElseThrow();

		WebDriver driver = browser.driver();
		driver.manage().window().setSize(new Dimension(1366, 900));
		signIn(member);

		// the group's models, and the model with its map
		driver.get(url("/water"));
		browser.assertAccessible();
		driver.findElement(By.linkText(modelName)).click();
		browser.waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), modelName));
		browser.waiting()
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#water-map .leaflet-interactive")));
		browser.assertAccessible();
		whole(driver, 1366, "water-journey-model-da");

		// a PtX plant in Vejle, fed with treated wastewater from Vejle's plant
		driver.findElement(By.linkText("PtX-anlæg")).click();
		browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("new-id")));
		type(driver, "new-id", "ptx-vejle");
		new Select(driver.findElement(By.id("new-municipality"))).selectByVisibleText("Vejle");
		type(driver, "new-hoursPerMonth", "500");
		type(driver, "new-processM3PerMWh", "0,39");
		type(driver, "new-coolingM3PerMWh", "0,4");
		new Select(driver.findElement(By.id("new-accepts"))).selectByValue("technical");
		type(driver, "new-tier", "3");
		type(driver, "new-rank", "0");
		type(driver, "new-latitude", "55,70");
		type(driver, "new-longitude", "9,56");
		type(driver, "new-feedFrom", "wwtp-vejle");
		browser.assertAccessible();
		whole(driver, 1366, "water-journey-plant-form-da");
		driver.findElement(By.cssSelector("form#new button[value=save]")).click();
		browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[role=status]")));
		assertThat(
				driver.findElements(By.cssSelector("tbody input[name=id]")).stream().map(e -> e.getAttribute("value")))
			.contains("ptx-hysynergy", "ptx-vejle");
		assertThat(driver.findElement(By.cssSelector("main .hint")).getText()).contains("version 2");
		assertThat(new Select(driver.findElement(By.id("e1-municipality"))).getFirstSelectedOption().getText())
			.isEqualTo("Vejle");
		browser.assertAccessible();
		whole(driver, 1366, "water-journey-plant-saved-da");

		// a dry year with the new plant at 300 MW from 2030
		driver.findElement(By.linkText("Tilbage til " + modelName)).click();
		driver.findElement(By.linkText("Scenarier og ensembler")).click();
		driver.findElement(By.linkText("Nyt scenarie")).click();
		browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("name")));
		type(driver, "name", "Vejle PtX, tørt år");
		type(driver, "description", "300 MW i Vejle fra 2030 og en tør sommer");
		type(driver, "rechargeChange", "-1");
		type(driver, "summerFactor", "0,7");
		new Select(driver.findElement(By.id("ptxPlant-0"))).selectByValue("ptx-vejle");
		type(driver, "ptxFrom-0", "2030-01");
		type(driver, "ptxMegawatts-0", "300");
		browser.assertAccessible();
		whole(driver, 1366, "water-journey-scenario-da");
		driver.findElement(By.cssSelector("main form button[type=submit]:not([name])")).click();
		browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[role=status]")));
		WebElement stored = driver.findElement(By.xpath("//tbody/tr[th/a[text()='Vejle PtX, tørt år']]"));
		assertThat(stored.getText()).contains("ptx-vejle", "300");
		browser.assertAccessible();
		whole(driver, 1366, "water-journey-scenarios-da");

		// run it beside the model's baseline and its dry 1 GW HySynergy
		stored.findElement(By.cssSelector("input[name=stored]")).click();
		check(driver, "baseline");
		check(driver, "hysynergy-1gw-dry");
		driver.findElement(By.cssSelector("form#run > button[type=submit]")).click();
		browser.waiting().until(ExpectedConditions.urlMatches("/water/runs/\\d+$"));
		long run = Long.parseLong(driver.getCurrentUrl().replaceAll(".*/", ""));
		// read at once: the server replaces the bar with every step it reports
		Object max = ((JavascriptExecutor) driver).executeScript("""
				const bar = document.querySelector('#run-progress progress');
				if (!bar) { return null; }
				window.journey = 'run page';
				return bar.max;""");
		if (max != null) {
			// still going: the bar is there, and the results replace it on the same page
			assertThat(((Number) max).intValue()).isEqualTo(3);
			browser.assertAccessible();
			browser.screenshot("water-journey-progress-da");
		}
		new WebDriverWait(driver, Duration.ofSeconds(120))
			.until(ExpectedConditions.presenceOfElementLocated(By.id("reliability-caption")));
		if (max != null) {
			assertThat(((JavascriptExecutor) driver).executeScript("return window.journey"))
				.as("the results came to the page the member watched, without a reload")
				.isEqualTo("run page");
		}
		assertThat(driver.findElement(By.cssSelector("#run-main [role=status]")).getText())
			.matches("Færdig \\d+\\. \\p{L}+ \\d{4} kl\\. \\d\\d\\.\\d\\d");
		assertThat(driver.findElement(By.cssSelector("#reliability-caption")).findElement(By.xpath("..")).getText())
			.contains("baseline", "hysynergy-1gw-dry", "Vejle PtX, tørt år");

		// the dry year's charts, map and tables
		driver.findElement(By.linkText("Vejle PtX, tørt år")).click();
		browser.waiting().until(ExpectedConditions.textToBe(By.id("scenario-heading"), "Scenariet Vejle PtX, tørt år"));
		browser.waiting().until(d -> drawn(d, "monthly-drinking") && drawn(d, "groundwater-chart"));
		browser.waiting()
			.until(ExpectedConditions
				.presenceOfElementLocated(By.cssSelector("#shortfall-map path.leaflet-interactive")));
		assertThat(driver.findElement(By.id("places-reliability-caption")).findElement(By.xpath("..")).getText())
			.contains("Vejle");
		browser.assertAccessible();
		whole(driver, 1366, "water-journey-results-da");
		String scenarioUrl = driver.getCurrentUrl().replaceAll("#.*", "");

		driver.get(scenarioUrl + "&lang=en");
		browser.waiting().until(d -> drawn(d, "monthly-drinking"));
		assertThat(driver.findElement(By.id("scenario-heading")).getText()).isEqualTo("Scenario Vejle PtX, tørt år");
		browser.assertAccessible();
		whole(driver, 1366, "water-journey-results-en");

		driver.manage().window().setSize(new Dimension(390, 844));
		driver.get(scenarioUrl + "&lang=da");
		browser.waiting().until(d -> drawn(d, "monthly-drinking"));
		assertThat(browser.sidewaysOverflow()).as("run page wider than a phone's screen").isLessThanOrEqualTo(0);
		browser.assertAccessible();
		whole(driver, 390, "water-journey-results-phone");
		driver.manage().window().setSize(new Dimension(1366, 900));

		// to the decision, and back from it
		driver.get(url("/water/runs/" + run));
		driver.findElement(By.cssSelector("a[href$='/water/runs/" + run + "/cite']")).click();
		browser.waiting().until(ExpectedConditions.urlContains("/cite"));
		browser.assertAccessible();
		browser.screenshot("water-journey-cite-da");
		new Select(driver.findElement(By.id("cite-decision"))).selectByValue(String.valueOf(decision.id()));
		driver.findElement(By.cssSelector("form[action$='/citations'] button")).click();
		browser.waiting().until(ExpectedConditions.urlContains("#cited-heading"));
		WebElement cited = driver.findElement(By.cssSelector("section[aria-labelledby=cited-heading]"));
		assertThat(cited.getText()).contains("Kørslen er vedlagt", decision.title());
		browser.assertAccessible();
		browser.screenshot("water-journey-cited-da");
		cited.findElement(By.linkText(decision.title())).click();
		browser.waiting().until(ExpectedConditions.urlContains("/decisions/" + decision.id()));
		WebElement grounds = driver.findElement(By.cssSelector("section[aria-labelledby=citations-heading]"));
		assertThat(grounds.getText()).contains("Kørsel " + run + " af " + modelName, "Drikkevand: ",
				"% af månederne dækket");
		browser.assertAccessible();
		whole(driver, 1366, "water-journey-decision-da");
		driver.get(url("/decisions/" + decision.id() + "?lang=en"));
		assertThat(driver.findElement(By.cssSelector("section[aria-labelledby=citations-heading]")).getText())
			.contains("Run " + run + " of " + modelName);
		browser.assertAccessible();
		driver.manage().window().setSize(new Dimension(390, 844));
		driver.navigate().refresh();
		assertThat(browser.sidewaysOverflow()).as("decision page wider than a phone's screen").isLessThanOrEqualTo(0);
		whole(driver, 390, "water-journey-decision-phone-en");
		driver.manage().window().setSize(new Dimension(1366, 900));
		driver.get(url("/decisions/" + decision.id() + "?lang=da"));
		driver.findElement(By.partialLinkText("Kørsel " + run + " af ")).click();
		browser.waiting().until(ExpectedConditions.urlContains("/water/runs/" + run));
		assertThat(driver.findElement(By.tagName("h1")).getText()).contains(String.valueOf(run));
	}

	private void check(WebDriver driver, String fileScenario) {
		WebElement box = driver.findElement(By.xpath("//input[@name='scenario'][@value='" + fileScenario + "']"));
		if (!box.isSelected()) {
			box.click();
		}
	}

	private static void type(WebDriver driver, String id, String value) {
		WebElement field = driver.findElement(By.id(id));
		field.clear();
		field.sendKeys(value);
	}

	/** A picture of the whole page at {@code width}, for a person to look at. */
	private void whole(WebDriver driver, int width, String name) throws Exception {
		Dimension before = driver.manage().window().getSize();
		long height = (Long) ((JavascriptExecutor) driver)
			.executeScript("return document.documentElement.scrollHeight");
		driver.manage().window().setSize(new Dimension(width, (int) Math.min(height + 200, 12_000)));
		browser.screenshot(name);
		driver.manage().window().setSize(before);
	}

	private static boolean drawn(WebDriver driver, String canvas) {
		return Boolean.TRUE.equals(((JavascriptExecutor) driver)
			.executeScript("return !!(window.Chart && Chart.getChart(document.getElementById(arguments[0])))", canvas));
	}

}
