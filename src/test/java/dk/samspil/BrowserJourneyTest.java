package dk.samspil;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a member does on a first visit, in a real browser, with an accessibility check on
 * every page.
 */
class BrowserJourneyTest extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void aMemberSignsInFindsTheGroupsAGroupAndTheMap() throws Exception {
		WebDriver driver = browser.driver();
		driver.manage().deleteAllCookies();
		driver.get(url("/groups"));
		assertThat(driver.getCurrentUrl()).endsWith("/login");
		browser.assertAccessible();
		driver.findElement(By.id("username")).sendKeys(Visitors.MEMBER);
		driver.findElement(By.id("password")).sendKeys("samspil-demo", Keys.ENTER);

		browser.waiting().until(ExpectedConditions.urlContains("/groups"));
		assertThat(texts(By.tagName("h2"))).contains("Faste grupper", "Arbejdsgrupper", "Projektgrupper");
		browser.assertAccessible();
		browser.screenshot("groups");

		driver.findElement(By.linkText("Teknisk vand")).click();
		browser.waiting().until(ExpectedConditions.titleContains("Teknisk vand"));
		browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("group-meetings-heading")));
		browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("library-overview-heading")));
		List<String> rows = texts(By.cssSelector(".members tbody tr"));
		assertThat(rows).hasSize(7).anySatisfy(row -> assertThat(row).contains("Fredericia").contains("Formand"));
		browser.assertAccessible();
		browser.screenshot("group");

		driver.findElement(By.linkText("Regionen")).click();
		browser.waiting()
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#map .leaflet-interactive")));
		assertThat(driver.findElements(By.cssSelector("#map .leaflet-interactive"))).hasSizeGreaterThanOrEqualTo(7);
		assertThat(texts(By.cssSelector("tbody tr"))).hasSize(7).anySatisfy(row -> assertThat(row).contains("0630"));
		browser.assertAccessible();
		browser.screenshot("region");

		driver.findElement(By.linkText("Forside")).click();
		browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("upcoming-heading")));
		assertThat(driver.findElement(By.cssSelector(".meetings-overview")).getText()).contains("Teknisk vand");
		browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("recent-heading")));
		browser.assertAccessible();
		browser.screenshot("home-member");
	}

	@Test
	void theSecretariatsPagesAreAccessibleToo() throws Exception {
		WebDriver driver = browser.driver();
		driver.manage().deleteAllCookies();
		driver.get(url("/login"));
		driver.findElement(By.id("username")).sendKeys(Visitors.SECRETARIAT);
		driver.findElement(By.id("password")).sendKeys("samspil-demo", Keys.ENTER);
		browser.waiting().until(ExpectedConditions.urlToBe(url("/")));
		for (String page : List.of("/people", "/people/new", "/groups/new", "/admin/themes", "/region", "/account")) {
			driver.get(url(page));
			browser.assertAccessible();
			browser.screenshot("secretariat" + page.replace('/', '-'));
		}
		// a login locked for everyone, as after 50 wrong passwords from many addresses,
		// and the secretariat lifting it
		for (int i = 0; i < 50; i++) {
			jdbc.sql("insert into accounts_login_failure (username, address, failed_at) values (?, ?, now())")
				.params("vejen.mobilitet", "192.0.2." + (i % 10 + 1))
				.update();
		}
		driver.get(url("/people"));
		WebElement lift = driver.findElement(By.cssSelector("form[action$='/unlock'] button"));
		assertThat(lift.getAttribute("aria-label")).startsWith("Ophæv spærringen af ");
		((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", lift);
		browser.assertAccessible();
		browser.screenshot("secretariat-people-locked");
		lift.click();
		browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[role=status]")));
		assertThat(driver.findElements(By.cssSelector("form[action$='/unlock']"))).isEmpty();
		browser.assertAccessible();

		driver.get(url("/people/new"));
		driver.findElement(By.cssSelector("main button[type=submit]")).click();
		browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".error-summary")));
		assertThat(driver.findElement(By.id("username")).getAttribute("aria-invalid")).isEqualTo("true");
		browser.assertAccessible();
		browser.screenshot("secretariat-person-errors");
	}

	@Test
	void theFrontPageWorksByKeyboardInEnglishAndOnAPhone() throws Exception {
		WebDriver driver = browser.driver();
		driver.manage().deleteAllCookies();
		driver.get(url("/"));
		driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
		WebElement focused = driver.switchTo().activeElement();
		assertThat(focused.getText()).isEqualTo("Gå til indholdet");

		driver.findElement(By.linkText("Se de offentlige høringer")).click();
		browser.waiting().until(ExpectedConditions.urlContains("/consultations"));
		driver.navigate().back();
		driver.findElement(By.linkText("English")).click();
		browser.waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Samspil in the Triangle Region"));
		assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
		browser.assertAccessible();

		driver.manage().window().setSize(new Dimension(390, 844));
		driver.navigate().refresh();
		long overflow = browser.sidewaysOverflow();
		assertThat(overflow).as("page wider than a phone's screen").isLessThanOrEqualTo(0);
		browser.screenshot("home-phone-en");
		driver.manage().window().setSize(new Dimension(1280, 1000));
		driver.findElement(By.linkText("Dansk")).click();
	}

	private List<String> texts(By selector) {
		return browser.driver().findElements(selector).stream().map(WebElement::getText).toList();
	}

}
