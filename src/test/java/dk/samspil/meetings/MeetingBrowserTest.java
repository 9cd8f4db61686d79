package dk.samspil.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import dk.samspil.time.DanishTime;
import dk.samspil.BrowserTest;
import dk.samspil.TestMailServer;
import dk.samspil.groups.GroupId;
import dk.samspil.groups.GroupRole;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A meeting in a real browser: a member proposes an item with a script in its title
 * (shown as text, never run), the chair accepts it and sends the agenda, writes and
 * approves the minutes, records a decision and gives the member a task, which the member
 * finds under "my tasks"; and a chair calls a meeting off, moving its items on to the
 * next meeting. Every page is checked with axe-core.
 */
class MeetingBrowserTest extends BrowserTest {

	static final String HOSTILE = "<script>window.pwned = true; document.title = 'pwned';</script>Ny vandplan";

	static final String CANCEL_REASON = "<script>window.pwned = true;</script>Flyttes til januar";

	@Autowired
	ApplicationContext context;

	@Test
	void aMeetingFromProposalToApprovedMinutesAndATask() throws Exception {
		MeetingFixtures fixtures = new MeetingFixtures(context);
		Meeting meeting = fixtures.meeting(MeetingFixtures.GROUP, "Møde i browseren");
		TestMailServer.get().purgeEmailFromAllMailboxes();
		WebDriver driver = browser.driver();

		signIn(MeetingFixtures.MEMBER, "/meetings/" + meeting.id());
		browser.assertAccessible();
		driver.findElement(By.linkText("Foreslå et punkt")).click();
		browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("title")));
		browser.assertAccessible();
		driver.findElement(By.id("title")).sendKeys(HOSTILE);
		driver.findElement(By.id("description")).sendKeys("Vi skal se på <b>genbrug</b> af renset spildevand.");
		driver.findElement(By.cssSelector("input[name=themes]")).click();
		driver.findElement(By.cssSelector("main form button[type=submit]")).click();
		browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#main .items")));
		assertThat(driver.findElement(By.cssSelector(".items .item-title")).getText()).isEqualTo(HOSTILE);
		assertThat(script("return window.pwned === undefined")).isEqualTo(true);
		assertThat(driver.getTitle()).doesNotContain("pwned").contains("Møde i browseren");
		browser.assertAccessible();
		browser.screenshot("meeting-proposed");

		signIn(MeetingFixtures.CHAIR, "/meetings/" + meeting.id());
		driver.findElement(By.cssSelector(".items button")).click();
		browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("ol.agenda .item-title")));
		driver.findElement(By.xpath("//button[contains(., 'Udsend dagsordenen')]")).click();
		browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".notice")));
		assertThat(driver.findElement(By.cssSelector(".notice")).getText()).contains("7 medlemmer");
		assertThat(script("return window.pwned === undefined")).isEqualTo(true);
		browser.assertAccessible();
		browser.screenshot("meeting-published");
		assertThat(MeetingFlowTest.awaitInvitations(meeting, "SEQUENCE:0", 7)).allSatisfy(
				mail -> assertThat(MeetingFlowTest.attachment(mail, "invitation.ics")).contains("METHOD:REQUEST"));

		fixtures.held(meeting);
		driver.findElement(By.linkText("Referat")).click();
		browser.waiting()
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("textarea[name^=discussion]")));
		driver.findElement(By.cssSelector("textarea[name^=discussion]")).sendKeys("Gruppen var enig om retningen.");
		driver.findElement(By.cssSelector("textarea[name^=outcome]")).sendKeys("Fredericia laver et notat.");
		driver.findElement(By.id("present-" + fixtures.person(MeetingFixtures.CHAIR).value())).click();
		driver.findElement(By.id("present-" + fixtures.person(MeetingFixtures.MEMBER).value())).click();
		driver.findElement(By.id("guests")).sendKeys("Lene Dahl, TREFOR Vand");
		browser.screenshot("minutes-writing");
		driver.findElement(By.xpath("//button[contains(., 'Gem referatet')]")).click();
		browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".notice")));
		browser.assertAccessible();
		driver.findElement(By.xpath("//button[contains(., 'Send til godkendelse')]")).click();
		browser.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".state"), "Til godkendelse"));
		driver.findElement(By.xpath("//button[contains(., 'Godkend referatet')]")).click();
		browser.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".state"), "Godkendt"));
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("Gruppen var enig om retningen.", "låst")
			.contains("Til stede", "Afbud", "Lene Dahl, TREFOR Vand");
		browser.assertAccessible();
		browser.screenshot("minutes-approved");

		driver.findElement(By.linkText("Registrér en beslutning")).click();
		browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("text")));
		browser.assertAccessible();
		driver.findElement(By.id("text")).sendKeys("Renset spildevand er første valg til industrivand.");
		driver.findElement(By.cssSelector("main form button[type=submit]")).click();
		browser.waiting().until(ExpectedConditions.urlContains("/decisions/"));
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Beslutning: " + HOSTILE);
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("Gældende",
				"Renset spildevand er første valg til industrivand.", "Møde i browseren");
		browser.assertAccessible();
		browser.screenshot("decision");

		driver.get(url("/meetings/" + meeting.id() + "/minutes"));
		driver.findElement(By.linkText("Tilføj en opgave")).click();
		browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("owner")));
		browser.assertAccessible();
		driver.findElement(By.id("title")).sendKeys("Skriv notat om genbrug");
		new Select(driver.findElement(By.id("owner")))
			.selectByValue("person:" + fixtures.person(MeetingFixtures.MEMBER).value());
		driver.findElement(By.cssSelector("main form button[type=submit]")).click();
		browser.waiting().until(ExpectedConditions.urlContains("/minutes"));

		signIn(MeetingFixtures.MEMBER, "/tasks");
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("Mine opgaver", "Skriv notat om genbrug");
		browser.assertAccessible();
		browser.screenshot("tasks-mine");

		// The decision is found through the search box in the header, once the index has
		// it; a search may replace the
		// page while it is being read.
		browser.waiting().ignoring(StaleElementReferenceException.class).until(page -> {
			page.findElement(By.id("header-search")).clear();
			page.findElement(By.id("header-search")).sendKeys("spildevand industrivand", Keys.ENTER);
			return page.findElement(By.tagName("main")).getText().contains("Renset spildevand er første valg");
		});
		driver.findElement(By.cssSelector("main a[href*='/decisions/']")).click();
		browser.waiting().until(ExpectedConditions.urlContains("/decisions/"));
		assertThat(script("return window.pwned === undefined")).isEqualTo(true);
		driver.navigate().back();
		browser.assertAccessible();
		browser.screenshot("search-decision");

		driver.get(url("/meetings/" + meeting.id() + "?lang=en"));
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("Agenda", HOSTILE);
		browser.assertAccessible();
		browser.screenshot("meeting-en");
		driver.manage().window().setSize(new Dimension(390, 844));
		driver.navigate().refresh();
		long overflow = browser.sidewaysOverflow();
		assertThat(overflow).as("page wider than a phone's screen").isLessThanOrEqualTo(0);
		browser.screenshot("meeting-phone-en");
		driver.manage().window().setSize(new Dimension(1280, 1000));
		driver.get(url("/groups/teknisk-vand/meetings?lang=da"));
		browser.assertAccessible();
		browser.screenshot("group-meetings");
	}

	/**
	 * On a phone the group's decisions read as a list, each row a block of labelled
	 * lines, so every column, the status too, is seen without scrolling the page or the
	 * table sideways.
	 */
	@Test
	void theGroupsDecisionsReadWholeOnAPhone() throws Exception {
		WebDriver driver = browser.driver();
		signIn(MeetingFixtures.MEMBER, "/groups/" + MeetingFixtures.GROUP + "/meetings");
		driver.manage().window().setSize(new Dimension(390, 844));
		try {
			driver.navigate().refresh();
			assertThat(driver.findElements(By.cssSelector("section[aria-labelledby=decisions-heading] tbody tr")))
				.as("decisions listed")
				.isNotEmpty();
			assertThat(browser.sidewaysOverflow()).as("page wider than a phone's screen").isLessThanOrEqualTo(0);
			assertThat(script(DECISIONS_HIDDEN_SIDEWAYS)).as("pixels of the decisions out of sight to the right")
				.isEqualTo(0L);
			browser.assertAccessible();
			browser.screenshot("group-meetings-decisions-phone");
		}
		finally {
			driver.manage().window().setSize(new Dimension(1280, 1000));
		}
	}

	/**
	 * How far the decisions table reaches past the window or past its own box (which
	 * would let it scroll inside the box), in whole pixels.
	 */
	static final String DECISIONS_HIDDEN_SIDEWAYS = """
			const wrap = document.querySelector('section[aria-labelledby=decisions-heading] .table-wrap');
			let right = wrap.scrollWidth - wrap.clientWidth;
			for (const cell of wrap.querySelectorAll('td')) {
			  right = Math.max(right, cell.getBoundingClientRect().right - document.documentElement.clientWidth);
			}
			return Math.max(0, Math.ceil(right));""";

	/**
	 * The chair cancels a meeting whose agenda went out: from the meeting's page to the
	 * confirmation, with a reason holding a script (shown as text, never run), to the
	 * meeting marked cancelled, in Danish and English. The page first says that the items
	 * stay, as the group has no later meeting; once it has one, it offers to move them
	 * there, refuses a choice tampered with on the form, and moves them as proposals. The
	 * meeting is in a group of its own, so which meeting comes next is known.
	 */
	@Test
	void theChairCancelsAMeetingWithAReasonAndItStaysOnRecordAsCancelled() throws Exception {
		MeetingFixtures fixtures = new MeetingFixtures(context);
		GroupId group = fixtures.ownGroup("Aflysning i browseren", "Prøver aflysning.", MeetingCarryOverTest.CHAIR,
				MeetingCarryOverTest.MEMBER);
		fixtures.groups.addMember(group, fixtures.person(MeetingCarryOverTest.OTHER_MEMBER), GroupRole.MEMBER);
		Meeting meeting = meeting(fixtures, group, "Møde der aflyses i browseren", 14);
		long item = fixtures.agendas.propose(meeting, fixtures.person(MeetingCarryOverTest.MEMBER), "Grundvand i Vejle",
				"Kortlægningen", List.of(), List.of(), Instant.now());
		fixtures.agendas.arrange(meeting, fixtures.items.find(item).orElseThrow(), "accept");
		fixtures.agendas.publish(meeting, Instant.now());
		WebDriver driver = browser.driver();

		signIn(MeetingCarryOverTest.CHAIR, "/meetings/" + meeting.id());
		driver.findElement(By.linkText("Aflys mødet")).click();
		browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("reason")));
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("Alle, der fik invitationen",
				"kan ikke genoptages", "så punkterne bliver på det aflyste møde og kan foreslås igen");
		assertThat(driver.findElements(By.name("carry"))).isEmpty();
		browser.assertAccessible();
		browser.screenshot("meeting-cancel-confirm-no-next");

		Meeting next = meeting(fixtures, group, "Næste møde i browseren", 21);
		driver.navigate().refresh();
		WebElement carry = browser.waiting()
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[type=checkbox][name=carry]")));
		assertThat(carry.isSelected()).isTrue();
		assertThat(driver.findElement(By.cssSelector("label[for='" + carry.getAttribute("id") + "']")).getText())
			.isEqualTo("Flyt dagsordenspunktet til mødet den " + day(next) + " (Næste møde i browseren)");
		// The box is reached and toggled from the keyboard, like any other field.
		carry.sendKeys(Keys.SPACE);
		assertThat(carry.isSelected()).isFalse();
		carry.sendKeys(Keys.SPACE);
		assertThat(carry.isSelected()).isTrue();
		browser.assertAccessible();
		browser.screenshot("meeting-cancel-confirm");

		// A hidden id changed on its way back (here to the cancelled meeting itself) is
		// refused next to the box.
		script("document.querySelector('input[name=carryTo]').value = '" + meeting.id() + "'");
		driver.findElement(By.id("reason")).sendKeys(CANCEL_REASON);
		driver.findElement(By.cssSelector("main form button[type=submit]")).click();
		browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("carry-error")));
		assertThat(driver.findElement(By.id("carry-error")).getText())
			.startsWith("Punkterne kan ikke flyttes til det valgte møde");
		assertThat(driver.findElement(By.cssSelector("input[name=carryTo]")).getAttribute("value"))
			.isEqualTo(String.valueOf(next.id()));
		assertThat(fixtures.reload(meeting).cancelled()).isFalse();
		browser.assertAccessible();
		browser.screenshot("meeting-cancel-carry-refused");

		driver.findElement(By.cssSelector("main form button[type=submit]")).click();
		browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".cancelled-notice")));
		List<WebElement> notices = driver.findElements(By.cssSelector("[role=status]"));
		assertThat(notices).extracting(WebElement::getText)
			.containsExactly("Mødet er aflyst. De 3, der fik invitationen, har fået en aflysning til deres kalender.",
					"Dagsordenspunktet er flyttet som forslag til mødet den " + day(next)
							+ " (Næste møde i browseren). Gå til det møde");
		assertThat(driver.findElement(By.cssSelector(".cancelled-notice")).getText()).contains("Mødet er aflyst",
				"Aflyst af", "Begrundelse: " + CANCEL_REASON);
		assertThat(script("return window.pwned === undefined")).isEqualTo(true);
		assertThat(driver.findElements(By.linkText("Aflys mødet"))).isEmpty();
		browser.assertAccessible();
		browser.screenshot("meeting-cancelled");
		assertThat(MeetingCancellationTest.awaitMails(meeting, "Aflyst: ", 3)).hasSize(3);

		driver.findElement(By.linkText("Gå til det møde")).click();
		browser.waiting().until(ExpectedConditions.urlContains("/meetings/" + next.id()));
		assertThat(driver.findElement(By.xpath("//section[h2[@id='proposed-heading']]")).getText())
			.contains("Grundvand i Vejle");
		browser.assertAccessible();
		browser.screenshot("meeting-next-with-carried-item");

		driver.get(url("/meetings/" + meeting.id() + "/cancel"));
		assertThat(driver.findElement(By.cssSelector(".error-summary")).getText())
			.isEqualTo("Mødet er allerede aflyst.");
		assertThat(driver.findElements(By.id("reason"))).isEmpty();
		browser.assertAccessible();

		driver.get(url("/meetings/" + meeting.id() + "?lang=en"));
		assertThat(driver.findElement(By.cssSelector(".cancelled-notice")).getText())
			.contains("This meeting is cancelled", "Cancelled by", "Reason: " + CANCEL_REASON);
		browser.assertAccessible();
		browser.screenshot("meeting-cancelled-en");

		String slug = fixtures.groups.find(group).orElseThrow().slug();
		driver.get(url("/groups/" + slug + "/meetings?lang=da"));
		assertThat(driver.findElement(By.id("cancelled-heading")).getText()).isEqualTo("Aflyste møder");
		assertThat(driver.findElement(By.xpath("//section[h2[@id='upcoming-heading']]")).getText())
			.doesNotContain(meeting.title());
		assertThat(driver.findElement(By.xpath("//section[h2[@id='cancelled-heading']]")).getText())
			.contains(meeting.title(), "Aflyst");
		browser.assertAccessible();
		browser.screenshot("group-meetings-cancelled");
	}

	/**
	 * A meeting of the group in the given number of days at nine, open for proposals
	 * until the day before.
	 */
	private static Meeting meeting(MeetingFixtures fixtures, GroupId group, String title, int days) {
		ZonedDateTime start = ZonedDateTime.of(LocalDate.now(DanishTime.ZONE).plusDays(days), LocalTime.of(9, 0),
				DanishTime.ZONE);
		long id = fixtures.agendas.schedule(group, title, start.toInstant(), start.plusHours(2).toInstant(),
				"Haderslev Rådhus", "", start.minusDays(1).toInstant());
		return fixtures.meetings.find(id).orElseThrow();
	}

	private static String day(Meeting meeting) {
		return meeting.start().format(DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.forLanguageTag("da")));
	}

	private void signIn(String login, String path) {
		WebDriver driver = browser.driver();
		driver.manage().deleteAllCookies();
		driver.get(url(path));
		browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
		driver.findElement(By.id("username")).sendKeys(login);
		driver.findElement(By.id("password")).sendKeys("samspil-demo", Keys.ENTER);
		browser.waiting().until(ExpectedConditions.urlContains(path));
	}

	private Object script(String code) {
		return ((JavascriptExecutor) browser.driver()).executeScript(code);
	}

}
