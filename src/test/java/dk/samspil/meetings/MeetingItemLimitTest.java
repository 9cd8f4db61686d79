package dk.samspil.meetings;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dk.samspil.SamspilTest;
import dk.samspil.groups.GroupId;
import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static dk.samspil.Visitors.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A meeting holds at most {@link AgendaItems#MAX_PER_MEETING} items however they arrive:
 * taken from the group's list, brought along when it is scheduled, carried over from a
 * cancelled meeting or escalated from another group. Each test runs in a group of its
 * own, so that the many items left behind crowd no other test's list.
 */
@SamspilTest
class MeetingItemLimitTest {

	static final String CHAIR = MeetingCarryOverTest.CHAIR;

	static final String MEMBER = MeetingCarryOverTest.MEMBER;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	ApplicationContext context;

	MeetingFixtures fixtures;

	GroupId group;

	@BeforeEach
	void setUp() {
		fixtures = new MeetingFixtures(context);
		group = fixtures.ownGroup("Grænseprøve", "Prøver grænser.", CHAIR, MEMBER);
	}

	@Test
	void theChairTakesNoItemFromTheListIntoAFullMeetingAndThePageSaysWhyBesideTheList() throws Exception {
		Meeting meeting = meeting("Fuldt møde", Duration.ofDays(7));
		fill(meeting, AgendaItems.MAX_PER_MEETING);
		long waiting = fixtures.agendas.proposeToList(group, fixtures.person(MEMBER), "Venter på plads", "");

		String page = page("/meetings/" + meeting.id(), CHAIR);
		String list = page.substring(page.indexOf("id=\"waiting-heading\""));
		assertThat(list).contains("Mødet har allerede 100 punkter, så mange som et møde kan tage.", "Venter på plads")
			.doesNotContain("/items/" + waiting + "/take");
		assertThat(page("/meetings/" + meeting.id() + "?lang=en", CHAIR))
			.contains("The meeting already has 100 items, as many as a meeting takes.");

		// a page shown before the meeting filled up still offers the button
		mvc.perform(post("/meetings/" + meeting.id() + "/items/" + waiting + "/take").with(csrf())
			.with(as(users, CHAIR))
			.header("Referer", "/meetings/" + meeting.id()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("refused",
					"Mødet har allerede 100 punkter, så mange som et møde kan tage. Punkterne her venter på gruppens "
							+ "liste til et senere møde."));
		assertThat(fixtures.items.find(waiting).orElseThrow().meetingId()).isNull();
		assertThat(fixtures.items.countOfMeeting(meeting.id())).isEqualTo(AgendaItems.MAX_PER_MEETING);
	}

	@Test
	void theChairTakesAnItemIntoAMeetingWithRoomForIt() throws Exception {
		Meeting meeting = meeting("Næsten fuldt møde", Duration.ofDays(7));
		fill(meeting, AgendaItems.MAX_PER_MEETING - 1);
		long waiting = fixtures.agendas.proposeToList(group, fixtures.person(MEMBER), "Det sidste punkt", "");

		assertThat(page("/meetings/" + meeting.id(), CHAIR)).contains("/items/" + waiting + "/take")
			.doesNotContain("id=\"waiting-full\"");
		mvc.perform(
				post("/meetings/" + meeting.id() + "/items/" + waiting + "/take").with(csrf()).with(as(users, CHAIR)))
			.andExpect(flash().attributeCount(1))
			.andExpect(flash().attributeExists("done"));
		assertThat(fixtures.items.find(waiting).orElseThrow().meetingId()).isEqualTo(meeting.id());
	}

	@Test
	void aNewMeetingBringsAlongAHundredWaitingItemsTheOldestFirstAndTheRestWait() {
		List<Long> waiting = new ArrayList<>();
		for (int i = 1; i <= AgendaItems.MAX_PER_MEETING + 5; i++) {
			waiting.add(fixtures.agendas.proposeToList(group, fixtures.person(MEMBER), "Ventende " + i, ""));
		}
		Meeting meeting = meeting("Nyt møde", Duration.ofDays(7));

		assertThat(fixtures.items.ofMeeting(meeting.id())).extracting(AgendaItem::id)
			.containsExactlyElementsOf(waiting.subList(0, AgendaItems.MAX_PER_MEETING));
		assertThat(fixtures.items.waiting(group)).extracting(AgendaItem::id)
			.containsExactlyElementsOf(waiting.subList(AgendaItems.MAX_PER_MEETING, waiting.size()));
	}

	@Test
	void itemsCarriedOverBeyondTheNextMeetingsRoomWaitOnTheGroupsListAndThePagesAndMailSaySo() throws Exception {
		Meeting cancelled = meeting("Aflyses " + System.nanoTime(), Duration.ofHours(3));
		AgendaItem first = fixtures.acceptedItem(cancelled, "Første punkt");
		AgendaItem second = fixtures.acceptedItem(cancelled, "Andet punkt");
		long third = fixtures.agendas.propose(cancelled, fixtures.person(MEMBER), "Tredje punkt", "", List.of(),
				List.of(), Instant.now());
		fixtures.agendas.publish(cancelled, Instant.now());
		Meeting next = meeting("Næste møde", Duration.ofDays(7));
		fill(next, AgendaItems.MAX_PER_MEETING - 2);
		String cancel = "/meetings/" + cancelled.id() + "/cancel";

		assertThat(page(cancel, CHAIR)).contains("Det møde har plads til 2 punkter mere (et møde kan tage 100), så det "
				+ "sidste punkt kommer på gruppens liste over punkter, der venter på et møde.");
		assertThat(page(cancel + "?lang=en", CHAIR)).contains("That meeting has room for 2 more items (a meeting takes "
				+ "100), so the last item goes on the group&#39;s list of items waiting for a meeting.");

		Map<String, Object> notices = mvc
			.perform(post(cancel).param("reason", "")
				.param("carry", "true")
				.param("_carry", "on")
				.param("carryTo", String.valueOf(next.id()))
				.with(csrf())
				.with(as(users, CHAIR)))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getFlashMap();
		assertThat(notices.get("carried")).asString().startsWith("De 2 dagsordenspunkter er flyttet som forslag");
		assertThat(notices.get("carriedTo")).isEqualTo(next.id());
		assertThat(notices.get("listed")).asString()
			.startsWith("Et punkt, som mødet den ")
			.endsWith("ikke havde plads til, venter på gruppens liste.");
		assertThat(fixtures.items.countOfMeeting(next.id())).isEqualTo(AgendaItems.MAX_PER_MEETING);
		assertThat(fixtures.items.find(first.id()).orElseThrow().meetingId()).isEqualTo(next.id());
		assertThat(fixtures.items.find(second.id()).orElseThrow().meetingId()).isEqualTo(next.id());
		assertThat(fixtures.items.waiting(group)).extracting(AgendaItem::id).containsExactly(third);
		assertThat(fixtures.items.find(third).orElseThrow().status()).isEqualTo(ItemStatus.PROPOSED);

		List<MimeMessage> mails = MeetingCancellationTest.awaitMails(cancelled, "Aflyst: ", 2);
		assertThat(mails).allSatisfy(mail -> assertThat(MeetingCancellationTest.text(mail))
			.contains("Et punkt, som mødet \"Næste møde\" den ", " ikke havde plads til, venter på gruppens liste"));
	}

	/**
	 * When the next meeting is full, nothing moves there: the notice after cancelling
	 * says where the items wait and leads to the group's list, not to that meeting.
	 */
	@Test
	void itemsCarriedOverToAFullMeetingAreShownWaitingOnTheGroupsListWithNoLinkToThatMeeting() throws Exception {
		Meeting next = meeting("Fuldt møde", Duration.ofDays(7));
		fill(next, AgendaItems.MAX_PER_MEETING);
		String list = "/groups/" + fixtures.groups.find(group).orElseThrow().slug() + "/meetings#waiting-heading";
		// made first, since a meeting scheduled later brings along the waiting items
		Meeting first = meetingWithAnItem();
		fixtures.agendas.publish(first, Instant.now());
		Meeting second = meetingWithAnItem();

		Element danish = carriedNotice(first, next, "da");
		assertThat(danish.text()).startsWith("Et punkt, som mødet den ")
			.endsWith("(Fuldt møde) ikke havde plads til, venter på gruppens liste. Se gruppens liste");
		assertThat(danish.select("a")).extracting(link -> link.attr("href"), Element::text)
			.containsExactly(tuple(list, "Se gruppens liste"));
		Element english = carriedNotice(second, next, "en");
		assertThat(english.text()).startsWith("One item the meeting on ")
			.endsWith("(Fuldt møde) had no room for waits on the group's list. See the group's list");
		assertThat(english.select("a")).extracting(link -> link.attr("href"), Element::text)
			.containsExactly(tuple(list, "See the group's list"));
		assertThat(fixtures.items.countOfMeeting(next.id())).isEqualTo(AgendaItems.MAX_PER_MEETING);
		assertThat(fixtures.items.waiting(group)).hasSize(2);
		// the mail names the meeting that had no room, though nothing moved there
		assertThat(MeetingCancellationTest.awaitMails(first, "Aflyst: ", 2))
			.allSatisfy(mail -> assertThat(MeetingCancellationTest.text(mail))
				.contains("Et punkt, som mødet \"Fuldt møde\" den ", " ikke havde plads til, venter på gruppens liste")
				.doesNotContain("flyttet til mødet"));
	}

	private Meeting meetingWithAnItem() {
		Meeting meeting = meeting("Aflyses " + System.nanoTime(), Duration.ofHours(3));
		fixtures.acceptedItem(meeting, "Punkt fra " + meeting.title());
		return meeting;
	}

	/**
	 * Cancels the meeting, carrying its items to {@code to}, in the given language, and
	 * returns the notice of where they went on the page the chair is sent to (the last of
	 * its notices, after the one on the cancellation).
	 */
	private Element carriedNotice(Meeting meeting, Meeting to, String language) throws Exception {
		// the notices travel in the session, as they do for a browser after the redirect
		Cookie session = mvc
			.perform(post("/meetings/" + meeting.id() + "/cancel").param("lang", language)
				.param("reason", "")
				.param("carry", "true")
				.param("_carry", "on")
				.param("carryTo", String.valueOf(to.id()))
				.with(csrf())
				.with(as(users, CHAIR)))
			.andExpect(redirectedUrl("/meetings/" + meeting.id()))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		Elements notices = Jsoup.parse(page("/meetings/" + meeting.id() + "?lang=" + language, session))
			.select("main .notice[role=status]");
		assertThat(notices).hasSize(2);
		return notices.last();
	}

	@Test
	void anItemEscalatedWhenTheNextMeetingIsFullWaitsOnTheGroupsList() {
		Meeting full = meeting("Fuldt møde", Duration.ofDays(7));
		fill(full, AgendaItems.MAX_PER_MEETING);
		GroupId other = fixtures.ownGroup("Afsender", "Sender videre.", null);
		long from = fixtures.items.insert(other, null, "Spørgsmål til gruppen", "", fixtures.person(CHAIR), null);

		long escalated = fixtures.decisions.escalate(fixtures.items.find(from).orElseThrow(), group, "Hvad mener I?",
				fixtures.person(CHAIR), Instant.now());

		assertThat(fixtures.items.find(escalated).orElseThrow().meetingId()).isNull();
		assertThat(fixtures.items.countOfMeeting(full.id())).isEqualTo(AgendaItems.MAX_PER_MEETING);
	}

	private void fill(Meeting meeting, int count) {
		for (int i = 1; i <= count; i++) {
			fixtures.items.insert(group, meeting.id(), "Punkt " + i, "", fixtures.person(MEMBER), null);
		}
	}

	/**
	 * A meeting of the group after {@code in}, open for proposals until an hour before.
	 */
	private Meeting meeting(String title, Duration in) {
		Instant start = Instant.now().plus(in);
		long id = fixtures.agendas.schedule(group, title, start, start.plus(Duration.ofHours(1)), "Billund", "",
				start.minus(Duration.ofHours(1)));
		return fixtures.meetings.find(id).orElseThrow();
	}

	private String page(String url, String login) throws Exception {
		return mvc.perform(get(url).with(as(users, login)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private String page(String url, Cookie session) throws Exception {
		return mvc.perform(get(url).with(as(users, CHAIR)).cookie(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
