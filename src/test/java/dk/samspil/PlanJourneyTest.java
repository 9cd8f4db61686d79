package dk.samspil;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A citizen responds on a phone, an official works through the demo consultation's 300
 * responses, and Vejle's council secretary records the council's decision: in Chromium,
 * with an accessibility check on every page.
 */
class PlanJourneyTest extends BrowserTest {

	@Test
	void aCitizenRespondsToASectionOnAPhoneWithoutAnAccount() throws Exception {
		WebDriver driver = browser.driver();
		driver.manage().deleteAllCookies();
		driver.manage().window().setSize(new Dimension(390, 844));
		try {
			driver.get(url("/consultations/1"));
			assertThat(driver.findElement(By.tagName("h1")).getText()).contains("Fælleskommuneplan 2026");
			assertNoSideways(driver);
			browser.assertAccessible();
			browser.screenshot("consultation-phone");

			driver.findElement(By.partialLinkText("Vand som ressource«")).click();
			browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("body")));
			assertThat(driver.findElement(By.cssSelector("input[value=vand-som-ressource]")).isSelected()).isTrue();
			driver.findElement(By.id("name")).sendKeys("Karen Borger");
			driver.findElement(By.id("body")).sendKeys("Drikkevandet først, tak.");
			driver.findElement(By.cssSelector(".response-form button[type=submit]")).click();
			browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.className("error-summary")));
			assertThat(driver.findElement(By.id("body")).getAttribute("value")).isEqualTo("Drikkevandet først, tak.");
			browser.assertAccessible();
			browser.screenshot("respond-error-phone");

			driver.findElement(By.id("postcode")).sendKeys("7100", Keys.ENTER);
			browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.className("receipt-number")));
			assertThat(driver.findElement(By.className("receipt-number")).getText()).matches("(?s).*H-\\d{6}.*");
			assertNoSideways(driver);
			browser.assertAccessible();
			browser.screenshot("receipt-phone");

			driver.get(url("/consultations/1/respond?lang=en"));
			assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Send a consultation response");
			browser.assertAccessible();
			browser.screenshot("respond-phone-en");
			driver.get(url("/?lang=da"));
		}
		finally {
			driver.manage().window().setSize(new Dimension(1280, 1000));
		}
	}

	@Test
	void anOfficialSeesTheCampaignsAndACouncilSecretaryRecordsVejlesDecision() throws Exception {
		WebDriver driver = browser.driver();
		signIn(Visitors.SECRETARIAT);
		driver.get(url("/processing/1"));
		assertThat(driver.findElement(By.className("lead")).getText()).contains("af");
		assertThat(driver.findElements(By.className("group-count"))).isNotEmpty();
		browser.assertAccessible();
		browser.screenshot("processing");

		driver.findElement(By.cssSelector("tbody tr a")).click();
		browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("summary")));
		browser.assertAccessible();
		browser.screenshot("processing-response");
		String responsePage = driver.getCurrentUrl();
		driver.findElement(By.id("summary")).sendKeys("Ønsker vindmøllerne flyttet.");
		driver.findElement(By.cssSelector("input[name=outcome][value=NOTED]")).click();
		driver.findElement(By.cssSelector("form[action*='/processing/responses/'] button[type=submit]")).click();
		browser.waiting().until(ExpectedConditions.urlContains("#r"));
		driver.get(responsePage);
		assertThat(driver.findElement(By.id("history-heading")).getText()).isEqualTo("Historik");
		((JavascriptExecutor) driver).executeScript("document.getElementById('history-heading').scrollIntoView()");
		browser.assertAccessible();
		browser.screenshot("processing-response-history");

		driver.get(url("/plans/1"));
		browser.assertAccessible();
		browser.screenshot("plan-secretariat");
		driver.get(url("/plans/1/versions/1"));
		assertThat(driver.getPageSource()).contains("(180 enslydende svar)");
		browser.assertAccessible();
		browser.screenshot("plan-version");

		signIn("vejle.byraad");
		driver.get(url("/plans/1"));
		assertThat(driver.findElements(By.cssSelector("#municipality option"))).hasSize(1);
		driver.findElement(By.id("dissent")).sendKeys("Et mindretal stemmer imod.");
		driver.findElement(By.cssSelector(".step-form button[type=submit]")).click();
		browser.waiting().until(ExpectedConditions.urlContains("#paths"));
		assertThat(driver.findElement(By.id("paths")).getText()).isNotEmpty();
		assertThat(driver.getPageSource()).contains("Et mindretal stemmer imod.");
		browser.assertAccessible();
		browser.screenshot("plan-council-secretary");
		driver.manage().window().setSize(new Dimension(390, 844));
		driver.navigate().refresh();
		browser.screenshot("plan-council-secretary-phone");
		driver.manage().window().setSize(new Dimension(1280, 1000));
	}

	private static void assertNoSideways(WebDriver driver) {
		long overflow = browser.sidewaysOverflow();
		assertThat(overflow).as("page wider than a phone's screen").isLessThanOrEqualTo(0);
	}

}
