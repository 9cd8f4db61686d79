package dk.samspil;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The application on a real port and one headless Chromium per test class, closed after
 * it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class BrowserTest {

	protected static Browser browser;

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

}
