package dk.samspil.library;

import java.time.Duration;
import java.util.List;

import dk.samspil.BrowserTest;
import dk.samspil.Visitors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * A member shares a document whose title and text carry a script, sees it shown as text,
 * finds it through the search and on its theme's page, with an accessibility check on
 * each page.
 */
class LibraryBrowserTest extends BrowserTest {

	@Test
	void aMemberSharesADocumentWithAScriptAndFindsItAsText() throws Exception {
		WebDriver driver = browser.driver();
		signIn(Visitors.MEMBER);
		driver.get(url("/groups/teknisk-vand/library"));
		browser.assertAccessible();
		browser.screenshot("library");

		driver.findElement(By.linkText("Nyt dokument eller notat")).click();
		browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("title")));
		driver.findElement(By.id("body")).sendKeys("Uden titel");
		driver.findElement(By.cssSelector("form[enctype] button[type=submit]")).click();
		browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("title-error")));
		assertThat(driver.findElement(By.id("body")).getAttribute("value")).isEqualTo("Uden titel");
		browser.assertAccessible();
		browser.screenshot("library-form-errors");

		String title = "<script>alert('titel')</script> Kølevand fra fjorden";
		driver.findElement(By.id("title")).sendKeys(title);
		driver.findElement(By.id("summary")).sendKeys("Notat om kølevand til elektrolyse.");
		WebElement body = driver.findElement(By.id("body"));
		body.clear();
		body.sendKeys("## Kølevand\n\nFjordvand kan <script>alert('krop')</script> køle **elektrolyseanlæg**.");
		driver.findElement(By.xpath("//label[text()='Power-to-X']")).click();
		driver.findElement(By.xpath("//label[starts-with(text(),'Alle, der er med')]")).click();
		driver.findElement(By.cssSelector("form[enctype] button[type=submit]")).click();

		browser.waiting().until(ExpectedConditions.urlMatches(".*/library/\\d+$"));
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(title);
		assertThat(driver.findElement(By.cssSelector(".markdown")).getText())
			.contains("<script>alert('krop')</script>");
		assertThat(driver.findElement(By.cssSelector(".markdown strong")).getText()).isEqualTo("elektrolyseanlæg");
		assertNoAlert(driver);
		browser.assertAccessible();
		browser.screenshot("document");

		await().atMost(Duration.ofSeconds(10)).until(() -> {
			driver.get(url("/search"));
			WebElement box = driver.findElement(By.id("q"));
			box.sendKeys("kølevand fjorden", Keys.ENTER);
			browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("results-heading")));
			return !driver.findElements(By.linkText(title)).isEmpty();
		});
		assertThat(driver.findElement(By.cssSelector(".hit mark")).getText()).isNotBlank();
		assertNoAlert(driver);
		browser.assertAccessible();
		browser.screenshot("search");

		driver.findElement(By.linkText("Power-to-X")).click();
		browser.waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Power-to-X"));
		assertThat(texts(By.cssSelector(".hit h3"))).contains(title);
		browser.assertAccessible();
		browser.screenshot("theme");

		driver.get(url("/themes"));
		browser.assertAccessible();
		browser.screenshot("themes");
	}

	@Test
	void theSearchWorksInEnglishAndOnAPhone() throws Exception {
		WebDriver driver = browser.driver();
		signIn(Visitors.MEMBER);
		driver.get(url("/search?q=spildevand&lang=en"));
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Search");
		browser.assertAccessible();
		driver.manage().window().setSize(new Dimension(390, 844));
		driver.navigate().refresh();
		long overflow = browser.sidewaysOverflow();
		assertThat(overflow).as("page wider than a phone's screen").isLessThanOrEqualTo(0);
		browser.screenshot("search-phone-en");
		driver.manage().window().setSize(new Dimension(1280, 1000));
		driver.get(url("/search?lang=da"));
	}

	private static void assertNoAlert(WebDriver driver) {
		assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
	}

	private List<String> texts(By selector) {
		return browser.driver().findElements(selector).stream().map(WebElement::getText).toList();
	}

}
