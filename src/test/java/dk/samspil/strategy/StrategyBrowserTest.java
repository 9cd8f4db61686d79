package dk.samspil.strategy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import dk.samspil.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The strategy in a real browser, with axe-core on every page: a planning manager
 * proposes a topic and another comments, the secretariat opens a ranking round, the seven
 * planning managers cast their municipalities' ballots, the secretariat closes it,
 * everyone reads the result, and the secretariat hands the topic to a group.
 */
class StrategyBrowserTest extends BrowserTest {

	static final List<String> MUNICIPALITIES = List.of("billund", "fredericia", "haderslev", "kolding", "middelfart",
			"vejen", "vejle");

	@Test
	void proposeCommentOpenARoundCastSevenBallotsCloseReadTheResultAndHandTheTopicToAGroup() throws Exception {
		WebDriver driver = browser.driver();
		driver.manage().window().setSize(new Dimension(1280, 1000));
		String title = "Fælles varmeplan " + System.nanoTime();

		signIn("vejle.planchef");
		driver.get(url("/strategy"));
		driver.findElement(By.linkText("Planstrategi 2027")).click();
		browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("deadline-note")));
		browser.assertAccessible();
		driver.findElement(By.linkText("Foreslå et emne")).click();
		driver.findElement(By.id("title")).sendKeys(title);
		driver.findElement(By.id("description")).sendKeys("Fjernvarmen skal **hænge sammen** over grænserne.");
		new Select(driver.findElement(By.id("onBehalf"))).selectByVisibleText("Vejle");
		driver.findElement(By.cssSelector("main form button[type=submit]")).click();
		browser.waiting().until(ExpectedConditions.titleContains(title));
		assertThat(driver.findElement(By.cssSelector(".markdown strong")).getText()).isEqualTo("hænge sammen");
		browser.assertAccessible();
		String topicUrl = driver.getCurrentUrl();

		signIn("kolding.planchef");
		driver.get(topicUrl);
		driver.findElement(By.id("body")).sendKeys("Kolding er med, især ved fjorden.");
		driver.findElement(By.cssSelector("#comments-heading ~ form button")).click();
		browser.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notes"), "Kolding er med"));
		browser.assertAccessible();

		theSecretariatOpens("Åbn en prioriteringsrunde");
		driver.findElement(By.id("title")).sendKeys("Runde i browseren");
		driver.findElement(By.xpath(
				"//label[text()='Rangordning: hver kommune rangordner emnerne (Schulze-metoden, Borda-tal ved siden af)']"))
			.click();
		driver.findElement(By.xpath("//label[text()='" + title + "']")).click();
		driver.findElement(By.xpath("//label[text()='Levende bymidter']")).click();
		browser.assertAccessible();
		driver.findElement(By.cssSelector("main form button[type=submit]")).click();
		browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("turnout")));
		String roundUrl = driver.getCurrentUrl();

		for (String municipality : MUNICIPALITIES) {
			signIn(municipality + ".planchef");
			driver.get(roundUrl);
			driver.findElement(By.cssSelector(".actions a.button")).click();
			browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("rank-1")));
			boolean first = municipality.compareTo("k") < 0;
			new Select(driver.findElement(By.id("rank-1"))).selectByVisibleText(first ? title : "Levende bymidter");
			new Select(driver.findElement(By.id("rank-2"))).selectByVisibleText(first ? "Levende bymidter" : title);
			if (municipality.equals("billund")) {
				browser.assertAccessible();
			}
			driver.findElement(By.cssSelector("main form button[type=submit]")).click();
			browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("ballot-saved")));
		}
		assertThat(driver.findElement(By.id("turnout")).getText()).doesNotContain("Ikke endnu");
		browser.assertAccessible();

		signIn("sekretariat");
		driver.get(roundUrl);
		driver.findElement(By.xpath("//button[text()='Luk runden']")).click();
		browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("result-table")));
		assertThat(driver.findElement(By.cssSelector("#result-table tbody tr")).getText()).contains("Levende bymidter");
		assertThat(driver.findElements(By.cssSelector("#ballots tbody tr"))).hasSize(7);
		browser.waiting()
			.until(driver1 -> (Boolean) ((JavascriptExecutor) driver1)
				.executeScript("return typeof Chart !== 'undefined' && !!Chart.getChart('result-chart')"));
		browser.assertAccessible();
		browser.screenshot("strategy-result");
		driver.manage().window().setSize(new Dimension(390, 900));
		driver.get(roundUrl + "?lang=en");
		browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("result-table")));
		browser.assertAccessible();
		assertNoSidewaysScrolling();
		browser.screenshot("strategy-result-390-en");
		driver.get(roundUrl + "?lang=da");
		driver.manage().window().setSize(new Dimension(1280, 1000));

		driver.get(topicUrl);
		driver.findElement(By.xpath("//button[text()='Vælg emnet og gør det til et tema']")).click();
		browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("group")));
		new Select(driver.findElement(By.id("group"))).selectByVisibleText("Planchefgruppen");
		new Select(driver.findElement(By.id("owner"))).selectByIndex(1);
		driver.findElement(By.xpath("//button[text()='Overdrag til en gruppe']")).click();
		browser.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("main"), "Overdraget til Planchefgruppen"));
		browser.assertAccessible();
		browser.screenshot("strategy-topic-handed");

		writeTheDocumentPutItToConsultationAndReadItAsAVisitor(title);
	}

	/**
	 * The result chart's figures read as the page's language writes them, whatever the
	 * browser's own language (Danish here).
	 */
	@Test
	void theResultChartWritesDecimalsAsThePagesLanguage() {
		WebDriver driver = theSecretariatOpens("Første prioritering");
		String roundUrl = driver.getCurrentUrl();
		for (String[] language : new String[][] { { "en", "Weighted by population: \\d+\\.\\d" },
				{ "da", "Vægtet efter indbyggertal: \\d+,\\d" } }) {
			driver.get(roundUrl + "?lang=" + language[0]);
			browser.waiting()
				.until(d -> (Boolean) ((JavascriptExecutor) d)
					.executeScript("return typeof Chart !== 'undefined' && !!Chart.getChart('result-chart')"));
			Object weighted = ((JavascriptExecutor) driver).executeScript("""
					const chart = Chart.getChart('result-chart');
					const index = chart.data.datasets[1].data.findIndex((v) => v % 1 !== 0);
					chart.tooltip.setActiveElements([{ datasetIndex: 1, index }], { x: 0, y: 0 });
					chart.update();
					return chart.tooltip.body[0].lines[0];""");
			assertThat((String) weighted).as(language[0]).matches(language[1]);
		}
	}

	/**
	 * The secretariat's form to merge a topic lists the other topics' long titles; on a
	 * phone the list shrinks to the screen instead of widening the page.
	 */
	@Test
	void theFormToMergeATopicFitsAPhone() {
		WebDriver driver = theSecretariatOpens("Vand til industri og Power-to-X");
		browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("into")));
		String topicUrl = driver.getCurrentUrl();
		driver.manage().window().setSize(new Dimension(390, 844));
		try {
			for (String language : List.of("da", "en")) {
				driver.get(topicUrl + "?lang=" + language);
				assertThat(
						((Number) ((JavascriptExecutor) driver).executeScript("return window.innerWidth")).intValue())
					.isEqualTo(390);
				assertNoSidewaysScrolling();
			}
		}
		finally {
			driver.manage().window().setSize(new Dimension(1280, 1000));
			driver.get(topicUrl + "?lang=da");
		}
	}

	/**
	 * The secretariat writes the next version with the new topic's section, and puts it
	 * to public consultation.
	 */
	/**
	 * Signs the secretariat in and follows {@code link} on the demo's planning strategy.
	 */
	private WebDriver theSecretariatOpens(String link) {
		WebDriver driver = browser.driver();
		signIn("sekretariat");
		driver.get(url("/strategy"));
		driver.findElement(By.linkText("Planstrategi 2027")).click();
		driver.findElement(By.linkText(link)).click();
		return driver;
	}

	private void writeTheDocumentPutItToConsultationAndReadItAsAVisitor(String title) throws Exception {
		WebDriver driver = browser.driver();
		driver.get(url("/strategy"));
		driver.findElement(By.linkText("Planstrategi 2027")).click();
		driver.findElement(By.linkText("Læs strategidokumentet")).click();
		driver.findElement(By.linkText("Ret dokumentet")).click();
		browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("note")));
		browser.assertAccessible();
		List<WebElement> headings = driver.findElements(By.cssSelector("input[id$='.heading']"));
		assertThat(headings.get(headings.size() - 1).getAttribute("value")).isEqualTo(title);
		driver.findElement(By.id("sections0.body"))
			.sendKeys(Keys.END, "\n\nStrategien blev *prioriteret* i browseren.");
		driver.findElement(By.id("note")).sendKeys("Varmeplanen er med");
		driver.findElement(By.cssSelector("main form button[type=submit]")).click();
		browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("document-saved")));
		assertThat(driver.findElement(By.cssSelector(".section-body em")).getText()).isEqualTo("prioriteret");
		browser.assertAccessible();
		String documentUrl = driver.getCurrentUrl();
		driver.manage().window().setSize(new Dimension(390, 900));
		String processUrl = documentUrl.replaceFirst("/document.*", "");
		for (String page : List.of("document", "document/edit", "")) {
			driver.get(processUrl + (page.isEmpty() ? "" : "/" + page) + "?lang=en");
			assertNoSidewaysScrolling();
			browser.screenshot("strategy-390-en-" + (page.isEmpty() ? "process" : page.replace('/', '-')));
		}
		driver.get(processUrl + "?lang=da");
		driver.manage().window().setSize(new Dimension(1280, 1000));
		driver.get(documentUrl);
		driver.findElement(By.cssSelector("#consult-heading ~ form button")).click();
		browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("document-consulted")));
		browser.assertAccessible();
		driver.findElement(By.linkText("Den offentlige side")).click();
		String publicUrl = driver.getCurrentUrl();

		driver.manage().deleteAllCookies();
		driver.manage().window().setSize(new Dimension(390, 900));
		driver.get(publicUrl);
		browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("public-consultation")));
		assertThat(driver.findElement(By.id("main")).getText()).contains(title).doesNotContain("Runde i browseren");
		browser.assertAccessible();
		assertNoSidewaysScrolling();
		browser.screenshot("strategy-public-390");
		driver.manage().window().setSize(new Dimension(1280, 1000));
	}

	/**
	 * At phone width nothing but a table's own scroll box may be wider than the window.
	 */
	private void assertNoSidewaysScrolling() {
		long overflow = browser.sidewaysOverflow();
		assertThat(overflow).as("sideways scrolling on " + browser.driver().getCurrentUrl()).isLessThanOrEqualTo(0);
	}

}
