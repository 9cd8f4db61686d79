package dk.samspil;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The application on a real port and one headless Chromium per test class, closed after
 * it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class BrowserTest {

	protected static Browser browser;

	/** What the browser showed when a test failed (see {@link Browser#keepFailed}). */
	@RegisterExtension
	static final TestWatcher KEEP_FAILED_PAGE = new TestWatcher() {
		@Override
		public void testFailed(ExtensionContext context, Throwable cause) {
			if (browser != null) {
				browser.keepFailed(context.getRequiredTestClass().getSimpleName() + "-"
						+ context.getRequiredTestMethod().getName());
			}
		}
	};

	@LocalServerPort
	protected int port;

	@BeforeAll
	static void startBrowser() throws Exception {
		browser = Browser.start();
	}

	@AfterAll
	static void stopBrowser() throws Exception {
		if (browser != null) {
			browser.close();
			browser = null;
		}
	}

	protected String url(String path) {
		return "http://localhost:" + port + path;
	}

	/** Signs in through the login form with the demo password, as someone new. */
	protected void signIn(String username) {
		WebDriver driver = browser.driver();
		driver.manage().deleteAllCookies();
		driver.get(url("/login"));
		driver.findElement(By.id("username")).sendKeys(username);
		driver.findElement(By.id("password")).sendKeys("samspil-demo", Keys.ENTER);
		browser.waiting().until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
	}

}
