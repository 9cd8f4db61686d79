package dk.samspil;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages a citizen, a caseworker, a council secretary and the secretariat meet in the
 * plan's consultation, checked by axe-core and kept as pictures in Danish and English, on
 * a phone and on a laptop.
 */
class CitizenPagesBrowserTest extends BrowserTest {

	@Test
	void aCitizenReadsThePrivacyNoticeRespondsAndIsToldNoMailWasSent() throws Exception {
		WebDriver driver = browser.driver();
		driver.manage().deleteAllCookies();
		look("/consultations/1/respond", "respond");
		driver.get(url("/consultations/1/respond?lang=da"));
		assertThat(driver.findElement(By.id("privacy-heading")).getText())
			.isEqualTo("Sådan behandler vi dine oplysninger");
		driver.findElement(By.id("name")).sendKeys("Browser Borger");
		driver.findElement(By.id("postcode")).sendKeys("6040");
		driver.findElement(By.id("body")).sendKeys("Mere skov ved Egtved.");
		driver.findElement(By.cssSelector("form.response-form button[type=submit]")).click();
		browser.waiting().until(ExpectedConditions.urlContains("/consultations/responses/"));
		assertThat(driver.findElement(By.tagName("main")).getText())
			.contains("Vi har ikke sendt en kvittering på e-mail");
		look(driver.getCurrentUrl().replaceFirst("^https?://[^/]+", "").replaceFirst("\\?.*", ""), "receipt");
		look("/public/documents", "public-documents");
	}

	@Test
	void theSecretariatsAndTheCouncilSecretarysPagesAreAccessible() throws Exception {
		signIn(Visitors.SECRETARIAT);
		look("/plans/committees", "committees");
		look("/processing/1", "processing");
		look("/processing/responses/1", "processing-response");
		signIn("haderslev.byraad");
		for (String language : List.of("da", "en")) {
			browser.driver().get(url("/?lang=" + language));
			browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("council-work-heading")));
			assertThat(browser.driver().findElement(By.cssSelector(".council-work")).getText())
				.contains("Teknik- og Klimaudvalget");
			browser.assertAccessible();
			browser.screenshot("council-home-" + language);
		}
	}

	/**
	 * The page in both languages at a phone's and a laptop's width: accessible, and kept
	 * as a picture.
	 */
	private void look(String path, String name) throws Exception {
		WebDriver driver = browser.driver();
		try {
			for (String language : List.of("da", "en")) {
				for (int width : List.of(390, 1366)) {
					driver.manage().window().setSize(new Dimension(width, 900));
					driver.get(url(path + (path.contains("?") ? "&" : "?") + "lang=" + language));
					browser.assertAccessible();
					browser.screenshot(name + "-" + language + "-" + width);
				}
			}
		}
		finally {
			driver.manage().window().setSize(new Dimension(1280, 1000));
			driver.get(url("/?lang=da"));
		}
	}

}
