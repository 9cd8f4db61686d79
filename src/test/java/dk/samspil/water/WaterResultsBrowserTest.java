package dk.samspil.water;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import dk.samspil.BrowserTest;
import dk.samspil.accounts.Accounts;
import dk.samspil.accounts.PersonDetails;
import dk.samspil.accounts.PersonId;
import dk.samspil.accounts.Role;
import dk.samspil.groups.GroupDirectory;
import dk.samspil.groups.GroupId;
import dk.samspil.groups.GroupKind;
import dk.samspil.groups.GroupRole;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A member reads a finished run in a real browser: the charts are drawn, the map is
 * coloured, the tables are there for whoever cannot see a chart; in Danish, in English
 * and on a phone, with axe-core finding nothing serious.
 */
class WaterResultsBrowserTest extends BrowserTest {

	@Autowired
	Accounts accounts;

	@Autowired
	GroupDirectory groups;

	@Autowired
	ModelDesk desk;

	@Autowired
	RunDesk runDesk;

	@Autowired
	Models models;

	@Autowired
	Runs runs;

	@Test
	void aMemberReadsTheChartsTheMapAndTheirTables() throws Exception {
		Modeller reader = modeller("vandlaeser", "Vandlæser");
		String member = reader.login();
		PersonId memberId = reader.id();
		WaterModelId model = reader.model();
		long run = awaitFinished(runDesk.start(models.find(model).orElseThrow(), 1,
				List.of("baseline", "hysynergy-1gw-dry"), memberId, "Vandlæser"));

		WebDriver driver = browser.driver();
		driver.manage().window().setSize(new Dimension(1366, 900));
		signIn(member);
		driver.get(url("/water/runs/" + run + "?scenario=1"));
		assertThat(driver.findElement(By.id("scenario-heading")).getText()).isEqualTo("Scenariet hysynergy-1gw-dry");
		browser.waiting().until(d -> drawn(d, "monthly-drinking") && drawn(d, "groundwater-chart"));
		browser.waiting()
			.until(ExpectedConditions
				.presenceOfElementLocated(By.cssSelector("#shortfall-map path.leaflet-interactive")));
		driver.findElement(By.cssSelector("#monthly-drinking-caption + .chart + details summary")).click();
		assertThat(driver.findElement(By.id("monthly-drinking-table-caption")).isDisplayed()).isTrue();
		browser.assertAccessible();
		assertThat(gap(driver, "reliability-caption", "shortfall-caption"))
			.as("space between the reliability table and the shortfall table's caption")
			.isGreaterThanOrEqualTo(16);
		whole(driver, 1366, "water-results-da");

		driver.get(url("/water/runs/" + run + "?scenario=1&lang=en"));
		browser.waiting().until(d -> drawn(d, "monthly-drinking"));
		assertThat(driver.findElement(By.id("places-heading")).getText()).isEqualTo("The municipalities");
		browser.assertAccessible();
		whole(driver, 1366, "water-results-en");

		driver.manage().window().setSize(new Dimension(390, 844));
		driver.get(url("/water/runs/" + run + "?scenario=1"));
		browser.waiting().until(d -> drawn(d, "monthly-drinking"));
		whole(driver, 390, "water-results-phone");
		assertThat(browser.sidewaysOverflow()).as("page wider than a phone's screen: " + widest(driver))
			.isLessThanOrEqualTo(0);

		long single = awaitFinished(
				runDesk.start(models.find(model).orElseThrow(), 1, List.of("baseline"), memberId, "Vandlæser"));
		driver.manage().window().setSize(new Dimension(1366, 900));
		driver.get(url("/water/runs/" + single + "/compare?with=" + run + "&b=1&lang=da"));
		browser.waiting().until(d -> drawn(d, "overlay-drinking"));
		assertThat(driver.findElement(By.id("kinds-caption")).getText())
			.isEqualTo("Pr. slags brug: baseline mod hysynergy-1gw-dry");
		browser.assertAccessible();
		whole(driver, 1366, "water-compare-da");
		driver.manage().window().setSize(new Dimension(390, 844));
		driver.get(url("/water/runs/" + single + "/compare?with=" + run + "&b=1&lang=en"));
		browser.waiting().until(d -> drawn(d, "overlay-drinking"));
		assertThat(browser.sidewaysOverflow()).as("page wider than a phone's screen: " + widest(driver))
			.isLessThanOrEqualTo(0);
		browser.assertAccessible();
		whole(driver, 390, "water-compare-phone-en");
		driver.manage().window().setSize(new Dimension(1366, 900));
	}

	/**
	 * Pixels between the bottom of the table captioned {@code above} and the top of the
	 * caption {@code below}.
	 */
	private static long gap(WebDriver driver, String above, String below) {
		return ((Number) ((JavascriptExecutor) driver).executeScript(
				"return Math.round(document.getElementById(arguments[1]).getBoundingClientRect().top"
						+ " - document.getElementById(arguments[0]).closest('table').getBoundingClientRect().bottom)",
				above, below))
			.longValue();
	}

	@Test
	void theSitingMapNamesEachMunicipalitysShareWithTheLanguagesDecimalComma() {
		Modeller placer = modeller("vandplacerer", "Vandplacerer");
		String member = placer.login();
		WaterModelId model = placer.model();

		WebDriver driver = browser.driver();
		driver.manage().window().setSize(new Dimension(1366, 900));
		signIn(member);
		for (String[] language : new String[][] { { "da", "^[^:]+: \\d+,\\d % .+" },
				{ "en", "^[^:]+: \\d+\\.\\d % .+" } }) {
			driver.get(url("/water/models/" + model.value()
					+ "/siting?megawatts=3000&fromYear=2030&quality=POTABLE&future=file:baseline&ask=1&lang="
					+ language[0]));
			// The tests have no municipal boundaries, so the map is drawn again over one
			// square for Vejle.
			((JavascriptExecutor) driver).executeScript(
					"""
							const old = document.getElementById('siting-map');
							old.replaceWith(old.cloneNode(false));
							const vejle = { type: 'Feature', properties: { code: '0630', name: 'Vejle' }, geometry: { type: 'Polygon',
							  coordinates: [[[9.4, 55.7], [9.6, 55.7], [9.6, 55.8], [9.4, 55.8], [9.4, 55.7]]] } };
							window.fetch = () => Promise.resolve(new Response(JSON.stringify({ type: 'FeatureCollection', features: [vejle] })));
							const script = document.createElement('script');
							script.src = '/js/water-siting-map.js';
							document.body.appendChild(script);""");
			browser.waiting()
				.until(ExpectedConditions
					.presenceOfElementLocated(By.cssSelector("#siting-map path.leaflet-interactive")));
			String tooltip = (String) ((JavascriptExecutor) driver).executeScript("""
					const path = document.querySelector('#siting-map path.leaflet-interactive');
					path.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
					const tip = document.querySelector('.leaflet-tooltip');
					return tip ? tip.textContent : null;""");
			assertThat(tooltip).as(language[0]).matches(language[1]);
		}
		driver.get(url("/water?lang=da"));
	}

	@Test
	void theSitingQuestionSaysItIsWorkingOnceAsked() {
		Modeller asker = modeller("vandspoerger", "Vandspørger");
		String member = asker.login();

		WebDriver driver = browser.driver();
		signIn(member);
		driver.get(url("/water/models/" + asker.model().value() + "/siting?lang=da"));
		WebElement form = driver.findElement(By.cssSelector("main form"));
		WebElement status = form.findElement(By.cssSelector("[role=status]"));
		assertThat(status.getText()).isEmpty();
		// the page stays, so that what it shows while the answer is worked out can be
		// read
		((JavascriptExecutor) driver)
			.executeScript("arguments[0].addEventListener('submit', event => event.preventDefault())", form);
		form.findElement(By.cssSelector("button[type=submit]")).click();

		assertThat(status.getText()).isEqualTo("Anlægget prøves i hver kommune. Det tager nogle sekunder …");
		assertThat(form.getDomAttribute("aria-busy")).isEqualTo("true");
		driver.get(url("/water?lang=da"));
	}

	/** A member of a project group of their own, with the Triangle model. */
	private record Modeller(String login, PersonId id, WaterModelId model) {
	}

	/** A new member, who signs in with the demo password, and their group's model. */
	private Modeller modeller(String prefix, String name) {
		long n = System.nanoTime() % 1_000_000;
		String login = prefix + n;
		PersonId id = accounts.register(
				new PersonDetails(login, name + " " + n, login + "@test.example", null, null, Role.MEMBER),
				"samspil-demo");
		GroupId group = groups.start(name + "s gruppe " + n, GroupKind.PROJECT, "Læser resultater i browseren.");
		groups.addMember(group, id, GroupRole.MEMBER);
		return new Modeller(login, id,
				desk.create(group, name + "s model " + n, WaterDemoData.triangle(), "Første version", id, name));
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

	private static Object widest(WebDriver driver) {
		return ((JavascriptExecutor) driver).executeScript(
				"""
						const w = document.documentElement.clientWidth;
						return [...document.querySelectorAll('body *')].filter((e) => !e.closest('.table-wrap') && e.getBoundingClientRect().right > w + 1)
						  .slice(0, 5).map((e) => e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right));""");
	}

	private static boolean drawn(WebDriver driver, String canvas) {
		return Boolean.TRUE.equals(((JavascriptExecutor) driver)
			.executeScript("return !!(window.Chart && Chart.getChart(document.getElementById(arguments[0])))", canvas));
	}

	private long awaitFinished(long id) throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
		while (Instant.now().isBefore(deadline)) {
			if (runs.find(id).orElseThrow().over()) {
				assertThat(runs.find(id).orElseThrow().status()).isEqualTo(RunStatus.FINISHED);
				return id;
			}
			Thread.sleep(200);
		}
		throw new AssertionError("run " + id + " did not finish");
	}

}
