package dk.samspil.meetings;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import dk.samspil.SamspilTest;
import dk.samspil.TestMailServer;
import dk.samspil.groups.GroupId;
import dk.samspil.groups.GroupRole;
import dk.samspil.notifications.Mail;
import dk.samspil.notifications.Postbox;
import dk.samspil.search.SearchEntry;
import dk.samspil.search.SearchEntryRemoved;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Sequence;
import org.awaitility.Awaitility;
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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Calling a meeting off: the chair confirms with a reason, the meeting is kept and marked
 * cancelled, everyone who was sent its invitation gets a cancellation their calendar acts
 * on, the feed marks it cancelled, and nothing more happens to it. Each test runs in a
 * group of its own, so what is "next" and who was invited are known.
 */
@SamspilTest
@RecordApplicationEvents
class MeetingCancellationTest {

	static final String CHAIR = "haderslev.planchef";

	static final List<String> MEMBERS = List.of("billund.planchef", "vejen.planchef");

	static final String LATECOMER = "middelfart.planchef";

	static final String HOSTILE_REASON = "Vi flytter til januar <script>alert(1)</script> & mødes i Vejle";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	ApplicationContext context;

	@Autowired
	ApplicationEvents events;

	@Autowired
	Postbox postbox;

	@Autowired
	CalendarTokens calendarTokens;

	MeetingFixtures fixtures;

	GroupId group;

	String slug;

	@BeforeEach
	void setUp() {
		fixtures = new MeetingFixtures(context);
		group = fixtures.ownGroup("Aflysningsprøve", "Prøver aflysning.", CHAIR, MEMBERS.toArray(String[]::new));
		slug = fixtures.groups.find(group).orElseThrow().slug();
	}

	@Test
	void theChairCancelsAPublishedMeetingAndEveryoneInvitedGetsACancellationForTheirCalendar() throws Exception {
		Meeting meeting = soon("Møde der aflyses " + System.nanoTime());
		AgendaItem item = fixtures.acceptedItem(meeting, "Punkt på et aflyst møde");
		fixtures.agendas.publish(meeting, Instant.now());
		List<MimeMessage> invitations = MeetingFlowTest.awaitInvitations(meeting, "SEQUENCE:0", 3);
		VEvent invited = event(calendar(MeetingFlowTest.attachment(invitations.get(0), "invitation.ics")));
		// Someone who joins after the agenda went out never had the meeting in their
		// calendar.
		fixtures.groups.addMember(group, fixtures.person(LATECOMER), GroupRole.MEMBER);

		assertThat(page("/meetings/" + meeting.id(), CHAIR)).contains("Aflys mødet");
		assertThat(page("/meetings/" + meeting.id() + "/cancel", CHAIR)).contains("Aflys mødet: " + meeting.title(),
				"Alle, der fik invitationen, får en mail med en aflysning", "kan ikke genoptages");
		mvc.perform(post("/meetings/" + meeting.id() + "/cancel").param("reason", HOSTILE_REASON)
			.with(csrf())
			.with(as(users, CHAIR)))
			.andExpect(redirectedUrl("/meetings/" + meeting.id()))
			.andExpect(flash().attribute("cancelledFor", 3));

		String page = page("/meetings/" + meeting.id(), MEMBERS.get(0));
		assertThat(page)
			.contains("Mødet er aflyst", "Aflyst af " + name(CHAIR) + " den ",
					"Vi flytter til januar &lt;script&gt;alert(1)&lt;/script&gt; &amp; mødes i Vejle")
			.doesNotContain("<script>alert(1)", "Foreslå et punkt", "Udsend den ændrede dagsorden", "Ret mødets tid");
		assertThat(page("/meetings/" + meeting.id() + "?lang=en", MEMBERS.get(0))).contains("This meeting is cancelled",
				"Cancelled by " + name(CHAIR) + " on ");

		List<MimeMessage> cancellations = awaitMails(meeting, "Aflyst: ", 3);
		assertThat(recipients(cancellations)).isEqualTo(recipients(invitations))
			.doesNotContain(email(LATECOMER))
			.hasSize(3);
		for (MimeMessage mail : cancellations) {
			Calendar calendar = calendar(MeetingFlowTest.attachment(mail, "cancellation.ics"));
			VEvent event = event(calendar);
			assertThat(calendar.getMethod().getValue()).isEqualTo("CANCEL");
			assertThat(event.<Property>getProperty(Property.UID).orElseThrow().getValue())
				.isEqualTo(invited.<Property>getProperty(Property.UID).orElseThrow().getValue());
			assertThat(sequence(event)).isGreaterThan(sequence(invited));
			assertThat(event.<Property>getProperty(Property.STATUS).orElseThrow().getValue()).isEqualTo("CANCELLED");
			assertThat(mail.getSubject()).startsWith("Aflyst: Aflysningsprøve").contains(meeting.title());
			assertThat(text(mail)).contains("er aflyst af " + name(CHAIR), "Begrundelse: " + HOSTILE_REASON,
					"Aflysningen er vedhæftet", "/meetings/" + meeting.id());
		}
		drainOutbox();
		assertThat(recipients(mailsAbout(meeting, "Aflyst: "))).doesNotContain(email(LATECOMER)).hasSize(3);

		assertThat(events.stream(MeetingCancelled.class))
			.anySatisfy(e -> assertThat(e.meetingId()).isEqualTo(meeting.id()));
		Instant cancelledAt = fixtures.reload(meeting).cancellation().at();
		assertThat(events.stream(SearchEntry.class).filter(e -> e.key().equals(String.valueOf(item.id())))).last()
			.satisfies(e -> assertThat(e.date()).isEqualTo(cancelledAt).isBefore(meeting.startsAt()));
		assertThat(events.stream(SearchEntryRemoved.class))
			.contains(new SearchEntryRemoved("minutes", String.valueOf(meeting.id())));
		assertThat(MeetingFlowTest
			.text(mvc.perform(get("/meetings/" + meeting.id() + "/agenda.pdf").with(as(users, MEMBERS.get(0))))
				.andReturn()
				.getResponse()
				.getContentAsByteArray()))
			.contains("Mødet er aflyst", "Punkt på et aflyst møde");
	}

	@Test
	void aMeetingWhoseAgendaNeverWentOutIsCancelledWithoutMail() throws Exception {
		Meeting meeting = soon("Aldrig udsendt " + System.nanoTime());
		fixtures.acceptedItem(meeting, "Et punkt");
		mvc.perform(
				post("/meetings/" + meeting.id() + "/cancel").param("reason", " ").with(csrf()).with(as(users, CHAIR)))
			.andExpect(redirectedUrl("/meetings/" + meeting.id()))
			.andExpect(flash().attribute("cancelledFor", 0));
		assertThat(fixtures.reload(meeting).cancellation().reason()).isNull();
		assertThat(page("/meetings/" + meeting.id(), CHAIR)).contains("Mødet er aflyst").doesNotContain("Begrundelse:");
		drainOutbox();
		assertThat(mailsAbout(meeting, "")).isEmpty();
	}

	@Test
	void theFeedKeepsACancelledMeetingUnderItsUidMarkedCancelledWithAHigherSequence() throws Exception {
		Meeting meeting = soon("I kalenderen " + System.nanoTime());
		String feed = "/calendar/" + calendarTokens.tokenOf(fixtures.person(MEMBERS.get(1))) + ".ics";
		VEvent before = eventIn(calendar(body(feed)), meeting);
		assertThat(before.getProperty(Property.STATUS)).isEmpty();

		fixtures.cancellations.cancel(meeting, fixtures.person(CHAIR), null, Instant.now());
		VEvent after = eventIn(calendar(body(feed)), meeting);
		assertThat(after.<Property>getProperty(Property.STATUS).orElseThrow().getValue()).isEqualTo("CANCELLED");
		assertThat(sequence(after)).isGreaterThan(sequence(before));
	}

	@Test
	void aCancelledMeetingLeavesTheUpcomingListsAndTakesNoProposalsMinutesOrChanges() throws Exception {
		Meeting meeting = soon("Snart aflyst " + System.nanoTime());
		AgendaItem item = fixtures.acceptedItem(meeting, "Punkt uden møde");
		String overview = "/groups/" + slug + "/meetings/overview";
		assertThat(page("/meetings/upcoming", CHAIR)).contains(meeting.title());
		assertThat(page(overview, CHAIR)).contains(meeting.title());

		fixtures.cancellations.cancel(meeting, fixtures.person(CHAIR), "Ingen punkter.", Instant.now());
		assertThat(page("/meetings/upcoming", CHAIR)).doesNotContain(meeting.title());
		assertThat(page(overview, CHAIR)).doesNotContain(meeting.title()).contains("Der er ingen kommende møder.");
		String meetings = page("/groups/" + slug + "/meetings", MEMBERS.get(0));
		assertThat(meetings.substring(0, meetings.indexOf("Aflyste møder"))).doesNotContain(meeting.title());
		assertThat(meetings.substring(meetings.indexOf("Aflyste møder"))).contains(meeting.title(), "Aflyst");

		String m = "/meetings/" + meeting.id();
		refused(post(m + "/items").param("title", "For sent"), MEMBERS.get(0),
				"Mødet er aflyst, så der kan ikke foreslås punkter til det.");
		refused(get(m + "/items/new"), MEMBERS.get(0), "Mødet er aflyst, så der kan ikke foreslås punkter til det.");
		assertThat(fixtures.items.ofMeeting(meeting.id())).hasSize(1);
		refused(post(m + "/minutes").param("discussion-" + item.id(), "Alligevel"), CHAIR,
				"Mødet er aflyst, så der skrives ikke referat og registreres ingen beslutninger.");
		refused(post(m + "/minutes/submit"), CHAIR,
				"Mødet er aflyst, så der skrives ikke referat og registreres ingen beslutninger.");
		refused(post("/items/" + item.id() + "/decision").param("text", "Besluttet alligevel"), CHAIR,
				"Mødet er aflyst, så der skrives ikke referat og registreres ingen beslutninger.");
		refused(post(m + "/publish"), CHAIR, "Mødet er aflyst og kan ikke længere ændres.");
		refused(get(m + "/edit"), CHAIR, "Mødet er aflyst og kan ikke længere ændres.");
		refused(post(m + "/items/" + item.id() + "/defer"), CHAIR, "Mødet er aflyst og kan ikke længere ændres.");
		assertThat(fixtures.reload(meeting).published()).isFalse();
		assertThat(fixtures.items.find(item.id()).orElseThrow().hasMinutes()).isFalse();
		assertThat(fixtures.reload(meeting).minutesState()).isEqualTo(MinutesState.DRAFT);

		String minutes = page(m + "/minutes", CHAIR);
		assertThat(minutes).contains("Mødet blev aflyst, så der skrives ikke referat.")
			.doesNotContain("<textarea", "Registrér en beslutning");
		assertThat(page(m + "/minutes?lang=en", CHAIR)).contains("The meeting was cancelled, so it has no minutes.");
	}

	@Test
	void cancellingTwiceOrAMeetingWithMinutesOrOneUnderWayIsRefusedWithAMessage() throws Exception {
		Meeting meeting = soon("To gange " + System.nanoTime());
		String cancel = "/meetings/" + meeting.id() + "/cancel";
		mvc.perform(post(cancel).param("reason", "Første gang").with(csrf()).with(as(users, CHAIR)))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post(cancel).param("reason", "Anden gang")
			.with(csrf())
			.with(as(users, CHAIR))
			.header("Referer", "http://localhost" + cancel))
			.andExpect(redirectedUrl(cancel))
			.andExpect(flash().attribute("refused", "Mødet er allerede aflyst."));
		assertThat(page(cancel, CHAIR)).contains("Mødet er allerede aflyst.", "Tilbage til mødet")
			.doesNotContain("name=\"reason\"");
		assertThat(page(cancel + "?lang=en", CHAIR)).contains("The meeting is already cancelled.");
		assertThat(fixtures.reload(meeting).cancellation().reason()).isEqualTo("Første gang");
		assertThat(page("/meetings/" + meeting.id(), CHAIR)).doesNotContain("/cancel\"");

		Meeting withMinutes = soon("Med referat " + System.nanoTime());
		AgendaItem item = fixtures.acceptedItem(withMinutes, "Drøftet");
		// Minutes open only once a meeting has started, when it can no longer be
		// cancelled anyway; minutes on record
		// before the start (written before that rule) still keep it from being cancelled.
		fixtures.items.saveMinutes(item.id(), "Vi drøftede det.", "");
		String refusal = "Der er skrevet referat eller registreret beslutninger for mødet, så det kan ikke aflyses.";
		assertThat(page("/meetings/" + withMinutes.id() + "/cancel", CHAIR)).contains(refusal)
			.doesNotContain("name=\"reason\"");
		refused(post("/meetings/" + withMinutes.id() + "/cancel"), CHAIR, refusal);
		assertThat(fixtures.reload(withMinutes).cancelled()).isFalse();

		Instant started = Instant.now().minus(Duration.ofMinutes(30));
		Meeting underWay = fixtures.meetings
			.find(fixtures.agendas.schedule(group, "I gang", started, started.plus(Duration.ofHours(2)), "Haderslev",
					"", started.minus(Duration.ofDays(1))))
			.orElseThrow();
		refused(post("/meetings/" + underWay.id() + "/cancel"), CHAIR,
				"Mødet er begyndt eller har fundet sted og kan ikke længere aflyses.");
		assertThat(fixtures.reload(underWay).cancelled()).isFalse();
	}

	@Test
	void aTooLongReasonIsShownNextToItsFieldAndNothingIsCancelled() throws Exception {
		Meeting meeting = soon("Lang begrundelse " + System.nanoTime());
		String page = mvc
			.perform(post("/meetings/" + meeting.id() + "/cancel").param("reason", "å".repeat(501))
				.with(csrf())
				.with(as(users, CHAIR)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Højst 500 tegn.", "id=\"reason-error\"", "aria-invalid=\"true\"");
		assertThat(fixtures.reload(meeting).cancelled()).isFalse();
	}

	@Test
	void theSecretariatMayCancelButAPlainMemberOrAnotherGroupsChairMayNot() throws Exception {
		Meeting meeting = soon("Hvem må " + System.nanoTime());
		String cancel = "/meetings/" + meeting.id() + "/cancel";
		assertThat(statusOf(post(cancel), MEMBERS.get(0))).isEqualTo(403);
		assertThat(statusOf(get(cancel), MEMBERS.get(0))).isEqualTo(403);
		assertThat(statusOf(post(cancel), MeetingFixtures.CHAIR)).isEqualTo(404);
		assertThat(statusOf(get(cancel), MeetingFixtures.CHAIR)).isEqualTo(404);
		assertThat(page("/meetings/" + meeting.id(), MEMBERS.get(0))).doesNotContain("Aflys mødet");
		assertThat(fixtures.reload(meeting).cancelled()).isFalse();

		assertThat(page(cancel + "?lang=en", "sekretariat")).contains("Cancel the meeting", "Keep the meeting");
		assertThat(statusOf(post(cancel).param("reason", "Sekretariatet aflyser"), "sekretariat")).isEqualTo(302);
		assertThat(fixtures.reload(meeting).cancellation().by()).isEqualTo(fixtures.person("sekretariat"));
	}

	/**
	 * A meeting of the test's group in three hours, open for proposals for one more hour.
	 */
	private Meeting soon(String title) {
		Instant start = Instant.now().plus(Duration.ofHours(3));
		long id = fixtures.agendas.schedule(group, title, start, start.plus(Duration.ofHours(1)), "Haderslev Rådhus",
				"", start.minus(Duration.ofHours(2)));
		return fixtures.meetings.find(id).orElseThrow();
	}

	private void refused(MockHttpServletRequestBuilder request, String login, String message) throws Exception {
		mvc.perform(request.with(csrf()).with(as(users, login)))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("refused", message));
	}

	private String page(String url, String login) throws Exception {
		return mvc.perform(get(url).with(as(users, login)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private String body(String url) throws Exception {
		return mvc.perform(get(url))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private int statusOf(MockHttpServletRequestBuilder request, String login) throws Exception {
		return mvc.perform(request.with(csrf()).with(as(users, login))).andReturn().getResponse().getStatus();
	}

	private String name(String login) {
		return fixtures.accounts.find(fixtures.person(login)).orElseThrow().displayName();
	}

	private String email(String login) {
		return fixtures.accounts.find(fixtures.person(login)).orElseThrow().email();
	}

	/**
	 * Waits until every mail posted so far has been delivered: the outbox sends in the
	 * order mails were posted, so once a mail posted now arrives, anything posted before
	 * it has arrived too, or never will.
	 */
	private void drainOutbox() {
		String subject = "Skillelinje " + System.nanoTime();
		postbox.post(new Mail("skillelinje@test.example", subject, "."));
		Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> {
			for (MimeMessage mail : TestMailServer.get().getReceivedMessages()) {
				if (subject.equals(mail.getSubject())) {
					return true;
				}
			}
			return false;
		});
	}

	/**
	 * The mails about one meeting (picked by its unique title in the subject) whose
	 * subject starts as given.
	 */
	private static List<MimeMessage> mailsAbout(Meeting meeting, String subjectStart) {
		return TestMailServer.received(mail -> about(mail, meeting, subjectStart));
	}

	static List<MimeMessage> awaitMails(Meeting meeting, String subjectStart, int count) {
		return TestMailServer.await(mail -> about(mail, meeting, subjectStart), count);
	}

	private static boolean about(MimeMessage mail, Meeting meeting, String subjectStart) throws Exception {
		String subject = mail.getSubject();
		return subject != null && subject.startsWith(subjectStart) && subject.contains(meeting.title());
	}

	private static Set<String> recipients(List<MimeMessage> mails) {
		return mails.stream().map(MeetingFlowTest::recipient).collect(Collectors.toSet());
	}

	/** The plain text of a mail, wherever it sits among the parts. */
	static String text(Part part) throws Exception {
		if (part.isMimeType("text/plain") && part.getFileName() == null) {
			return (String) part.getContent();
		}
		if (part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart child = multipart.getBodyPart(i);
				String text = text(child);
				if (!text.isEmpty()) {
					return text;
				}
			}
		}
		return "";
	}

	private static Calendar calendar(String ics) throws Exception {
		return new CalendarBuilder().build(new StringReader(ics));
	}

	private static VEvent event(Calendar calendar) {
		List<VEvent> events = calendar.getComponents(Component.VEVENT);
		assertThat(events).hasSize(1);
		return events.get(0);
	}

	private static VEvent eventIn(Calendar feed, Meeting meeting) {
		String uid = "meeting-" + meeting.id() + "@samspil";
		return feed.<VEvent>getComponents(Component.VEVENT)
			.stream()
			.filter(e -> e.<Property>getProperty(Property.UID).map(Property::getValue).orElse("").equals(uid))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no event " + uid + " in the feed"));
	}

	private static int sequence(VEvent event) {
		return event.<Sequence>getProperty(Property.SEQUENCE).orElseThrow().getSequenceNo();
	}

}
