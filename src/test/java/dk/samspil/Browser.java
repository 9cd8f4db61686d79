package dk.samspil;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Headless Chromium from the system's packages, with axe-core for accessibility checks.
 */
public final class Browser implements AutoCloseable {

	public static final String MISSING = "Browser tests need Chromium and its driver: apt-get install chromium chromium-driver";

	private final ChromeDriver driver;

	private final Path profile;

	private Browser(ChromeDriver driver, Path profile) {
		this.driver = driver;
		this.profile = profile;
	}

	/**
	 * Starts Chromium, or skips the calling test with a message naming the packages when
	 * it is not installed.
	 */
	public static Browser start() throws IOException {
		Optional<Path> chromium = onPath("chromium");
		Optional<Path> chromedriver = onPath("chromedriver");
		assumeTrue(chromium.isPresent() && chromedriver.isPresent(), MISSING);
		Path profile = Files.createTempDirectory("samspil-chromium-");
		ChromeOptions options = new ChromeOptions().setBinary(chromium.get().toFile())
			.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
					"--window-size=1280,1000", "--lang=da", "--user-data-dir=" + profile);
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(chromedriver.get().toFile())
			.build();
		return new Browser(new ChromeDriver(service, options), profile);
	}

	public WebDriver driver() {
		return driver;
	}

	public WebDriverWait waiting() {
		return new WebDriverWait(driver, Duration.ofSeconds(10));
	}

	/**
	 * Fails when axe-core finds a moderate, serious or critical WCAG 2.1 A/AA violation
	 * on the current page, or breaks one of the best practices for landmarks and headings
	 * that screen reader users navigate by (two landmarks a screen reader cannot tell
	 * apart, a heading level skipped).
	 */
	public void assertAccessible() {
		JavascriptExecutor page = (JavascriptExecutor) driver;
		page.executeScript(AXE);
		List<?> violations = (List<?>) page.executeAsyncScript(
				"const done = arguments[arguments.length - 1]; axe.run(document, arguments[0]).then(r => done(r.violations))",
				AXE_OPTIONS);
		List<String> found = violations.stream()
			.map(Map.class::cast)
			.filter(rule -> FAILING.contains(rule.get("impact")))
			.map(Browser::describe)
			.toList();
		assertThat(found).as("axe-core violations on " + driver.getCurrentUrl()).isEmpty();
	}

	/** The impacts that fail a test: everything but "minor". */
	private static final List<String> FAILING = List.of("moderate", "serious", "critical");

	/** Best practices (not WCAG criteria) for the page's landmarks and headings. */
	private static final List<String> STRUCTURE = List.of("landmark-unique", "heading-order", "landmark-one-main",
			"landmark-no-duplicate-banner", "landmark-no-duplicate-contentinfo", "landmark-no-duplicate-main",
			"page-has-heading-one");

	/**
	 * One axe-core run for both: the WCAG 2.1 A/AA rules by tag and the structure rules
	 * by name, reporting violations only. Injected and run directly rather than through
	 * the library's builder, which injected the script twice and merged results in a
	 * second window, for pages that have no frames: a check took two seconds, now half a
	 * second.
	 */
	private static final Map<String, Object> AXE_OPTIONS = Map.of("runOnly",
			Map.of("type", "tag", "values", List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")), "rules",
			STRUCTURE.stream().collect(Collectors.toMap(rule -> rule, rule -> Map.of("enabled", true))), "resultTypes",
			List.of("violations"));

	/** The axe-core script, as the axe-core Selenium library ships it. */
	private static final String AXE = axeScript();

	private static String axeScript() {
		try (InputStream script = AxeBuilder.class.getResourceAsStream("/axe.min.js")) {
			return new String(script.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * How many pixels the page is wider than the window shows: above zero, a reader has
	 * to scroll sideways.
	 */
	public long sidewaysOverflow() {
		awaitStyled();
		return ((Number) ((JavascriptExecutor) driver)
			.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth"))
			.longValue();
	}

	/**
	 * Waits, within the browser's bound, until the page's stylesheet is applied, and
	 * fails saying so if it never is: a page measured without it is plain HTML. /people
	 * was once measured 234 px wider than a phone on a loaded machine, exactly what it
	 * measures with its stylesheet removed, while with it the page fits.
	 */
	public void awaitStyled() {
		try {
			waiting().until(page -> (Boolean) ((JavascriptExecutor) page).executeScript(STYLED));
		}
		catch (TimeoutException ex) {
			throw new AssertionError("The stylesheet of " + driver.getCurrentUrl() + " was not applied", ex);
		}
	}

	/**
	 * Whether the page's link to samspil.css has its rules read (a page of its own style,
	 * as the consultation memo, has no such link).
	 */
	private static final String STYLED = """
			const link = document.querySelector('link[rel=stylesheet][href*="/css/samspil.css"]');
			return !link || (link.sheet !== null && link.sheet.cssRules.length > 0);""";

	/** Keeps a picture of the page under target/screenshots for a person to look at. */
	public void screenshot(String name) throws IOException {
		Path target = Path.of("target", "screenshots");
		Files.createDirectories(target);
		File shot;
		try {
			shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
		}
		catch (TimeoutException ex) {
			// Chromium aborts a capture that a navigation of the page overtakes (seen
			// after a refresh on a loaded machine): once the page has loaded, once more.
			waiting().until(
					page -> "complete".equals(((JavascriptExecutor) page).executeScript("return document.readyState")));
			shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
		}
		Files.copy(shot.toPath(), target.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
	}

	/**
	 * Keeps what the browser shows when a test fails, its address and its HTML beside a
	 * picture of it, under target/screenshots: a failure on a loaded machine is seldom
	 * seen twice. Never fails itself.
	 */
	public void keepFailed(String name) {
		try {
			Path target = Files.createDirectories(Path.of("target", "screenshots"));
			Files.writeString(target.resolve("failed-" + name + ".html"),
					"<!-- " + driver.getCurrentUrl() + " -->\n" + driver.getPageSource());
			screenshot("failed-" + name);
			System.err.println("The page of the failed test is kept in " + target.toAbsolutePath());
		}
		catch (IOException | RuntimeException ex) {
			System.err.println("The page of the failed test could not be kept: " + ex);
		}
	}

	@Override
	public void close() throws IOException {
		driver.quit();
		try (Stream<Path> files = Files.walk(profile)) {
			files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
	}

	private static String describe(Map<?, ?> rule) {
		return rule.get("impact") + " " + rule.get("id") + ": " + rule.get("help") + " at "
				+ ((List<?>) rule.get("nodes")).stream()
					.map(node -> String.valueOf(((Map<?, ?>) node).get("target")))
					.toList();
	}

	private static Optional<Path> onPath(String program) {
		return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
			.map(dir -> Path.of(dir, program))
			.filter(Files::isExecutable)
			.findFirst();
	}

}
