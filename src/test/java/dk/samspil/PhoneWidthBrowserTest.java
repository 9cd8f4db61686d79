package dk.samspil;

import java.lang.reflect.Type;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.server.PathContainer;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No page scrolls sideways on a phone 390 px wide. The pages are found from the
 * application itself, as {@link AccessRulesTest} finds its endpoints: every page handler
 * (a handler that answers with a view), reached by following the links the demo logins
 * see from the pages without a variable in their address, one page per handler. A new
 * page is measured without anyone listing it.
 */
class PhoneWidthBrowserTest extends BrowserTest {

	static final int PHONE = 390;

	/** A visitor, then a member, a council secretary and the secretariat. */
	static final List<String> LOGINS = List.of("", Visitors.MEMBER, "kolding.byraad", Visitors.SECRETARIAT);

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	record Page(PathPattern pattern, HandlerMethod handler) {
	}

	private List<Page> pages;

	@Test
	void noPageReachableByTheDemoLoginsScrollsSidewaysAt390Px() throws Exception {
		WebDriver driver = browser.driver();
		driver.manage().window().setSize(new Dimension(PHONE, 844));
		Map<String, String> wide = new LinkedHashMap<>();
		Set<String> measured = new LinkedHashSet<>();
		try {
			for (String login : LOGINS) {
				visitAs(login);
				Deque<String> queue = new ArrayDeque<>(startingPages());
				// each login reads one page per handler, to follow its links; a page is
				// measured by the first login it opens for
				Set<String> read = new LinkedHashSet<>();
				while (!queue.isEmpty()) {
					String path = queue.poll();
					Optional<Page> page = page(path);
					if (page.isEmpty() || !read.add(page.get().pattern().getPatternString())) {
						continue;
					}
					String pattern = page.get().pattern().getPatternString();
					driver.get(url(path));
					if (!driver.getCurrentUrl().startsWith(url(path)) || !measured.add(pattern)) {
						followLinks(queue);
						continue;
					}
					browser.awaitStyled();
					long width = (Long) script("return document.documentElement.scrollWidth;");
					if (width > PHONE) {
						wide.put(path, width + " px, widest: " + script(WIDEST));
						browser.screenshot("phone-wide" + path.replaceAll("[^A-Za-z0-9]+", "-"));
					}
					followLinks(queue);
				}
			}
		}
		finally {
			driver.manage().window().setSize(new Dimension(1280, 1000));
		}
		Set<String> missed = new TreeSet<>();
		for (Page page : pages()) {
			if (!measured.contains(page.pattern().getPatternString())) {
				missed.add(page.pattern().getPatternString());
			}
		}
		System.out.printf("Measured %d pages at %d px; no link from the demo logins reaches %s%n", measured.size(),
				PHONE, missed);
		assertThat(wide).as("pages wider than a phone").isEmpty();
		assertThat(measured).as("pages measured").hasSizeGreaterThan(60);
	}

	/**
	 * What people type is not always made of short words: a name of one long word, an
	 * e-mail address, a pasted link. Each kind of page that lists or shows such values,
	 * made here on a phone with the longest unbroken values the forms take, stays within
	 * the phone's width, the confirmations that repeat them included: the words wrap, and
	 * a table too wide scrolls inside its own box.
	 */
	@Test
	void theLongestUnbrokenValuesTheFormsTakeFitAPhone() throws Exception {
		signIn(Visitors.SECRETARIAT);
		WebDriver driver = browser.driver();
		driver.manage().window().setSize(new Dimension(PHONE, 844));
		Map<String, String> wide = new LinkedHashMap<>();
		String name = word("Person", 120);
		try {
			driver.get(url("/people/new"));
			fill("username", "lang." + "x".repeat(35));
			fill("displayName", name);
			fill("email", "a".repeat(64) + "@" + "b".repeat(63) + ".dk");
			fill("jobTitle", word("Stilling", 120));
			fill("password", "langt-navn-kodeord");
			submit(wide);
			browser.screenshot("phone-person-saved-long-values");
			driver.get(url("/groups/new"));
			fill("name", word("Gruppe", 120));
			fill("mandate", "https://samspil.example/" + "kommissorium".repeat(30));
			fill("addPerson", name);
			click("button[name=add]");
			submit(wide);
			String group = path(driver.getCurrentUrl());
			driver.get(url(group + "/meetings/new"));
			fill("title", word("Møde", 200));
			fill("date", "2031-03-04");
			fill("startTime", "10:00");
			fill("endTime", "12:00");
			fill("place", word("Sted", 200));
			fill("deadlineDate", "2031-02-25");
			fill("deadlineTime", "12:00");
			submit(wide);
			String meeting = path(driver.getCurrentUrl());
			driver.get(url(group + "/library/new"));
			fill("title", word("Dokument", 200));
			fill("summary", word("Resumé", 400));
			submit(wide);
			String document = path(driver.getCurrentUrl());
			driver.get(url("/admin/themes"));
			fill("new-name", word("Tema", 80));
			submit(wide);
			driver.get(url("/people"));
			String person = path(driver.findElement(By.linkText(name)).getAttribute("href"));
			for (String page : List.of("/people", person, "/groups", group, group + "/edit", group + "/meetings",
					meeting, meeting + "/edit", group + "/library", document, document + "/edit", "/themes", "/")) {
				driver.get(url(page));
				measure(wide);
			}
			driver.get(url("/people"));
			script("document.querySelector('a[href=\"" + person + "\"]').scrollIntoView()");
			browser.screenshot("phone-people-long-values");
		}
		finally {
			driver.manage().window().setSize(new Dimension(1280, 1000));
		}
		assertThat(wide).as("pages wider than a phone").isEmpty();
	}

	/**
	 * One word of {@code length} letters, made of the Danish for "a long name without a
	 * space" and {@code tail}.
	 */
	private static String word(String tail, int length) {
		return ("Langtnavnudenmellemrum" + tail).repeat(length / 20 + 1).substring(0, length);
	}

	/** Notes the current page when it is wider than the phone, with what sticks out. */
	private void measure(Map<String, String> wide) {
		browser.awaitStyled();
		long width = (Long) script("return document.documentElement.scrollWidth;");
		if (width > PHONE) {
			wide.put(path(browser.driver().getCurrentUrl()), width + " px, widest: " + script(WIDEST));
		}
	}

	/**
	 * Puts {@code value} in the field, as typing would, date and time fields included.
	 */
	private void fill(String id, String value) {
		WebElement field = browser.driver().findElement(By.id(id));
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]", field, value);
	}

	/**
	 * Sends the page's form by its main button, checks that it was taken (no field
	 * refused), and measures the page it led to, which confirms what was saved.
	 */
	private void submit(Map<String, String> wide) {
		click("main form[method=post] button[type=submit]:not(.secondary)");
		assertThat(browser.driver().findElements(By.cssSelector("main .error, main .error-summary")))
			.as("refusals on " + browser.driver().getCurrentUrl())
			.isEmpty();
		measure(wide);
	}

	/**
	 * Clicks the button and waits until the page it sent has replaced this one. Chromium
	 * reports a button of a page being replaced either as stale or as "not belonging to
	 * the document"; both mean it is gone.
	 */
	private void click(String selector) {
		WebElement button = browser.driver().findElement(By.cssSelector(selector));
		button.click();
		browser.waiting().until(page -> {
			try {
				button.isEnabled();
				return false;
			}
			catch (StaleElementReferenceException ex) {
				return true;
			}
			catch (WebDriverException ex) {
				if (String.valueOf(ex.getMessage()).contains("does not belong to the document")) {
					return true;
				}
				throw ex;
			}
		});
		browser.awaitStyled();
	}

	private String path(String address) {
		return URI.create(address).getPath();
	}

	private void followLinks(Deque<String> queue) {
		for (Object link : (List<?>) script(LINKS)) {
			local(String.valueOf(link)).ifPresent(queue::add);
		}
	}

	@Test
	void theSignedInHeaderFitsOneLineOnALaptopInBothLanguages() throws Exception {
		WebDriver driver = browser.driver();
		driver.manage().window().setSize(new Dimension(1366, 900));
		try {
			for (String login : List.of(Visitors.SECRETARIAT, "kolding.byraad")) {
				visitAs(login);
				for (String language : List.of("da", "en")) {
					driver.get(url("/?lang=" + language));
					browser.screenshot("header-1366-" + login + "-" + language);
					Object lines = script(HEADER_LINES);
					assertThat(lines).as(login + " in " + language + ": the header's lines at 1366 px").isEqualTo(1L);
				}
			}
		}
		finally {
			driver.manage().window().setSize(new Dimension(1280, 1000));
			driver.get(url("/?lang=da"));
		}
	}

	/** How many lines the header's parts and links stand on, by their distinct tops. */
	static final String HEADER_LINES = """
			const middles = [];
			for (const e of document.querySelectorAll('.site-header .bar > *, .site-header nav li, .site-header .tools > *')) {
			  const r = e.getBoundingClientRect();
			  if (r.height > 0) { middles.push((r.top + r.bottom) / 2); }
			}
			middles.sort((a, b) => a - b);
			let lines = middles.length > 0 ? 1 : 0;
			for (let i = 1; i < middles.length; i++) { if (middles[i] - middles[i - 1] > 12) { lines++; } }
			return lines;""";

	/** The hrefs of the page's links, absolute. */
	static final String LINKS = "return Array.from(document.querySelectorAll('a[href]')).map(a => a.href);";

	/** The deepest elements that reach past the phone's edge, to say what to fix. */
	static final String WIDEST = """
			const out = [];
			for (const e of document.querySelectorAll('body *')) {
			  const r = e.getBoundingClientRect();
			  if (r.right > %d + 1 && ![...e.children].some(c => c.getBoundingClientRect().right > %d + 1)) {
			    out.push(e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).trim().replace(/\\s+/g, '.') : '')
			      + ' ' + Math.round(r.right) + 'px');
			  }
			}
			return out.slice(0, 5).join(', ');"""
		.formatted(PHONE, PHONE);

	private Object script(String script) {
		return ((JavascriptExecutor) browser.driver()).executeScript(script);
	}

	/** Signs in as {@code login}, or stays anonymous when it is empty. */
	private void visitAs(String login) {
		if (login.isEmpty()) {
			browser.driver().manage().deleteAllCookies();
		}
		else {
			signIn(login);
		}
	}

	/** Page handlers with no variable in their address: where following links starts. */
	private List<String> startingPages() {
		return pages().stream()
			.map(p -> p.pattern().getPatternString())
			.filter(p -> !p.contains("{") && !p.contains("*"))
			.toList();
	}

	/**
	 * The GET handlers that answer with a page (a view name, or a view with its status),
	 * not a file, JSON or a stream.
	 */
	private List<Page> pages() {
		if (pages != null) {
			return pages;
		}
		pages = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
			RequestMappingInfo info = entry.getKey();
			Type returned = entry.getValue().getReturnType().getGenericParameterType();
			boolean get = info.getMethodsCondition().getMethods().stream().anyMatch(m -> m.name().equals("GET"));
			boolean page = returned == String.class || returned == ModelAndView.class;
			if (get && page && info.getPathPatternsCondition() != null) {
				for (PathPattern pattern : info.getPathPatternsCondition().getPatterns()) {
					if (!pattern.getPatternString().equals("/error")) {
						pages.add(new Page(pattern, entry.getValue()));
					}
				}
			}
		}
		return pages;
	}

	private Optional<Page> page(String path) {
		PathContainer container = PathContainer.parsePath(URI.create(path).getPath());
		return pages().stream()
			.filter(p -> p.pattern().matches(container))
			.min(Comparator.comparing(Page::pattern, PathPattern.SPECIFICITY_COMPARATOR));
	}

	/** A link to a page of ours, as path and query, without the fragment. */
	private Optional<String> local(String href) {
		String base = url("");
		if (!href.startsWith(base)) {
			return Optional.empty();
		}
		String path = href.substring(base.length()).replaceFirst("#.*", "");
		return path.isEmpty() || path.contains("lang=") ? Optional.empty() : Optional.of(path);
	}

}
