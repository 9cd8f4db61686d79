package dk.samspil;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages a member reads most, checked by axe-core down to moderate findings, landmarks
 * and headings included, and at a phone's width for sideways scrolling.
 */
class PageStructureBrowserTest extends BrowserTest {

	@Test
	void theGroupRegionThemeAndLibraryPagesHaveUniqueLandmarksAndHeadingsInOrder() throws Exception {
		WebDriver driver = signIn(Visitors.SECRETARIAT);
		driver.get(url("/themes"));
		String theme = driver.findElement(By.cssSelector("main a[href^='/themes/']")).getAttribute("href");
		for (String page : List.of("/groups/teknisk-vand", "/region", theme.replaceFirst("^https?://[^/]+", ""),
				"/groups/teknisk-vand/library", "/themes")) {
			driver.get(url(page));
			browser.assertAccessible();
		}
	}

	@Test
	void noPageScrollsSidewaysOnAPhone() throws Exception {
		WebDriver driver = signIn(Visitors.SECRETARIAT);
		driver.manage().window().setSize(new Dimension(390, 844));
		try {
			for (String page : List.of("/region", "/account", "/people", "/groups/new", "/groups/teknisk-vand",
					"/groups/teknisk-vand/edit")) {
				driver.get(url(page));
				long overflow = (Long) ((JavascriptExecutor) driver)
					.executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
				browser.screenshot("phone" + page.replace('/', '-'));
				assertThat(overflow).as(page + " is wider than a phone's screen").isLessThanOrEqualTo(0);
			}
		}
		finally {
			driver.manage().window().setSize(new Dimension(1280, 1000));
		}
	}

	private WebDriver signIn(String who) {
		WebDriver driver = browser.driver();
		driver.manage().deleteAllCookies();
		driver.get(url("/login"));
		driver.findElement(By.id("username")).sendKeys(who);
		driver.findElement(By.id("password")).sendKeys("samspil-demo", Keys.ENTER);
		browser.waiting().until(ExpectedConditions.urlToBe(url("/")));
		return driver;
	}

}
