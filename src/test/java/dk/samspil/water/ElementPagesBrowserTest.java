package dk.samspil.water;

import java.util.Map;

import dk.samspil.BrowserTest;
import dk.samspil.accounts.Accounts;
import dk.samspil.accounts.PersonDetails;
import dk.samspil.accounts.PersonId;
import dk.samspil.accounts.Role;
import dk.samspil.groups.GroupDirectory;
import dk.samspil.groups.GroupId;
import dk.samspil.groups.GroupKind;
import dk.samspil.groups.GroupRole;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A member finds a pipe among more than a page of them, pages on, and changes one, in a
 * real browser; each page is checked with axe-core, at desk and phone width.
 */
class ElementPagesBrowserTest extends BrowserTest {

	@Autowired
	Accounts accounts;

	@Autowired
	GroupDirectory groups;

	@Autowired
	ModelDesk desk;

	@Test
	void aMemberFindsAPipeAmongManyPagesOnAndSavesOneOnTheSecondPage() throws Exception {
		long n = System.nanoTime() % 1_000_000;
		String member = "rør" + n;
		PersonId memberId = accounts.register(
				new PersonDetails(member, "Rør " + n, member + "@test.example", null, null, Role.MEMBER),
				"samspil-demo");
		GroupId group = groups.start("Rørgruppen " + n, GroupKind.PROJECT, "Mange rør.");
		groups.addMember(group, memberId, GroupRole.MEMBER);
		WaterModelId model = desk.create(group, "Rørmodel " + n, WaterDemoData.triangle(), "Første version", memberId,
				"Rør " + n);
		desk.save(model, 1, withPipes(250), Map.of(), "Mange rør", memberId, "Rør " + n);

		WebDriver driver = browser.driver();
		driver.manage().window().setSize(new Dimension(1366, 900));
		signIn(member);
		driver.get(url("/water/models/" + model.value() + "/elements/pipes"));
		assertThat(driver.findElement(By.id("rows-shown")).getText()).isEqualTo("Række 1–100 af 367");
		assertThat(driver.findElement(By.cssSelector("form#e0 button[value=remove]")).getCssValue("color"))
			.as("Fjern reads as a link, not white on white")
			.isEqualTo(driver.findElement(By.cssSelector("main p a")).getCssValue("color"));
		browser.assertAccessible();
		browser.screenshot("element-pages-first-da");

		driver.findElement(By.id("q")).sendKeys("VV-Kolding-3", Keys.ENTER);
		browser.waiting().until(ExpectedConditions.urlContains("q=VV-Kolding-3"));
		assertThat(driver.findElements(By.cssSelector("tbody input[name=id]"))).singleElement()
			.satisfies(id -> assertThat(id.getAttribute("value")).isEqualTo("VV-Kolding-3"));
		browser.assertAccessible();

		driver.findElement(By.linkText("Vis alle")).click();
		driver.findElement(By.cssSelector("nav.pager a[rel=next]")).click();
		browser.waiting().until(ExpectedConditions.textToBe(By.id("rows-shown"), "Række 101–200 af 367"));
		driver.findElement(By.id("e0-capacityPerMonth")).clear();
		driver.findElement(By.id("e0-capacityPerMonth")).sendKeys("4321");
		driver.findElement(By.cssSelector("form#e0 button[value=save]")).click();
		browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[role=status]")));
		assertThat(driver.getCurrentUrl()).endsWith("/elements/pipes?page=2");
		assertThat(driver.findElement(By.id("e0-capacityPerMonth")).getAttribute("value")).isEqualTo("4321");
		assertThat(driver.findElement(By.id("rows-shown")).getText()).isEqualTo("Række 101–200 af 367");
		browser.assertAccessible();
		browser.screenshot("element-pages-saved-da");

		driver.manage().window().setSize(new Dimension(390, 844));
		driver.get(url("/water/models/" + model.value() + "/elements/pipes?page=2&lang=en"));
		assertThat(driver.findElement(By.cssSelector("nav.pager")).getText()).contains("Previous page", "Page 2 of 4",
				"Next page");
		browser.assertAccessible();
		browser.screenshot("element-pages-phone-en");
	}

	private static String withPipes(int extra) {
		ObjectNode tree = (ObjectNode) JsonMapper.builder().build().readTree(WaterDemoData.triangle());
		ArrayNode pipes = (ArrayNode) tree.path("pipes");
		for (int i = 1; i <= extra; i++) {
			pipe(pipes, String.format("extra-%03d", i));
		}
		pipe(pipes, "VV-Kolding-3");
		return tree.toString();
	}

	private static void pipe(ArrayNode pipes, String id) {
		pipes.addObject()
			.put("id", id)
			.put("from", "ww-kolding-1")
			.put("to", "households-kolding")
			.put("capacityPerMonth", 100)
			.put("costPerM3", 1.0)
			.put("loss", 0.0);
	}

}
