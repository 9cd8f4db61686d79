package dk.samspil.meetings;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import jakarta.mail.internet.MimeMessage;

import dk.samspil.time.DanishTime;
import dk.samspil.SamspilTest;
import dk.samspil.TestMailServer;
import dk.samspil.accounts.Accounts;
import dk.samspil.accounts.PersonDetails;
import dk.samspil.accounts.Role;
import dk.samspil.groups.GroupDirectory;
import dk.samspil.groups.GroupId;
import dk.samspil.groups.GroupRole;
import dk.samspil.region.MunicipalityCode;
import dk.samspil.search.SearchEntry;
import dk.samspil.search.Visibility;
import com.icegreen.greenmail.util.GreenMailUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import static dk.samspil.Visitors.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Decisions with review reminders, superseding and escalation; tasks, their views and the
 * daily digest; calendars.
 */
@SamspilTest
@RecordApplicationEvents
class DecisionsAndTasksTest {

	@Autowired
	Accounts accounts;

	@Autowired
	GroupDirectory groups;

	@Autowired
	CalendarTokens calendarTokens;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	ApplicationContext context;

	@Autowired
	ApplicationEvents events;

	@Autowired
	DailyReminders reminders;

	@Autowired
	Tasks tasks;

	MeetingFixtures fixtures;

	@BeforeEach
	void setUp() throws Exception {
		fixtures = new MeetingFixtures(context);
		TestMailServer.get().purgeEmailFromAllMailboxes();
	}

	@Test
	void aDecisionIsARecordOfItsOwnAndSupersedingLinksBoth() throws Exception {
		Meeting meeting = fixtures.meeting(MeetingFixtures.GROUP, "Beslutningsmøde");
		AgendaItem item = fixtures.acceptedItem(meeting, "Fælles vandstrategi");
		mvc.perform(post("/items/" + item.id() + "/decision").with(csrf())
			.with(as(users, MeetingFixtures.CHAIR))
			.param("text", "Forud for mødet."))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("refused",
					"Mødet er ikke begyndt endnu. Referat og beslutninger registreres, " + "når mødet er begyndt."));
		fixtures.held(meeting);
		String bad = mvc
			.perform(post("/items/" + item.id() + "/decision").with(csrf())
				.with(as(users, MeetingFixtures.CHAIR))
				.param("text", "")
				.param("reviewOn", "2001-01-01"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(bad).contains("Skal udfyldes.", "Revurderingsdatoen skal ligge efter beslutningens dato.");

		String first = mvc
			.perform(post("/items/" + item.id() + "/decision").with(csrf())
				.with(as(users, MeetingFixtures.CHAIR))
				.param("text", "Vi vedtager strategien."))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long firstId = Long.parseLong(first.substring(first.lastIndexOf('/') + 1));
		String second = mvc
			.perform(post("/items/" + item.id() + "/decision").with(csrf())
				.with(as(users, MeetingFixtures.CHAIR))
				.param("text", "Strategien gælder også PtX.")
				.param("supersedes", String.valueOf(firstId)))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();

		assertThat(page(first, MeetingFixtures.MEMBER)).contains("Afløst", "Afløst af", "Strategien gælder også PtX.",
				"Beslutningsmøde");
		assertThat(page(second, MeetingFixtures.MEMBER)).contains("Gældende", "Afløser beslutningen",
				"Vi vedtager strategien.");
		assertThat(page("/groups/teknisk-vand/meetings", MeetingFixtures.MEMBER)).contains("Vi vedtager strategien.",
				"Strategien gælder også PtX.");
		assertThat(events.stream(SearchEntry.class).filter(e -> e.kind().equals("decision"))).anySatisfy(e -> {
			assertThat(e.url()).isEqualTo(first);
			assertThat(e.visibility()).isEqualTo(Visibility.GROUP);
			assertThat(e.group()).isEqualTo(meeting.group());
		});
		assertThat(events.stream(DecisionRecorded.class)).hasSizeGreaterThanOrEqualTo(2);
	}

	@Test
	void theChairIsRemindedOnADecisionsReviewDateOnce() throws Exception {
		Meeting meeting = fixtures.meeting(MeetingFixtures.GROUP, "Møde med revurdering");
		AgendaItem item = fixtures.acceptedItem(meeting, "Kapacitet på renseanlægget");
		LocalDate review = LocalDate.of(2031, 3, 14);
		fixtures.decisions.record(item, "Kapaciteten udvides.", LocalDate.now(), review, null);

		assertThat(reminders.remindReviews(review.minusDays(1))).isZero();
		assertThat(reminders.remindReviews(review)).isEqualTo(1);
		assertThat(reminders.remindReviews(review)).isZero();
		// Other tests in this context send mail too: pick the reminder out by what it
		// says.
		List<MimeMessage> reminders = mailsSaying("Kapaciteten udvides.", 1);
		assertThat(reminders.get(0).getAllRecipients()[0].toString()).isEqualTo("fredericia.vand@demo.samspil.example");
		assertThat(GreenMailUtil.getBody(reminders.get(0))).contains("Kapacitet p");
	}

	@Test
	void tasksShowUnderMyTasksMyMunicipalityAndOverdueAndComeAsOneDailyDigest() throws Exception {
		Meeting meeting = fixtures.meeting(MeetingFixtures.GROUP, "Opgavemøde");
		AgendaItem item = fixtures.acceptedItem(meeting, "Kortlægning af vandbehov");
		long member = fixtures.person(MeetingFixtures.MEMBER).value();
		LocalDate day = LocalDate.of(2032, 6, 1);
		mvc.perform(post("/items/" + item.id() + "/task").with(csrf())
			.with(as(users, MeetingFixtures.CHAIR))
			.param("title", "Opgør Vejles vandbehov")
			.param("owner", "person:" + member)
			.param("dueOn", day.plusDays(2).toString())).andExpect(status().is3xxRedirection());
		mvc.perform(post("/items/" + item.id() + "/task").with(csrf())
			.with(as(users, MeetingFixtures.CHAIR))
			.param("title", "Send PtX-planer")
			.param("owner", "person:" + member)
			.param("dueOn", LocalDate.now(DanishTime.ZONE).minusDays(5).toString()))
			.andExpect(status().is3xxRedirection());
		fixtures.decisions.addTask(item.group(), item.id(), null, "Vejle Kommune leverer data",
				new TaskOwner(null, new MunicipalityCode("0630")), day.plusDays(1));
		String missing = mvc
			.perform(post("/items/" + item.id() + "/task").with(csrf())
				.with(as(users, MeetingFixtures.CHAIR))
				.param("title", "")
				.param("owner", "")
				.param("dueOn", "2032-01-01"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(missing).contains("id=\"title-error\">Skal udfyldes.", "id=\"owner-error\">Skal udfyldes.");
		String badDate = mvc
			.perform(post("/items/" + item.id() + "/task").with(csrf())
				.with(as(users, MeetingFixtures.CHAIR))
				.param("title", "Noget")
				.param("owner", "person:" + member)
				.param("dueOn", "i morgen"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(badDate).contains("id=\"dueOn-error\">Skriv en dato, der findes, som år-måned-dag",
				"value=\"i morgen\"");

		assertThat(page("/tasks", MeetingFixtures.MEMBER)).contains("Opgør Vejles vandbehov", "Send PtX-planer")
			.doesNotContain("Vejle Kommune leverer data");
		assertThat(page("/tasks?view=municipality", MeetingFixtures.MEMBER)).contains("Vejle Kommune leverer data")
			.doesNotContain("Send PtX-planer");
		// Vejle's planner is not in the group: the group's task stays private to it, even
		// if Vejle owns it.
		assertThat(page("/tasks?view=municipality", "vejle.plan")).doesNotContain("Vejle Kommune leverer data");
		assertThat(page("/tasks?view=overdue", MeetingFixtures.CHAIR)).contains("Send PtX-planer", "Overskredet");
		assertThat(page("/tasks?view=overdue", MeetingFixtures.OUTSIDER)).doesNotContain("Send PtX-planer");

		assertThat(reminders.sendDigests(day)).isPositive();
		assertThat(reminders.sendDigests(day)).isZero();
		mailsSaying("Send PtX-planer", 1);
		// One digest with all three tasks, not a mail per task: counted in the outbox,
		// where every mail is written
		// before it is sent, so no waiting is needed to be sure that no second one comes.
		assertThat(jdbc.sql("select count(*) from notifications_mail where recipient = ? and body like ?")
			.params("vejle.vand@demo.samspil.example", "%Send PtX-planer%")
			.query(Long.class)
			.single()).isEqualTo(1);
		List<MimeMessage> toMember = mailsSaying("Send PtX-planer", 1).stream()
			.filter(m -> MeetingFlowTest.recipient(m).equals("vejle.vand@demo.samspil.example"))
			.toList();
		assertThat(toMember).hasSize(1);
		assertThat(GreenMailUtil.getBody(toMember.get(0))).contains("Opg", "Send PtX-planer",
				"Vejle Kommune leverer data");

		Task done = tasks.ofPerson(fixtures.person(MeetingFixtures.MEMBER)).get(0);
		mvc.perform(post("/tasks/" + done.id() + "/done").with(csrf())
			.with(as(users, MeetingFixtures.MEMBER))
			.param("done", "true")).andExpect(status().is3xxRedirection());
		assertThat(tasks.find(done.id()).orElseThrow().done()).isTrue();
	}

	@Test
	void aTaskGoesOnlyToAnOwnerTheFormOffers() throws Exception {
		Meeting meeting = fixtures.meeting(MeetingFixtures.GROUP, "Ejermøde");
		AgendaItem item = fixtures.acceptedItem(meeting, "Hvem gør det?");
		long outsider = fixtures.person(MeetingFixtures.OUTSIDER).value();
		for (String owner : new String[] { "person:" + outsider, "person:99999999", "person:99999999999999999999",
				"municipality:9999" }) {
			String refused = mvc
				.perform(post("/items/" + item.id() + "/task").with(csrf())
					.with(as(users, MeetingFixtures.CHAIR))
					.param("title", "Ingen kan se den")
					.param("owner", owner)
					.param("dueOn", "2032-01-01"))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(refused).as(owner)
				.contains("id=\"owner-error\">Vælg en person i gruppen eller en af kommunerne på listen.");
		}
		assertThat(jdbc.sql("select count(*) from meetings_task where item_id = ?")
			.param(item.id())
			.query(Long.class)
			.single()).isZero();
		mvc.perform(post("/items/" + item.id() + "/task").with(csrf())
			.with(as(users, MeetingFixtures.CHAIR))
			.param("title", "Fredericia gør det")
			.param("owner", "municipality:0607")
			.param("dueOn", "2032-01-01")).andExpect(status().is3xxRedirection());
	}

	@Test
	void anEscalatedItemWaitsForTheReceivingGroupsNextMeetingAndBothSidesShowTheLineage() throws Exception {
		Meeting meeting = fixtures.meeting(MeetingFixtures.GROUP, "Møde der sender videre");
		AgendaItem item = fixtures.acceptedItem(meeting, "Vandforbrug til PtX");
		long decision = fixtures.decisions.record(item, "Vi beder direktørerne tage stilling.", LocalDate.now(), null,
				null);
		assertThat(mvc
			.perform(get("/items/" + item.id() + "/escalation").param("decision", String.valueOf(decision))
				.with(as(users, MeetingFixtures.CHAIR)))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("Vi beder direkt&oslash;rerne tage stilling.", "Vandressourcen");
		String missing = mvc
			.perform(post("/items/" + item.id() + "/escalation").with(csrf())
				.with(as(users, MeetingFixtures.CHAIR))
				.param("group", "")
				.param("question", "Spørgsmål"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(missing).contains("id=\"group-error\">Skal udfyldes.");
		String own = mvc
			.perform(post("/items/" + item.id() + "/escalation").with(csrf())
				.with(as(users, MeetingFixtures.CHAIR))
				.param("group", MeetingFixtures.GROUP)
				.param("question", "Til os selv?"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(own).contains("id=\"group-error\">Vælg en anden gruppe end din egen.", "Til os selv?");
		mvc.perform(post("/items/" + item.id() + "/escalation").with(csrf())
			.with(as(users, MeetingFixtures.CHAIR))
			.param("group", "vandressourcen")
			.param("question", "Skal PtX have grundvand?")).andExpect(status().is3xxRedirection());
		GroupId receiving = fixtures.group("vandressourcen");
		assertThat(fixtures.items.waiting(receiving)).singleElement()
			.satisfies(waiting -> assertThat(waiting.escalatedFrom()).isEqualTo(item.id()));
		assertThat(page("/groups/vandressourcen/meetings", "vejle.vand")).contains("Vandforbrug til PtX");
		assertThat(page("/decisions/" + decision, MeetingFixtures.MEMBER)).contains("Sendt til Vandressourcen",
				"endnu ikke besluttet");

		Meeting next = fixtures.meeting("vandressourcen", "Vandressourcens næste møde");
		AgendaItem arrived = fixtures.items.ofMeeting(next.id()).get(0);
		assertThat(arrived.status()).isEqualTo(ItemStatus.PROPOSED);
		assertThat(page("/meetings/" + next.id(), "vejle.vand")).contains("Sendt videre fra en anden gruppe");
		fixtures.agendas.arrange(next, arrived, "accept");
		fixtures.decisions.record(fixtures.items.find(arrived.id()).orElseThrow(), "Nej, kun overfladevand.",
				LocalDate.now(), null, null);
		assertThat(page("/decisions/" + decision, MeetingFixtures.MEMBER))
			.contains("besluttet: Nej, kun overfladevand.");
	}

	@Test
	void eachPersonHasASecretCalendarFeedThatCanBeRenewed() throws Exception {
		Meeting meeting = fixtures.meeting(MeetingFixtures.GROUP, "Møde i kalenderen");
		String page = page("/calendar", MeetingFixtures.MEMBER);
		String url = page.replaceAll("(?s).*value=\"http://localhost(/calendar/[A-Za-z0-9_-]+\\.ics)\".*", "$1");
		String feed = mvc.perform(get(url))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(feed).contains("BEGIN:VCALENDAR", "UID:meeting-" + meeting.id() + "@samspil", "Møde i kalenderen");

		mvc.perform(post("/calendar/token").with(csrf()).with(as(users, MeetingFixtures.MEMBER)))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get(url)).andExpect(status().isNotFound());
		assertThat(page("/calendar", MeetingFixtures.MEMBER)).doesNotContain(url);
	}

	@Test
	void aDeactivatedPersonsCalendarFeedStops() throws Exception {
		var person = accounts.register(
				new PersonDetails("snart.ude", "Snart Ude", "snart.ude@test.example", null, null, Role.MEMBER),
				"en lang nok kode");
		groups.addMember(groups.findBySlug("teknisk-vand").orElseThrow().id(), person, GroupRole.MEMBER);
		String url = "/calendar/" + calendarTokens.renew(person) + ".ics";
		mvc.perform(get(url)).andExpect(status().isOk());
		mvc.perform(post("/people/{id}/deactivate", person.value()).with(csrf()).with(as(users, "sekretariat")))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get(url)).andExpect(status().isNotFound());
	}

	private String page(String url, String login) throws Exception {
		return mvc.perform(get(url).with(as(users, login)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static List<MimeMessage> mailsSaying(String text, int atLeast) {
		return TestMailServer.await(mail -> GreenMailUtil.getBody(mail).contains(text), atLeast);
	}

}
