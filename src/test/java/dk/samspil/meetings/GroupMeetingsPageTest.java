package dk.samspil.meetings;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dk.samspil.SamspilTest;
import dk.samspil.groups.GroupId;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static dk.samspil.Visitors.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A group's meetings page lists the meetings ahead in full and the past ones a page at a
 * time, newest first, with a pager between the pages.
 */
@SamspilTest
class GroupMeetingsPageTest {

	static final String MEMBER = MeetingCarryOverTest.MEMBER;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	ApplicationContext context;

	MeetingFixtures fixtures;

	GroupId group;

	String url;

	@BeforeEach
	void setUp() {
		fixtures = new MeetingFixtures(context);
		group = fixtures.ownGroup("Mange møder", "Mødes tit.", null, MEMBER);
		url = "/groups/" + fixtures.groups.find(group).orElseThrow().slug() + "/meetings";
	}

	@Test
	void pastMeetingsComeTwentyAPageNewestFirstAndTheMeetingsAheadStayOnEveryPage() throws Exception {
		// the past meetings, newest first: one a week back from last week, the fourth
		// cancelled
		List<Meeting> past = new ArrayList<>();
		for (int week = 1; week <= MeetingController.PAST_PAGE_SIZE + 6; week++) {
			past.add(meeting("Tidligere møde " + week, Duration.ofDays(-7L * week)));
		}
		fixtures.jdbc.sql("update meetings_meeting set cancelled_at = now(), cancelled_by = ? where id = ?")
			.params(fixtures.person(MEMBER).value(), past.get(3).id())
			.update();
		Meeting soon = meeting("Næste møde", Duration.ofDays(7));
		Meeting later = meeting("Mødet efter", Duration.ofDays(14));

		Document first = page(url);
		assertThat(titles(first, "upcoming-heading")).containsExactly(soon.title(), later.title());
		assertThat(titles(first, "past-heading")).containsExactlyElementsOf(
				past.subList(0, MeetingController.PAST_PAGE_SIZE).stream().map(Meeting::title).toList());
		assertThat(section(first, "past-heading").select("li").get(3).text()).contains("Aflyst")
			.doesNotContain("Referat");
		Element pager = first.selectFirst("nav.pager[aria-label=Sider med tidligere møder]");
		assertThat(pager.select("a[rel=prev]")).isEmpty();
		assertThat(pager.select("a[rel=next]").attr("href")).isEqualTo(url + "?page=2#past-heading");
		assertThat(pager.text()).isEqualTo("Side 1 af 2 Ældre møder");
		assertThat(pager.select("[aria-current=page]").text()).isEqualTo("Side 1 af 2");

		Document second = page(url + "?page=2");
		assertThat(titles(second, "upcoming-heading")).containsExactly(soon.title(), later.title());
		assertThat(second.getElementById("past-heading").text()).isEqualTo("Tidligere møder, side 2");
		assertThat(titles(second, "past-heading")).containsExactlyElementsOf(
				past.subList(MeetingController.PAST_PAGE_SIZE, past.size()).stream().map(Meeting::title).toList());
		Element back = second.selectFirst("nav.pager");
		assertThat(back.select("a[rel=next]")).isEmpty();
		assertThat(back.select("a[rel=prev]").attr("href")).isEqualTo(url + "?page=1#past-heading");

		// past the last is the last, before the first (page=0 of old addresses) the first
		assertThat(titles(page(url + "?page=7"), "past-heading"))
			.containsExactlyElementsOf(titles(second, "past-heading"));
		assertThat(titles(page(url + "?page=0"), "past-heading"))
			.containsExactlyElementsOf(titles(first, "past-heading"));
		assertThat(titles(page(url + "?page=-2"), "past-heading")).hasSize(MeetingController.PAST_PAGE_SIZE);
		assertThat(page(url + "?page=2&lang=en").selectFirst("nav.pager").attr("aria-label"))
			.isEqualTo("Pages of past meetings");
	}

	@Test
	void aGroupWithFewPastMeetingsShowsNoPager() throws Exception {
		meeting("Det eneste tidligere møde", Duration.ofDays(-7));
		Document page = page(url);
		assertThat(titles(page, "past-heading")).containsExactly("Det eneste tidligere møde");
		assertThat(page.select("nav.pager")).isEmpty();
	}

	private Meeting meeting(String title, Duration in) {
		Instant start = Instant.now().plus(in);
		long id = fixtures.agendas.schedule(group, title, start, start.plus(Duration.ofHours(1)), "Billund", "",
				start.minus(Duration.ofDays(1)));
		return fixtures.meetings.find(id).orElseThrow();
	}

	private static Element section(Document page, String headingId) {
		return page.getElementById(headingId).parent();
	}

	/** The titles of the meetings listed in the section under the heading. */
	private static List<String> titles(Document page, String headingId) {
		return section(page, headingId).select("li > a:first-child, li h3 a").eachText();
	}

	private Document page(String path) throws Exception {
		return Jsoup.parse(mvc.perform(get(path).with(as(users, MEMBER)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

}
