package dk.samspil.accounts;

import dk.samspil.Browser;
import oidc.TestProvider;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same sign-in as {@link ProviderSignInTest}'s in headless Chromium: the button, the
 * provider's own login page on another site, the way back, and signing out of both.
 */
class ProviderSignInBrowserTest extends WithProvider {

	@Test
	void aKoldingDirectorSignsInWithKoldingsLoginAndOutAgain() throws Exception {
		String provider = TestProvider.shared().issuer();
		try (Browser browser = Browser.start()) {
			WebDriver driver = browser.driver();
			driver.get(samspil() + "/login");
			browser.assertAccessible();
			browser.screenshot("login-with-providers");
			driver.manage().window().setSize(new Dimension(390, 844));
			browser.screenshot("login-with-providers-390");
			driver.get(samspil() + "/login?lang=en&unavailable=fredericia");
			browser.screenshot("login-provider-unavailable-en");
			driver.manage().window().setSize(new Dimension(1280, 1000));
			driver.get(samspil() + "/login?lang=da");

			driver.findElement(By.linkText("Log ind med Kolding Kommune")).click();
			browser.waiting().until(ExpectedConditions.urlContains(provider + "/login"));
			driver.findElement(By.id("username")).sendKeys("kolding.browser");
			driver.findElement(By.id("password")).sendKeys(TestProvider.PASSWORD);
			driver.findElement(By.cssSelector("button[type=submit]")).click();
			browser.waiting().until(ExpectedConditions.urlToBe(samspil() + "/"));

			driver.get(samspil() + "/account");
			assertThat(driver.findElement(By.id("main")).getText()).contains("kolding.direktor");

			driver.findElement(By.cssSelector("form[action$='/logout'] button")).click();
			browser.waiting().until(ExpectedConditions.urlToBe(samspil() + "/?loggedOut"));
			driver.get(samspil() + "/account");
			assertThat(driver.getCurrentUrl()).isEqualTo(samspil() + "/login");
			// The provider asks again: its session ended too.
			driver.findElement(By.linkText("Log ind med Kolding Kommune")).click();
			browser.waiting().until(ExpectedConditions.urlContains(provider + "/login"));
		}
	}

}
