package dk.samspil.meetings;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import dk.samspil.SamspilTest;
import dk.samspil.groups.GroupId;
import dk.samspil.groups.ThemeId;
import dk.samspil.groups.Themes;
import dk.samspil.search.SearchEntry;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static dk.samspil.Visitors.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * When a meeting is called off, its proposed and accepted items may go on to the group's
 * next meeting that takes proposals, as proposals there. Each test runs in a group of its
 * own, so which meeting is "next" is known.
 */
@SamspilTest
@RecordApplicationEvents
class MeetingCarryOverTest {

	/**
	 * People no other test uses, so that the meetings left behind here crowd no one
	 * else's upcoming list.
	 */
	static final String CHAIR = "haderslev.direktor";

	static final String MEMBER = "billund.direktor";

	static final String OTHER_MEMBER = "middelfart.direktor";

	static final byte[] PDF = "%PDF-1.4 dagsordensbilag".getBytes(StandardCharsets.US_ASCII);

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	ApplicationContext context;

	@Autowired
	ApplicationEvents events;

	@Autowired
	Themes themes;

	MeetingFixtures fixtures;

	GroupId group;

	/**
	 * The meeting to be cancelled: in three hours, open for proposals for one more hour.
	 */
	Meeting cancelled;

	@BeforeEach
	void setUp() {
		fixtures = new MeetingFixtures(context);
		group = fixtures.ownGroup("Videreførselsprøve", "Prøver punkter.", CHAIR, MEMBER, OTHER_MEMBER);
		cancelled = meeting(group, "Mødet der aflyses", Duration.ofHours(3), Duration.ofHours(2));
	}

	@Test
	void proposedAndAcceptedItemsGoOnAsProposalsWithProposerThemesAndAttachmentsAndDeferredOnesStay() throws Exception {
		ThemeId theme = themes.selectable().get(0).id();
		long accepted = fixtures.agendas.propose(cancelled, fixtures.person(MEMBER), "Grundvandskortlægning",
				"Hvad mangler vi?", List.of(theme), List.of(Attachment.of("notat.pdf", PDF).orElseThrow()),
				Instant.now());
		fixtures.agendas.arrange(cancelled, item(accepted), "accept");
		long proposed = fixtures.agendas.propose(cancelled, fixtures.person(OTHER_MEMBER), "Skybrudsplaner",
				"Fælles plan?", List.of(), List.of(), Instant.now());
		long deferred = fixtures.agendas.propose(cancelled, fixtures.person(MEMBER), "Udskudt punkt", "", List.of(),
				List.of(), Instant.now());
		fixtures.agendas.arrange(cancelled, item(deferred), "defer");
		// Between the cancelled meeting and the next one that may take the items: one
		// cancelled, one closed.
		Meeting alsoCancelled = meeting(group, "Også aflyst", Duration.ofDays(2), Duration.ofDays(1));
		fixtures.cancellations.cancel(alsoCancelled, fixtures.person(CHAIR), null, Instant.now());
		meeting(group, "Lukket for forslag", Duration.ofDays(3), Duration.ofHours(-1));
		Meeting next = meeting(group, "Næste møde", Duration.ofDays(7), Duration.ofDays(5));
		meeting(group, "Mødet derefter", Duration.ofDays(14), Duration.ofDays(12));
		String cancel = "/meetings/" + cancelled.id() + "/cancel";

		String form = page(cancel, CHAIR);
		assertThat(form)
			.contains("Flyt de 2 dagsordenspunkter til mødet den " + day(next, "da") + " (Næste møde)",
					"name=\"carryTo\" value=\"" + next.id() + "\"", "De bliver forslag til det møde")
			.containsPattern("<input type=\"checkbox\"[^>]*name=\"carry\"[^>]*checked")
			.doesNotContain("bliver på det aflyste møde og kan foreslås igen");
		assertThat(page(cancel + "?lang=en", CHAIR)).contains(
				"Move the 2 agenda items to the meeting on " + day(next, "en") + " (Næste møde)",
				"They become proposals for that meeting");

		mvc.perform(carry(cancel, next.id()).with(as(users, CHAIR)))
			.andExpect(redirectedUrl("/meetings/" + cancelled.id()))
			.andExpect(flash().attribute("carried",
					"De 2 dagsordenspunkter er flyttet som forslag til mødet den " + day(next, "da")
							+ " (Næste møde)."))
			.andExpect(flash().attribute("carriedTo", next.id()));

		assertThat(fixtures.reload(cancelled).cancelled()).isTrue();
		assertThat(fixtures.items.ofMeeting(next.id())).extracting(AgendaItem::id).containsExactly(accepted, proposed);
		assertThat(fixtures.items.ofMeeting(next.id())).allSatisfy(item -> {
			assertThat(item.status()).isEqualTo(ItemStatus.PROPOSED);
			assertThat(item.group()).isEqualTo(group);
		});
		AgendaItem moved = item(accepted);
		assertThat(moved.proposedBy()).isEqualTo(fixtures.person(MEMBER));
		assertThat(moved.title()).isEqualTo("Grundvandskortlægning");
		assertThat(moved.description()).isEqualTo("Hvad mangler vi?");
		assertThat(item(proposed).proposedBy()).isEqualTo(fixtures.person(OTHER_MEMBER));
		assertThat(fixtures.items.themes(accepted)).containsExactly(theme);
		List<Attachment.Summary> attachments = fixtures.items.attachments(accepted);
		assertThat(attachments).extracting(Attachment.Summary::filename).containsExactly("notat.pdf");
		assertThat(mvc.perform(get("/attachments/" + attachments.get(0).id()).with(as(users, OTHER_MEMBER)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray()).isEqualTo(PDF);
		assertThat(item(deferred).meetingId()).isEqualTo(cancelled.id());
		assertThat(item(deferred).status()).isEqualTo(ItemStatus.DEFERRED);

		String nextPage = page("/meetings/" + next.id(), OTHER_MEMBER);
		String proposals = nextPage.substring(nextPage.indexOf("Foreslåede punkter"));
		assertThat(proposals).contains("Grundvandskortlægning", "Skybrudsplaner", "notat.pdf", name(MEMBER),
				name(OTHER_MEMBER));
		assertThat(page("/meetings/" + next.id(), CHAIR))
			.contains("/meetings/" + next.id() + "/items/" + accepted + "/accept");
		assertThat(page("/meetings/" + cancelled.id(), OTHER_MEMBER)).contains("Udskudt punkt")
			.doesNotContain("Grundvandskortlægning", "Skybrudsplaner");
		mvc.perform(get("/items/" + accepted).with(as(users, OTHER_MEMBER)))
			.andExpect(redirectedUrl("/meetings/" + next.id() + "#item-" + accepted));
	}

	@Test
	void theCancellationMailSaysWhereTheItemsWentAndTheEmptyAgendaSaysWhy() throws Exception {
		fixtures.acceptedItem(cancelled, "Kildepladser");
		fixtures.agendas.publish(cancelled, Instant.now());
		Meeting next = meeting(group, "Næste møde", Duration.ofDays(7), Duration.ofDays(5));
		mvc.perform(carry("/meetings/" + cancelled.id() + "/cancel", next.id()).with(as(users, CHAIR)))
			.andExpect(redirectedUrl("/meetings/" + cancelled.id()));

		List<MimeMessage> mails = MeetingCancellationTest.awaitMails(cancelled, "Aflyst: ", 3);
		assertThat(mails).hasSize(3)
			.allSatisfy(mail -> assertThat(MeetingCancellationTest.text(mail))
				.contains("Dagsordenspunktet er flyttet til mødet \"Næste møde\" den "
						+ next.start().format(DateTimeFormatter.ofPattern("d. MMMM yyyy", AgendaDesk.DANISH))
						+ " som forslag: ", "/meetings/" + next.id()));
		assertThat(page("/meetings/" + cancelled.id(), OTHER_MEMBER))
			.contains("Mødet er aflyst, og dets dagsorden er tom.")
			.doesNotContain("Der er ingen punkter på dagsordenen endnu.");
	}

	@Test
	void theSuccessMessageIsInEnglishForAnEnglishReader() throws Exception {
		fixtures.acceptedItem(cancelled, "Et punkt");
		Meeting next = meeting(group, "Next meeting", Duration.ofDays(7), Duration.ofDays(5));
		mvc.perform(carry("/meetings/" + cancelled.id() + "/cancel?lang=en", next.id()).with(as(users, CHAIR)))
			.andExpect(flash().attribute("carried", "The agenda item has been moved as a proposal to the meeting on "
					+ day(next, "en") + " (Next meeting)."));
	}

	@Test
	void anUntickedBoxLeavesTheItemsWithTheCancelledMeeting() throws Exception {
		AgendaItem item = fixtures.acceptedItem(cancelled, "Bliver hvor det er");
		Meeting next = meeting(group, "Næste møde", Duration.ofDays(7), Duration.ofDays(5));
		// What a browser sends when the box is unticked: the hidden id and the marker for
		// the box, not the box.
		mvc.perform(post("/meetings/" + cancelled.id() + "/cancel").param("reason", "")
			.param("_carry", "on")
			.param("carryTo", String.valueOf(next.id()))
			.with(csrf())
			.with(as(users, CHAIR)))
			.andExpect(redirectedUrl("/meetings/" + cancelled.id()))
			.andExpect(flash().attributeCount(1));
		assertThat(fixtures.reload(cancelled).cancelled()).isTrue();
		assertThat(item(item.id()).meetingId()).isEqualTo(cancelled.id());
		assertThat(item(item.id()).status()).isEqualTo(ItemStatus.ACCEPTED);
		assertThat(fixtures.items.ofMeeting(next.id())).isEmpty();
	}

	@Test
	void withNoLaterMeetingThatTakesProposalsThePageSaysTheItemsStayAndOffersNoBox() throws Exception {
		String cancel = "/meetings/" + cancelled.id() + "/cancel";
		assertThat(page(cancel, CHAIR)).doesNotContain("name=\"carry\"", "bliver på det aflyste møde");

		fixtures.acceptedItem(cancelled, "Et punkt");
		meeting(group, "Tidligere møde", Duration.ofHours(2), Duration.ofHours(1));
		meeting(group, "Lukket for forslag", Duration.ofDays(3), Duration.ofHours(-1));
		Meeting laterCancelled = meeting(group, "Senere, men aflyst", Duration.ofDays(7), Duration.ofDays(5));
		fixtures.cancellations.cancel(laterCancelled, fixtures.person(CHAIR), null, Instant.now());
		Meeting otherGroups = meeting(anotherGroupOfTheChair(), "En anden gruppes møde", Duration.ofDays(7),
				Duration.ofDays(5));

		assertThat(page(cancel, CHAIR))
			.contains("Gruppen har intet senere møde, der tager imod forslag, så punkterne "
					+ "bliver på det aflyste møde og kan foreslås igen til et senere møde.")
			.doesNotContain("name=\"carry\"", "name=\"carryTo\"", "Flyt ", otherGroups.title());
		assertThat(page(cancel + "?lang=en", CHAIR)).contains("The group has no later meeting that takes proposals, "
				+ "so the items stay with the cancelled meeting and can be proposed again to a later one.");
	}

	@Test
	void aChosenMeetingThatMayNotTakeTheItemsIsRefusedOnTheFormAndNothingIsCancelled() throws Exception {
		AgendaItem item = fixtures.acceptedItem(cancelled, "Skal ikke gå tabt");
		Meeting next = meeting(group, "Næste møde", Duration.ofDays(7), Duration.ofDays(5));
		Meeting otherGroups = meeting(anotherGroupOfTheChair(), "En anden gruppes møde", Duration.ofDays(7),
				Duration.ofDays(5));
		Meeting laterCancelled = meeting(group, "Senere, men aflyst", Duration.ofDays(8), Duration.ofDays(6));
		fixtures.cancellations.cancel(laterCancelled, fixtures.person(CHAIR), null, Instant.now());
		Meeting past = meeting(group, "Et tidligere møde", Duration.ofDays(-7), Duration.ofDays(-8));
		Meeting closed = meeting(group, "Lukket for forslag", Duration.ofDays(2), Duration.ofHours(-1));
		String notLater = "Punkterne kan ikke flyttes til det valgte møde, for det er ikke et senere møde i denne "
				+ "gruppe. Intet er aflyst; se valget herunder, og prøv igen.";
		String cancelledItself = "Punkterne kan ikke flyttes til det valgte møde, for det er selv blevet aflyst.";
		String closedMessage = "Punkterne kan ikke flyttes til det valgte møde, for fristen for forslag til det er "
				+ "overskredet.";

		refused(String.valueOf(otherGroups.id()), notLater, next);
		refused(String.valueOf(past.id()), notLater, next);
		refused(String.valueOf(cancelled.id()), notLater, next);
		refused(String.valueOf(laterCancelled.id()), cancelledItself, next);
		refused(String.valueOf(closed.id()), closedMessage, next);
		refused("999999999", notLater, next);
		refused("ikke-et-tal", notLater, next);
		refused(null, notLater, next);
		assertThat(mvc
			.perform(carry("/meetings/" + cancelled.id() + "/cancel?lang=en", otherGroups.id()).with(as(users, CHAIR)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString())
			.contains("The items cannot be moved to the chosen meeting, as it is not a later meeting of this group. "
					+ "Nothing has been cancelled");

		assertThat(fixtures.reload(cancelled).cancelled()).isFalse();
		assertThat(item(item.id()).meetingId()).isEqualTo(cancelled.id());
		assertThat(item(item.id()).status()).isEqualTo(ItemStatus.ACCEPTED);
		for (Meeting other : List.of(next, otherGroups, laterCancelled, past, closed)) {
			assertThat(fixtures.items.ofMeeting(other.id())).isEmpty();
		}
	}

	@Test
	void theSearchFindsAMovedItemUnderItsNewMeetingAndItsDate() throws Exception {
		String word = "flyttepunkt" + System.nanoTime();
		AgendaItem item = fixtures.acceptedItem(cancelled, "Punkt om " + word);
		Meeting next = meeting(group, "Næste møde", Duration.ofDays(9), Duration.ofDays(5));
		events.clear();
		mvc.perform(carry("/meetings/" + cancelled.id() + "/cancel", next.id()).with(as(users, CHAIR)))
			.andExpect(status().is3xxRedirection());

		assertThat(events.stream(SearchEntry.class).filter(e -> e.key().equals(String.valueOf(item.id()))))
			.singleElement()
			.satisfies(e -> {
				assertThat(e.date()).isEqualTo(next.startsAt());
				assertThat(e.url()).isEqualTo("/items/" + item.id());
			});
		String datetime = "datetime=\"" + next.start().toLocalDate() + "\"";
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(page("/search?q=" + word, MEMBER)).contains("Punkt om " + word,
					"href=\"/items/" + item.id() + "\"", datetime));
		mvc.perform(get("/items/" + item.id()).with(as(users, MEMBER)))
			.andExpect(redirectedUrl("/meetings/" + next.id() + "#item-" + item.id()));
	}

	/**
	 * Posts the form with a chosen meeting that may not take the items; the page offers
	 * {@code offered} again.
	 */
	private void refused(String carryTo, String message, Meeting offered) throws Exception {
		MockHttpServletRequestBuilder request = post("/meetings/" + cancelled.id() + "/cancel").param("reason", "Nej")
			.param("carry", "true")
			.param("_carry", "on");
		if (carryTo != null) {
			request.param("carryTo", carryTo);
		}
		String page = mvc.perform(request.with(csrf()).with(as(users, CHAIR)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).as("refused for " + carryTo)
			.contains(message, "id=\"carry-error\"", "aria-describedby=\"carry-hint carry-error\"", "Noget skal rettes",
					"name=\"reason\"", "name=\"carryTo\" value=\"" + offered.id() + "\"")
			.doesNotContain("Mødet er aflyst");
	}

	private MockHttpServletRequestBuilder carry(String url, long to) {
		return post(url).param("reason", "Vi mødes næste gang")
			.param("carry", "true")
			.param("_carry", "on")
			.param("carryTo", String.valueOf(to))
			.with(csrf());
	}

	/**
	 * A meeting of the group starting after {@code in}, whose deadline for proposals is
	 * {@code deadlineIn} away.
	 */
	private Meeting meeting(GroupId group, String title, Duration in, Duration deadlineIn) {
		Instant start = Instant.now().plus(in);
		long id = fixtures.agendas.schedule(group, title, start, start.plus(Duration.ofHours(1)), "Haderslev Rådhus",
				"", Instant.now().plus(deadlineIn));
		return fixtures.meetings.find(id).orElseThrow();
	}

	/**
	 * A second group the same person chairs, whose meetings are no place for the first
	 * group's items.
	 */
	private GroupId anotherGroupOfTheChair() {
		return fixtures.ownGroup("Anden gruppe", "Noget andet.", CHAIR);
	}

	private AgendaItem item(long id) {
		return fixtures.items.find(id).orElseThrow();
	}

	private static String day(Meeting meeting, String language) {
		String pattern = language.equals("da") ? "d. MMMM yyyy" : "d MMMM yyyy";
		return meeting.start().format(DateTimeFormatter.ofPattern(pattern, Locale.forLanguageTag(language)));
	}

	private String page(String url, String login) throws Exception {
		return mvc.perform(get(url).with(as(users, login)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private String name(String login) {
		return fixtures.accounts.find(fixtures.person(login)).orElseThrow().displayName();
	}

}
