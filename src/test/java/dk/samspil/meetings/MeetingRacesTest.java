package dk.samspil.meetings;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import dk.samspil.Race;
import dk.samspil.SamspilTest;
import dk.samspil.groups.GroupId;
import dk.samspil.rules.Refusal;
import dk.samspil.time.DanishTime;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static dk.samspil.Visitors.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Two people acting on the same meeting at the same moment: whatever the order, the rules
 * a single person meets still hold, and the one who comes second is told why instead of
 * breaking them.
 */
@SamspilTest
class MeetingRacesTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	MeetingFixtures fixtures;

	GroupId group;

	String slug;

	@BeforeEach
	void setUp() {
		fixtures = new MeetingFixtures(context);
		group = fixtures.ownGroup("Samtidighed", "Prøver samtidighed.", MeetingFixtures.CHAIR, MeetingFixtures.MEMBER);
		slug = fixtures.groups.find(group).orElseThrow().slug();
	}

	@Test
	void theSameNewMeetingFormSentTwiceSchedulesOneMeetingAndBothLeadToIt() throws Exception {
		String token = issuedToken();
		String first = mvc.perform(schedule(token)).andReturn().getResponse().getRedirectedUrl();
		String second = mvc.perform(schedule(token)).andReturn().getResponse().getRedirectedUrl();
		assertThat(first).matches("/meetings/\\d+");
		assertThat(second).isEqualTo(first);
		assertThat(fixtures.meetings.ofGroup(group, 0, 100)).hasSize(1);

		String again = issuedToken();
		assertThat(again).isNotEqualTo(token);
		var outcomes = Race.twoAtOnce(() -> mvc.perform(schedule(again)).andReturn(),
				() -> mvc.perform(schedule(again)).andReturn());
		assertThat(outcomes).allMatch(Race.Outcome::succeeded);
		assertThat(outcomes).extracting(o -> o.value().getResponse().getRedirectedUrl())
			.containsOnly(outcomes.get(0).value().getResponse().getRedirectedUrl())
			.allMatch(url -> url.matches("/meetings/\\d+") && !url.equals(first));
		assertThat(fixtures.meetings.ofGroup(group, 0, 100)).as("one meeting per form").hasSize(2);

		// back to the form, another title, send: that meeting is scheduled, not dropped
		String third = mvc.perform(schedule(token, "Dobbeltklik, rettet")).andReturn().getResponse().getRedirectedUrl();
		assertThat(third).matches("/meetings/\\d+").isNotEqualTo(first);
		assertThat(fixtures.meetings.ofGroup(group, 0, 100)).extracting(Meeting::title).contains("Dobbeltklik, rettet");
	}

	/** The token the chair's new-meeting form is issued with. */
	private String issuedToken() throws Exception {
		String page = mvc.perform(get("/groups/" + slug + "/meetings/new").with(as(users, MeetingFixtures.CHAIR)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Jsoup.parse(page).selectFirst("input[name=formToken]").val();
	}

	private MockHttpServletRequestBuilder schedule(String token) {
		return schedule(token, "Dobbeltklik");
	}

	private MockHttpServletRequestBuilder schedule(String token, String title) {
		String date = LocalDate.now(DanishTime.ZONE).plusDays(20).toString();
		return post("/groups/" + slug + "/meetings").with(csrf())
			.with(as(users, MeetingFixtures.CHAIR))
			.param("title", title)
			.param("date", date)
			.param("startTime", "10:00")
			.param("endTime", "12:00")
			.param("place", "Vejle Rådhus")
			.param("onlineLink", "")
			.param("deadlineDate", date)
			.param("deadlineTime", "08:00")
			.param("formToken", token);
	}

	@Test
	void minutesWrittenWhileTheMeetingIsCancelledNeverLeaveACancelledMeetingWithMinutes() throws Exception {
		Meeting meeting = fixtures.meeting(slug, "Møde der aflyses");
		AgendaItem item = fixtures.acceptedItem(meeting, "Grundvand");
		Meeting shown = fixtures.reload(meeting);
		var outcomes = Race.twoAtOnce(() -> {
			fixtures.minutes.write(shown, Map.of(item.id(), new String[] { "Drøftet", "Besluttet" }), null);
			return "minutes";
		}, () -> {
			fixtures.cancellations.cancel(shown, fixtures.person(MeetingFixtures.CHAIR), "Ingen sager", Instant.now());
			return "cancelled";
		});
		assertThat(outcomes).filteredOn(Race.Outcome::succeeded).hasSize(1);
		assertThat(outcomes).filteredOn(o -> !o.succeeded())
			.allSatisfy(o -> assertThat(o.refusal()).isInstanceOf(Refusal.class));
		boolean cancelled = fixtures.reload(meeting).cancelled();
		boolean hasMinutes = fixtures.items.find(item.id()).orElseThrow().hasMinutes();
		assertThat(cancelled && hasMinutes).as("cancelled and with minutes").isFalse();
		assertThat(cancelled || hasMinutes).as("one of them happened").isTrue();
	}

	@Test
	void twoChairsApprovingTheSameMinutesAtOnceApproveThemOnceAndTheSecondIsTold() throws Exception {
		Meeting meeting = fixtures.meeting(slug, "Møde til godkendelse");
		fixtures.acceptedItem(meeting, "Vandplan");
		meeting = fixtures.held(meeting);
		fixtures.minutes.sendForApproval(fixtures.reload(meeting));
		Meeting shown = fixtures.reload(meeting);
		var outcomes = Race.twoAtOnce(() -> {
			fixtures.minutes.approve(shown, Instant.now());
			return true;
		}, () -> {
			fixtures.minutes.approve(shown, Instant.now());
			return true;
		});
		assertThat(outcomes).filteredOn(Race.Outcome::succeeded).hasSize(1);
		assertThat(outcomes).filteredOn(o -> !o.succeeded())
			.singleElement()
			.satisfies(o -> assertThat(o.refusal()).hasMessage("meetings.rule.minutesNotForApproval"));
		assertThat(fixtures.reload(meeting).minutesState()).isEqualTo(MinutesState.APPROVED);
	}

	@Test
	void twoPeopleCancellingTheSameMeetingAtOnceCancelItOnce() throws Exception {
		Meeting shown = fixtures.meeting(slug, "Dobbelt aflysning");
		var outcomes = Race.twoAtOnce(
				() -> fixtures.cancellations.cancel(shown, fixtures.person(MeetingFixtures.CHAIR), "A", Instant.now()),
				() -> fixtures.cancellations.cancel(shown, fixtures.person(MeetingFixtures.CHAIR), "B", Instant.now()));
		assertThat(outcomes).filteredOn(Race.Outcome::succeeded).hasSize(1);
		assertThat(outcomes).filteredOn(o -> !o.succeeded())
			.singleElement()
			.satisfies(o -> assertThat(o.refusal()).hasMessage("meetings.rule.alreadyCancelled"));
	}

	@Test
	void theSameProposalSentTwiceAtOnceIsOneItemAndBothLeadToIt() throws Exception {
		Meeting meeting = fixtures.meeting(slug, "Dobbeltklik på forslaget");
		var outcomes = Race.twoAtOnce(() -> mvc.perform(propose(meeting)).andReturn(),
				() -> mvc.perform(propose(meeting)).andReturn());
		assertThat(outcomes).allMatch(Race.Outcome::succeeded);
		assertThat(outcomes).extracting(o -> o.value().getResponse().getRedirectedUrl())
			.containsOnly(outcomes.get(0).value().getResponse().getRedirectedUrl())
			.allMatch(url -> url.matches("/meetings/\\d+#item-\\d+"));
		assertThat(fixtures.items.ofMeeting(meeting.id())).hasSize(1);
	}

	private MockMultipartHttpServletRequestBuilder propose(Meeting meeting) {
		return multipart("/meetings/" + meeting.id() + "/items")
			.file(new MockMultipartFile("files", "kort.pdf", "application/pdf",
					"%PDF-1.4\n%fake but well-formed enough for a test".getBytes(StandardCharsets.US_ASCII)))
			.param("title", "Kortlægning af kildepladser")
			.param("description", "Med kort")
			.with(csrf())
			.with(as(users, MeetingFixtures.MEMBER));
	}

	@Test
	void theSameTaskSentTwiceAtOnceIsAddedOnce() throws Exception {
		Meeting meeting = fixtures.meeting(slug, "Dobbeltklik på opgaven");
		long itemId = fixtures.acceptedItem(meeting, "Boringer").id();
		long member = fixtures.person(MeetingFixtures.MEMBER).value();
		var outcomes = Race.twoAtOnce(() -> mvc.perform(task(itemId, member)).andReturn(),
				() -> mvc.perform(task(itemId, member)).andReturn());
		assertThat(outcomes).allMatch(Race.Outcome::succeeded);
		assertThat(outcomes).allMatch(o -> o.value().getResponse().getStatus() == 302);
		assertThat(context.getBean(Tasks.class).ofItem(itemId)).hasSize(1);
	}

	private MockHttpServletRequestBuilder task(long itemId, long owner) {
		return post("/items/" + itemId + "/task").with(csrf())
			.with(as(users, MeetingFixtures.CHAIR))
			.param("title", "Kortlæg boringerne")
			.param("owner", "person:" + owner)
			.param("dueOn", "2032-01-01");
	}

	@Test
	void theSameDecisionSentTwiceAtOnceIsRecordedOnceAndBothLeadToIt() throws Exception {
		Meeting meeting = fixtures.meeting(slug, "Dobbeltklik på beslutningen");
		long itemId = fixtures.acceptedItem(meeting, "Vandværket").id();
		fixtures.held(meeting);
		var outcomes = Race.twoAtOnce(() -> mvc.perform(decide(itemId)).andReturn(),
				() -> mvc.perform(decide(itemId)).andReturn());
		assertThat(outcomes).allMatch(Race.Outcome::succeeded);
		assertThat(outcomes).extracting(o -> o.value().getResponse().getRedirectedUrl())
			.containsOnly(outcomes.get(0).value().getResponse().getRedirectedUrl())
			.allMatch(url -> url.matches("/decisions/\\d+"));
		String again = mvc.perform(decide(itemId)).andReturn().getResponse().getRedirectedUrl();
		assertThat(again).isEqualTo(outcomes.get(0).value().getResponse().getRedirectedUrl());
		assertThat(fixtures.decisionsRepository().ofItem(itemId)).hasSize(1);
	}

	private MockHttpServletRequestBuilder decide(long itemId) {
		return post("/items/" + itemId + "/decision").with(csrf())
			.with(as(users, MeetingFixtures.CHAIR))
			.param("text", "Vandværket renoveres i 2028.");
	}

	@Test
	void aDecisionRevokedAndSupersededAtOnceEndsOneWayOnly() throws Exception {
		Meeting meeting = fixtures.meeting(slug, "Beslutningsmøde");
		long itemId = fixtures.acceptedItem(meeting, "Kildeplads").id();
		fixtures.held(meeting);
		AgendaItem item = fixtures.items.find(itemId).orElseThrow();
		long decided = fixtures.decisions.record(item, "Kildepladsen udvides", LocalDate.now(), null, null);
		Decision decision = fixtures.decisionsRepository().find(decided).orElseThrow();
		var outcomes = Race.twoAtOnce(() -> {
			fixtures.decisions.revoke(decision);
			return 0L;
		}, () -> fixtures.decisions.record(item, "Kildepladsen udvides mindre", LocalDate.now(), null, decision));
		assertThat(outcomes).filteredOn(Race.Outcome::succeeded).hasSize(1);
		assertThat(outcomes).filteredOn(o -> !o.succeeded())
			.singleElement()
			.satisfies(o -> assertThat(o.refusal()).hasMessage("meetings.rule.decisionNotInForce"));
		assertThat(fixtures.decisionsRepository().find(decided).orElseThrow().status()).isIn(DecisionStatus.REVOKED,
				DecisionStatus.SUPERSEDED);
		assertThat(List.of(outcomes.get(0).succeeded(), outcomes.get(1).succeeded())).containsOnlyOnce(true);
	}

}
