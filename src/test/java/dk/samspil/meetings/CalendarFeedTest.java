package dk.samspil.meetings;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import dk.samspil.SamspilTest;
import dk.samspil.groups.GroupId;
import dk.samspil.time.DanishTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A person's calendar feed holds what a calendar needs: the meetings of the past year and
 * the next ones, never all a group ever scheduled. Each test runs in a group of its own.
 */
@SamspilTest
class CalendarFeedTest {

	/** A person whose feed few other tests fill. */
	static final String SUBSCRIBER = MeetingCarryOverTest.OTHER_MEMBER;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	CalendarTokens tokens;

	MeetingFixtures fixtures;

	GroupId group;

	@BeforeEach
	void setUp() {
		fixtures = new MeetingFixtures(context);
		group = fixtures.ownGroup("Kalenderprøve", "Prøver kalenderen.", null, SUBSCRIBER);
	}

	@Test
	void aMeetingOlderThanAYearLeavesTheFeedAndTheLastYearsAndTheNextStay() throws Exception {
		ZonedDateTime now = ZonedDateTime.now(DanishTime.ZONE);
		Meeting old = meeting(now.minusMonths(13).toInstant());
		Meeting lastYear = meeting(now.minusMonths(11).toInstant());
		Meeting next = meeting(now.plusDays(7).toInstant());

		assertThat(feed()).contains(uid(lastYear), uid(next)).doesNotContain(uid(old));
	}

	@Test
	void theFeedHoldsTheNextHundredMeetingsAndNotTheOnesAfter() throws Exception {
		// further ahead than any other test schedules, so these are the last in the feed
		Instant far = Instant.now().plus(Duration.ofDays(1000));
		List<Meeting> ahead = new ArrayList<>();
		for (int i = 0; i <= CalendarController.FEED_LIMIT; i++) {
			ahead.add(meeting(far.plus(Duration.ofDays(i))));
		}

		String feed = feed();
		assertThat(feed).contains(uid(ahead.get(0))).doesNotContain(uid(ahead.get(CalendarController.FEED_LIMIT)));
		assertThat(feed.split("BEGIN:VEVENT", -1)).hasSizeLessThanOrEqualTo(2 * CalendarController.FEED_LIMIT + 1);
	}

	private Meeting meeting(Instant start) {
		long id = fixtures.agendas.schedule(group, "Kalendermøde", start, start.plus(Duration.ofHours(1)), "Middelfart",
				"", start.minus(Duration.ofDays(1)));
		return fixtures.meetings.find(id).orElseThrow();
	}

	private String feed() throws Exception {
		return mvc.perform(get("/calendar/" + tokens.tokenOf(fixtures.person(SUBSCRIBER)) + ".ics"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static String uid(Meeting meeting) {
		return "UID:meeting-" + meeting.id() + "@samspil";
	}

}
