package dk.samspil;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The pages a member reads most, checked by axe-core down to moderate findings, landmarks
 * and headings included, and at a phone's width for sideways scrolling.
 */
class PageStructureBrowserTest extends BrowserTest {

	@Test
	void theGroupRegionThemeAndLibraryPagesHaveUniqueLandmarksAndHeadingsInOrder() throws Exception {
		signIn(Visitors.SECRETARIAT);
		WebDriver driver = browser.driver();
		driver.get(url("/themes"));
		String theme = driver.findElement(By.cssSelector("main a[href^='/themes/']")).getAttribute("href");
		for (String page : List.of("/groups/teknisk-vand", "/region", theme.replaceFirst("^https?://[^/]+", ""),
				"/groups/teknisk-vand/library", "/themes")) {
			driver.get(url(page));
			browser.assertAccessible();
		}
	}

	@Test
	void theCheckFailsOnAPageWithAnImageWithoutTextAndASkippedHeadingLevel() throws Exception {
		signIn(Visitors.SECRETARIAT);
		WebDriver driver = browser.driver();
		driver.get(url("/region"));
		((JavascriptExecutor) driver).executeScript(
				"document.querySelector('main').insertAdjacentHTML('beforeend', '<img src=\\'/favicon.ico\\'><h5>Skipped</h5>')");
		assertThatThrownBy(browser::assertAccessible).hasMessageContaining("image-alt")
			.hasMessageContaining("heading-order");
	}

	@Test
	void noPageScrollsSidewaysOnAPhone() throws Exception {
		signIn(Visitors.SECRETARIAT);
		WebDriver driver = browser.driver();
		driver.manage().window().setSize(new Dimension(390, 844));
		try {
			for (String page : List.of("/region", "/account", "/people", "/groups/new", "/groups/teknisk-vand",
					"/groups/teknisk-vand/edit")) {
				driver.get(url(page));
				long overflow = browser.sidewaysOverflow();
				browser.screenshot("phone" + page.replace('/', '-'));
				assertThat(overflow).as(page + " is wider than a phone's screen").isLessThanOrEqualTo(0);
			}
		}
		finally {
			driver.manage().window().setSize(new Dimension(1280, 1000));
		}
	}

}
