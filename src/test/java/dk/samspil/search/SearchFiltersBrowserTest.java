package dk.samspil.search;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import dk.samspil.BrowserTest;
import dk.samspil.Visitors;
import dk.samspil.groups.GroupDirectory;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A member opens the closed filter panel of a search by keyboard, gets its fields from
 * the server in place of the link, with focus left where it was and the first field next
 * in tab order, chooses a group and searches: the hits are that group's. Without the
 * script, or when they cannot be fetched, the link gives the same fields. Checked by
 * axe-core closed and open, and at a phone's width.
 */
class SearchFiltersBrowserTest extends BrowserTest {

	static final String WORD = "pejlebrøndsregistret";

	static final String WATER = "Pejlebrøndsregistret i Teknisk vand";

	static final String CLIMATE = "Pejlebrøndsregistret i Klimachefgruppen";

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	GroupDirectory groups;

	@Autowired
	Clock clock;

	@Test
	void aMemberOpensTheFiltersByKeyboardChoosesAGroupAndFindsThatGroupsHitsOnly() throws Exception {
		publish("filters-browser-water", "teknisk-vand", WATER);
		publish("filters-browser-climate", "klimachefgruppen", CLIMATE);
		WebDriver driver = browser.driver();
		signIn(Visitors.MEMBER);
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			driver.get(url("/search?q=" + WORD));
			assertThat(titles()).contains(WATER, CLIMATE);
		});

		WebElement panel = driver.findElement(By.cssSelector("details.filters"));
		assertThat(panel.getAttribute("open")).isNull();
		assertThat(driver.findElements(By.id("group"))).isEmpty();
		browser.assertAccessible();
		browser.screenshot("search-filters-closed");

		WebElement summary = panel.findElement(By.tagName("summary"));
		summary.sendKeys(Keys.ENTER);
		browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("group")));
		assertThat(panel.getAttribute("aria-busy")).isNull();
		assertThat(panel.findElements(By.cssSelector(".filters-open"))).isEmpty();
		assertThat(active().getTagName()).as("focus stays on the panel's summary").isEqualTo("summary");
		new Actions(driver).sendKeys(Keys.TAB).perform();
		assertThat(active().getAttribute("id")).as("the first field is next in tab order").isEqualTo("group");
		assertThat(new Select(driver.findElement(By.id("group"))).getOptions()).extracting(WebElement::getText)
			.contains("Teknisk vand", "Klimachefgruppen");
		browser.assertAccessible();
		browser.screenshot("search-filters-open");
		phone("search-filters-open-phone");

		new Select(driver.findElement(By.id("group"))).selectByVisibleText("Teknisk vand");
		driver.findElement(By.cssSelector(".search-form .search-row button[type=submit]")).click();
		browser.waiting().until(ExpectedConditions.urlContains("group=teknisk-vand"));
		assertThat(titles()).contains(WATER).doesNotContain(CLIMATE);
		assertThat(driver.findElement(By.cssSelector("details.filters")).getAttribute("open")).isNotNull();
		assertThat(new Select(driver.findElement(By.id("group"))).getFirstSelectedOption().getText())
			.isEqualTo("Teknisk vand");
		browser.assertAccessible();
	}

	@Test
	void theClosedPanelsLinkGivesTheFieldsWithoutTheScript() throws Exception {
		WebDriver driver = browser.driver();
		signIn(Visitors.MEMBER);
		driver.get(url("/search?q=" + WORD));
		String link = driver.findElement(By.cssSelector("details.filters .filters-open a")).getAttribute("href");
		driver.get(link);
		assertThat(driver.findElement(By.cssSelector("details.filters")).getAttribute("open")).isNotNull();
		assertThat(driver.findElement(By.id("q")).getAttribute("value")).isEqualTo(WORD);
		assertThat(driver.findElements(By.cssSelector("#filter-fields select"))).hasSize(3);
		browser.assertAccessible();
	}

	@Test
	void whenTheFieldsCannotBeFetchedOpeningThePanelFollowsTheLink() throws Exception {
		WebDriver driver = browser.driver();
		signIn(Visitors.MEMBER);
		driver.get(url("/search?q=" + WORD));
		WebElement panel = driver.findElement(By.cssSelector("details.filters"));
		// an address that answers "not found", as a fragment lost to a deployment would
		((JavascriptExecutor) driver).executeScript("arguments[0].setAttribute('data-fields', '/search/nowhere')",
				panel);
		panel.findElement(By.tagName("summary")).click();
		browser.waiting().until(ExpectedConditions.urlContains("filters=open"));
		browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("group")));
		assertThat(driver.findElement(By.id("q")).getAttribute("value")).isEqualTo(WORD);
	}

	private void phone(String screenshot) throws Exception {
		WebDriver driver = browser.driver();
		driver.manage().window().setSize(new Dimension(390, 844));
		try {
			((JavascriptExecutor) driver).executeScript("document.querySelector('details.filters').scrollIntoView()");
			assertThat(browser.sidewaysOverflow()).as("page wider than a phone's screen").isLessThanOrEqualTo(0);
			browser.screenshot(screenshot);
		}
		finally {
			driver.manage().window().setSize(new Dimension(1280, 1000));
		}
	}

	private WebElement active() {
		return browser.driver().switchTo().activeElement();
	}

	private List<String> titles() {
		return browser.driver().findElements(By.cssSelector(".hit h3")).stream().map(WebElement::getText).toList();
	}

	private void publish(String key, String group, String title) {
		var entry = new SearchEntry("document", key, groups.findBySlug(group).orElseThrow().id(), Visibility.MEMBERS,
				title, "Registret over pejlebrøndene i oplandet.", List.of(), clock.instant(), "/library/" + key,
				clock.instant());
		transactions.executeWithoutResult(status -> events.publishEvent(entry));
	}

}
