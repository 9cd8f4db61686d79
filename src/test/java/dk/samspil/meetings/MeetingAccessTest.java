package dk.samspil.meetings;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import dk.samspil.SamspilTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static dk.samspil.Visitors.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Who may see and change a group's meetings: its members read, its chair and the
 * secretariat manage, and to anyone else its private content does not exist, by URL or
 * otherwise.
 */
@SamspilTest
class MeetingAccessTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	ApplicationContext context;

	MeetingFixtures fixtures;

	Meeting meeting;

	AgendaItem item;

	long decision;

	long attachment;

	@BeforeEach
	void setUp() {
		fixtures = new MeetingFixtures(context);
		meeting = fixtures.meeting(MeetingFixtures.GROUP, "Privat møde");
		item = fixtures.acceptedItem(meeting, "Privat punkt");
		fixtures.items.attach(item.id(), new Attachment("notat.pdf", "application/pdf",
				"%PDF-1.4 hemmeligt".getBytes(StandardCharsets.US_ASCII)));
		attachment = fixtures.items.attachments(item.id()).get(0).id();
		decision = fixtures.decisions.record(item, "Privat beslutning", LocalDate.now(), null, null);
	}

	List<String> privatePages() {
		String m = "/meetings/" + meeting.id();
		return List.of(m, m + "/minutes", m + "/agenda.pdf", m + "/minutes.pdf", m + "/items/new",
				"/items/" + item.id(), "/attachments/" + attachment, "/decisions/" + decision,
				"/groups/teknisk-vand/meetings", "/groups/teknisk-vand/meetings/overview");
	}

	List<MockHttpServletRequestBuilder> changes() {
		String m = "/meetings/" + meeting.id();
		return List.of(post(m + "/publish"), post(m + "/cancel").param("reason", "Kapret"),
				post(m).param("title", "Kapret"), post(m + "/items/" + item.id() + "/defer"),
				post(m + "/minutes").param("discussion-" + item.id(), "x"), post(m + "/minutes/submit"),
				post(m + "/minutes/approve"), post("/decisions/" + decision + "/revoke"),
				post("/items/" + item.id() + "/decision").param("text", "x"),
				post("/items/" + item.id() + "/task").param("title", "x")
					.param("owner", "municipality:0630")
					.param("dueOn", "2030-01-01"),
				post("/items/" + item.id() + "/escalation").param("group", "klimachefgruppen").param("question", "x"),
				post("/decisions/" + decision + "/task").param("title", "x"));
	}

	@Test
	void aMemberOfAnotherGroupFindsNoneOfItByUrl() throws Exception {
		for (String page : privatePages()) {
			assertThat(status(get(page), MeetingFixtures.OUTSIDER)).as(page).isEqualTo(404);
		}
	}

	@Test
	void aMemberOfAnotherGroupCannotChangeAnythingAndNothingChanges() throws Exception {
		for (MockHttpServletRequestBuilder change : changes()) {
			assertThat(status(change.with(csrf()), MeetingFixtures.OUTSIDER)).isEqualTo(404);
		}
		assertThat(status(post("/meetings/" + meeting.id() + "/items").param("title", "Indtrængen").with(csrf()),
				MeetingFixtures.OUTSIDER))
			.isEqualTo(404);
		assertThat(fixtures.reload(meeting).published()).isFalse();
		assertThat(fixtures.reload(meeting).cancelled()).isFalse();
		assertThat(fixtures.items.ofMeeting(meeting.id())).hasSize(1).allMatch(AgendaItem::accepted);
	}

	@Test
	void aMemberReadsEverythingButOnlyTheChairManages() throws Exception {
		for (String page : privatePages()) {
			assertThat(status(get(page), MeetingFixtures.MEMBER)).as(page).isIn(200, 302);
		}
		for (MockHttpServletRequestBuilder change : changes()) {
			assertThat(status(change.with(csrf()), MeetingFixtures.MEMBER)).isEqualTo(403);
		}
		// Teknisk vand is a working group: a member may call a meeting there, though not
		// run another's
		assertThat(status(get("/groups/teknisk-vand/meetings/new"), MeetingFixtures.MEMBER)).isEqualTo(200);
		assertThat(status(get("/meetings/" + meeting.id() + "/edit"), MeetingFixtures.MEMBER)).isEqualTo(403);
		assertThat(status(get("/meetings/" + meeting.id() + "/edit"), MeetingFixtures.OUTSIDER)).isEqualTo(404);
		assertThat(status(get("/meetings/" + meeting.id() + "/cancel"), MeetingFixtures.MEMBER)).isEqualTo(403);
		assertThat(status(get("/meetings/" + meeting.id() + "/cancel"), MeetingFixtures.OUTSIDER)).isEqualTo(404);
		assertThat(status(get("/meetings/" + meeting.id() + "/cancel"), MeetingFixtures.CHAIR)).isEqualTo(200);
		assertThat(status(get("/groups/teknisk-vand/meetings/new"), MeetingFixtures.CHAIR)).isEqualTo(200);
		assertThat(fixtures.reload(meeting).published()).isFalse();
		assertThat(fixtures.reload(meeting).cancelled()).isFalse();
		assertThat(fixtures.reload(meeting).title()).isEqualTo("Privat møde");
	}

	@Test
	void theChairOfOneGroupCannotRunAnotherGroupsMeetings() throws Exception {
		// vejle.vand chairs Vandressourcen but is a plain member of Teknisk vand
		assertThat(status(post("/meetings/" + meeting.id() + "/publish").with(csrf()), "vejle.vand")).isEqualTo(403);
		assertThat(status(post("/meetings/" + meeting.id() + "/cancel").with(csrf()), "vejle.vand")).isEqualTo(403);
		assertThat(fixtures.reload(meeting).cancelled()).isFalse();
		assertThat(status(get("/groups/vandressourcen/meetings/new"), "vejle.vand")).isEqualTo(200);
	}

	@Test
	void theSecretariatReadsAndManagesEveryGroup() throws Exception {
		for (String page : privatePages()) {
			assertThat(status(get(page), "sekretariat")).as(page).isIn(200, 302);
		}
		assertThat(status(post("/meetings/" + meeting.id() + "/publish").with(csrf()), "sekretariat")).isEqualTo(302);
		assertThat(fixtures.reload(meeting).published()).isTrue();
	}

	@Test
	void anotherGroupsMeetingsAreNotInAPersonsOverviewOrTasks() throws Exception {
		String upcoming = mvc.perform(get("/meetings/upcoming").with(as(users, MeetingFixtures.OUTSIDER)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(upcoming).doesNotContain("Privat møde");
		assertThat(mvc.perform(get("/meetings/upcoming").with(as(users, MeetingFixtures.MEMBER)))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("Privat møde");
	}

	private int status(MockHttpServletRequestBuilder request, String login) throws Exception {
		return mvc.perform(request.with(as(users, login))).andReturn().getResponse().getStatus();
	}

}
