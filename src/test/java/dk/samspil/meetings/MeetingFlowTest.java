package dk.samspil.meetings;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import dk.samspil.time.DanishTime;
import dk.samspil.SamspilTest;
import dk.samspil.TestMailServer;
import dk.samspil.search.SearchEntry;
import dk.samspil.search.Visibility;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import static dk.samspil.Visitors.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A meeting's life through the pages: scheduled, items proposed and arranged, agenda
 * sent, minutes approved.
 */
@SamspilTest
@RecordApplicationEvents
class MeetingFlowTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	ApplicationContext context;

	@Autowired
	ApplicationEvents events;

	MeetingFixtures fixtures;

	@BeforeEach
	void setUp() throws Exception {
		fixtures = new MeetingFixtures(context);
		TestMailServer.get().purgeEmailFromAllMailboxes();
	}

	@Test
	void theChairSchedulesAMeetingAndBadInputIsShownNextToItsField() throws Exception {
		String date = LocalDate.now(DanishTime.ZONE).plusDays(20).toString();
		String page = mvc
			.perform(post("/groups/teknisk-vand/meetings").with(csrf())
				.with(as(users, MeetingFixtures.CHAIR))
				.param("title", "Vandmøde <b>fed</b>")
				.param("date", date)
				.param("startTime", "10:00")
				.param("endTime", "09:00")
				.param("place", "")
				.param("onlineLink", "javascript:alert(1)")
				.param("deadlineDate", date)
				.param("deadlineTime", "08:00"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Mødet skal slutte efter, at det er begyndt.",
				"Skriv en fuld webadresse, der begynder med https://.", "&lt;b&gt;fed&lt;/b&gt;\"");

		String location = mvc
			.perform(post("/groups/teknisk-vand/meetings").with(csrf())
				.with(as(users, MeetingFixtures.CHAIR))
				.param("title", "Vandmøde")
				.param("date", date)
				.param("startTime", "10:00")
				.param("endTime", "12:00")
				.param("place", "")
				.param("onlineLink", "https://teams.example.dk/m/42")
				.param("deadlineDate", date)
				.param("deadlineTime", "08:00"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).matches("/meetings/\\d+");
		assertThat(mvc.perform(get(location).with(as(users, MeetingFixtures.MEMBER)))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("Vandmøde", "Foreslå et punkt", "https://teams.example.dk/m/42");
	}

	@Test
	void aMemberProposesAnItemWhoseMarkupShowsAsTextAndABadAttachmentKeepsTheForm() throws Exception {
		Meeting meeting = fixtures.meeting(MeetingFixtures.GROUP, "Møde om spildevand");
		byte[] program = "MZ\u0090 this is a program".getBytes(StandardCharsets.ISO_8859_1);
		String refused = mvc
			.perform(multipart("/meetings/" + meeting.id() + "/items")
				.file(new MockMultipartFile("files", "rapport.pdf", "application/pdf", program))
				.param("title", "Genbrug <script>alert(1)</script>")
				.param("description", "Lang beskrivelse")
				.with(csrf())
				.with(as(users, MeetingFixtures.MEMBER)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("Filen rapport.pdf er ikke en PDF", "Lang beskrivelse",
				"value=\"Genbrug &lt;script&gt;alert(1)&lt;/script&gt;\"");
		String unknownTheme = mvc
			.perform(multipart("/meetings/" + meeting.id() + "/items").param("title", "Med et tema der ikke findes")
				.param("description", "Beskrivelsen bliver")
				.param("themes", "999999999")
				.with(csrf())
				.with(as(users, MeetingFixtures.MEMBER)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(unknownTheme).contains("Vælg blandt de temaer, der findes.", "Beskrivelsen bliver");

		byte[] pdf = "%PDF-1.4\n%fake but well-formed enough for a test".getBytes(StandardCharsets.US_ASCII);
		mvc.perform(multipart("/meetings/" + meeting.id() + "/items")
			.file(new MockMultipartFile("files", "rapport.pdf", "application/octet-stream", pdf))
			.param("title", "Genbrug <script>alert(1)</script>")
			.param("description", "Lang beskrivelse")
			.with(csrf())
			.with(as(users, MeetingFixtures.MEMBER))).andExpect(status().is3xxRedirection());
		String page = mvc.perform(get("/meetings/" + meeting.id()).with(as(users, MeetingFixtures.MEMBER)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Genbrug &lt;script&gt;alert(1)&lt;/script&gt;", "rapport.pdf")
			.doesNotContain("<script>alert(1)");
		// A file of a few bytes is not called empty.
		assertThat(Jsoup.parse(page).select("ul.attachments li").eachText()).containsExactly("rapport.pdf 1 kB");
		assertThat(events.stream(SearchEntry.class).filter(e -> e.kind().equals("agenda-item"))).anySatisfy(e -> {
			assertThat(e.visibility()).isEqualTo(Visibility.GROUP);
			assertThat(e.group()).isEqualTo(meeting.group());
			assertThat(e.title()).isEqualTo("Genbrug <script>alert(1)</script>");
		});
	}

	@Test
	void anItemTakesAtMostTwentyFilesAndMoreKeepsTheForm() throws Exception {
		Meeting meeting = fixtures.meeting(MeetingFixtures.GROUP, "Møde med mange bilag");
		byte[] pdf = "%PDF-1.4\n%fake but well-formed enough for a test".getBytes(StandardCharsets.US_ASCII);
		var proposal = multipart("/meetings/" + meeting.id() + "/items");
		for (int i = 0; i <= ItemController.MAX_FILES; i++) {
			proposal.file(new MockMultipartFile("files", "bilag-" + i + ".pdf", "application/pdf", pdf));
		}
		String refused = mvc
			.perform(proposal.param("title", "Alle bilagene")
				.param("description", "Beskrivelsen bliver")
				.with(csrf())
				.with(as(users, MeetingFixtures.MEMBER)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("id=\"files-error\">Du kan vedhæfte højst 20 filer til et punkt.",
				"Beskrivelsen bliver", "højst 20 filer på højst 10 MB hver");
		assertThat(fixtures.items.ofMeeting(meeting.id())).isEmpty();
	}

	@Test
	void aMeetingTakesAHundredProposalsAndTheNextKeepsTheForm() throws Exception {
		Meeting meeting = fixtures.meeting(MeetingFixtures.GROUP, "Møde med et langt program");
		for (int i = 1; i <= AgendaItems.MAX_PER_MEETING; i++) {
			fixtures.items.insert(meeting.group(), meeting.id(), "Punkt " + i, "",
					fixtures.person(MeetingFixtures.MEMBER), null);
		}
		String refused = mvc
			.perform(multipart("/meetings/" + meeting.id() + "/items").param("title", "Et punkt mere")
				.param("description", "Beskrivelsen bliver")
				.with(csrf())
				.with(as(users, MeetingFixtures.MEMBER)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("id=\"title-error\">Mødet har allerede 100 punkter", "Beskrivelsen bliver");
		assertThat(fixtures.items.ofMeeting(meeting.id())).hasSize(AgendaItems.MAX_PER_MEETING);
	}

	@Test
	void anItemCannotBeProposedAfterTheDeadline() throws Exception {
		Meeting meeting = fixtures.closedForProposals(MeetingFixtures.GROUP, "Lukket møde");
		mvc.perform(multipart("/meetings/" + meeting.id() + "/items").param("title", "For sent")
			.with(csrf())
			.with(as(users, MeetingFixtures.MEMBER))).andExpect(status().is3xxRedirection());
		assertThat(fixtures.items.ofMeeting(meeting.id())).isEmpty();
	}

	@Test
	void publishingTheAgendaMailsEachMemberOnceWithAnInvitationThatIsUpdatedWhenSentAgain() throws Exception {
		Meeting meeting = fixtures.meeting(MeetingFixtures.GROUP, "Møde om grundvand");
		AgendaItem first = fixtures.acceptedItem(meeting, "Grundvandsmodel");
		AgendaItem second = fixtures.acceptedItem(meeting, "PtX-behov");
		mvc.perform(post("/meetings/" + meeting.id() + "/items/" + second.id() + "/up").with(csrf())
			.with(as(users, MeetingFixtures.CHAIR))).andExpect(status().is3xxRedirection());
		assertThat(fixtures.agendas.agenda(meeting.id())).extracting(AgendaItem::id)
			.containsExactly(second.id(), first.id());

		mvc.perform(post("/meetings/" + meeting.id() + "/publish").with(csrf()).with(as(users, MeetingFixtures.CHAIR)))
			.andExpect(status().is3xxRedirection());
		List<MimeMessage> mails = awaitInvitations(meeting, "SEQUENCE:0", 7);
		assertThat(mails.stream().map(MeetingFlowTest::recipient).distinct()).hasSize(7);
		String ics = attachment(mails.get(0), "invitation.ics");
		assertThat(ics).contains("METHOD:REQUEST", "Teknisk vand: Møde om grundvand", "1. PtX-behov");
		assertThat(mails.get(0).getSubject()).contains("Dagsorden", "Møde om grundvand");

		mvc.perform(post("/meetings/" + meeting.id() + "/publish").with(csrf()).with(as(users, MeetingFixtures.CHAIR)))
			.andExpect(status().is3xxRedirection());
		awaitInvitations(meeting, "SEQUENCE:1", 7);
	}

	@Test
	void movingAPublishedMeetingSendsTheMembersAnUpdatedInvitation() throws Exception {
		Meeting meeting = fixtures.meeting(MeetingFixtures.GROUP, "Møde der flyttes");
		fixtures.acceptedItem(meeting, "Tidsplan");
		fixtures.agendas.publish(meeting, Instant.now());
		awaitInvitations(meeting, "SEQUENCE:0", 7);

		LocalDate day = meeting.start().toLocalDate().plusDays(1);
		assertThat(mvc.perform(get("/meetings/" + meeting.id() + "/edit").with(as(users, MeetingFixtures.CHAIR)))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("value=\"Møde der flyttes\"".replace("ø", "&oslash;"));
		mvc.perform(post("/meetings/" + meeting.id()).with(csrf())
			.with(as(users, MeetingFixtures.CHAIR))
			.param("title", "Møde der flyttes")
			.param("date", day.toString())
			.param("startTime", "13:00")
			.param("endTime", "14:30")
			.param("place", "Vejle Rådhus")
			.param("onlineLink", "")
			.param("deadlineDate", day.minusDays(3).toString())
			.param("deadlineTime", "12:00")).andExpect(status().is3xxRedirection());
		String ics = attachment(awaitInvitations(meeting, "SEQUENCE:1", 7).get(0), "invitation.ics");
		String start = ZonedDateTime.of(day, LocalTime.of(13, 0), DanishTime.ZONE)
			.withZoneSameInstant(ZoneOffset.UTC)
			.format(DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'"));
		assertThat(ics).contains("DTSTART:" + start, "LOCATION:Vejle Rådhus");
	}

	@Test
	void minutesAreApprovedAndLockedAndACorrectionIsAnAddendum() throws Exception {
		Meeting meeting = fixtures.meeting(MeetingFixtures.GROUP, "Møde om renseanlæg");
		AgendaItem item = fixtures.acceptedItem(meeting, "Renset spildevand til industrien");
		String minutes = "/meetings/" + meeting.id() + "/minutes";
		assertThat(mvc.perform(get(minutes).with(as(users, MeetingFixtures.CHAIR)))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("Referatet kan skrives, når mødet er begyndt")
			.doesNotContain("Gem referatet");
		mvc.perform(post(minutes).with(csrf())
			.with(as(users, MeetingFixtures.CHAIR))
			.param("discussion-" + item.id(), "Skrevet i forvejen."))
			.andExpect(flash().attribute("refused",
					"Mødet er ikke begyndt endnu. Referat og beslutninger registreres, " + "når mødet er begyndt."));
		fixtures.held(meeting);
		mvc.perform(post(minutes).with(csrf())
			.with(as(users, MeetingFixtures.CHAIR))
			.param("discussion-" + item.id(), "Gruppen drøftede kapaciteten.")
			.param("outcome-" + item.id(), "Fredericia undersøger videre.")).andExpect(status().is3xxRedirection());
		mvc.perform(post(minutes + "/submit").with(csrf()).with(as(users, MeetingFixtures.CHAIR)))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post(minutes + "/comments").with(csrf())
			.with(as(users, MeetingFixtures.MEMBER))
			.param("text", "Husk Vejles tal.")).andExpect(status().is3xxRedirection());
		String blankComment = mvc
			.perform(
					post(minutes + "/comments").with(csrf()).with(as(users, MeetingFixtures.MEMBER)).param("text", " "))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(blankComment).contains("Skal udfyldes.");
		mvc.perform(post(minutes + "/approve").with(csrf()).with(as(users, MeetingFixtures.CHAIR)))
			.andExpect(status().is3xxRedirection());

		mvc.perform(post(minutes).with(csrf())
			.with(as(users, MeetingFixtures.CHAIR))
			.param("discussion-" + item.id(), "Ændret bagefter.")).andExpect(status().is3xxRedirection());
		assertThat(fixtures.items.find(item.id()).orElseThrow().discussion())
			.isEqualTo("Gruppen drøftede kapaciteten.");
		mvc.perform(post(minutes + "/addenda").with(csrf())
			.with(as(users, MeetingFixtures.CHAIR))
			.param("text", "Rettelse: Middelfart deltog også.")).andExpect(status().is3xxRedirection());

		String page = mvc.perform(get(minutes).with(as(users, MeetingFixtures.MEMBER)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Godkendt", "låst", "Gruppen drøftede kapaciteten.", "Husk Vejles tal.", "Tillæg",
				"Rettelse: Middelfart deltog også.");
		assertThat(events.stream(MinutesApproved.class))
			.anySatisfy(e -> assertThat(e.meetingId()).isEqualTo(meeting.id()));
		assertThat(events.stream(SearchEntry.class).filter(e -> e.kind().equals("minutes")))
			.anySatisfy(e -> assertThat(e.text()).contains("Fredericia undersøger videre."));

		byte[] pdf = mvc.perform(get(minutes + ".pdf").with(as(users, MeetingFixtures.MEMBER)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(text(pdf)).contains("Møde om renseanlæg", "Teknisk vand", "1. Renset spildevand til industrien",
				"Fredericia undersøger videre.", "Tillæg", "Middelfart deltog også.");
	}

	@Test
	void theAgendaIsATidyPdfWithNumberedItems() throws Exception {
		Meeting meeting = fixtures.meeting(MeetingFixtures.GROUP, "Møde med dagsorden");
		fixtures.acceptedItem(meeting, "Vandbalance i Trekantområdet");
		fixtures.acceptedItem(meeting, "Næste skridt <og> æøå");
		byte[] pdf = mvc
			.perform(get("/meetings/" + meeting.id() + "/agenda.pdf").with(as(users, MeetingFixtures.MEMBER)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		assertThat(text(pdf)).contains("Dagsorden: Møde med dagsorden", "Teknisk vand",
				"1. Vandbalance i Trekantområdet", "2. Næste skridt <og> æøå");
	}

	@Test
	void theDemoShowsMeetingsInEveryState() throws Exception {
		String meetings = mvc.perform(get("/groups/teknisk-vand/meetings").with(as(users, MeetingFixtures.MEMBER)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(meetings).contains("Teknisk vand, møde 4", "Teknisk vand, møde 3", "Godkendt",
				"Renset spildevand undersøges som første kilde");
	}

	@Test
	void theFragmentsForTheHomeAndGroupPagesShowWhatIsNextAndWhatIsOpen() throws Exception {
		// Sammenhængende grøn mobilitet: no other test makes meetings there, so what is
		// "next" is known
		Meeting meeting = fixtures.meeting("sammenhaengende-groen-mobilitet", "Mobilitetsmøde");
		AgendaItem item = fixtures.acceptedItem(meeting, "Pendlerruter");
		fixtures.decisions.record(item, "Vi kortlægger pendlerruterne.", LocalDate.now(), null, null);
		String login = "vejle.mobilitet";
		fixtures.decisions.addTask(item.group(), item.id(), null, "Tæl pendlere ved Lillebælt",
				new TaskOwner(fixtures.person(login), null), LocalDate.now(DanishTime.ZONE).minusDays(1));

		String group = mvc
			.perform(get("/groups/sammenhaengende-groen-mobilitet/meetings/overview").with(as(users, login)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(group).doesNotContain("<html")
			.contains("Næste møde", "Mobilitetsmøde", "Vi kortlægger pendlerruterne.", "Tæl pendlere ved Lillebælt",
					"Overskredet");

		String mine = mvc.perform(get("/meetings/upcoming").with(as(users, login)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(mine).doesNotContain("<html")
			.contains("Dine næste møder", "Mobilitetsmøde", "Tæl pendlere ved Lillebælt");
	}

	static String text(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

	static String recipient(MimeMessage mail) {
		try {
			return mail.getAllRecipients()[0].toString();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Waits for the invitations to one meeting with the given sequence, and returns them.
	 * Other tests in the same application context send mail to the same server, so mails
	 * are picked out by the meeting's UID.
	 */
	static List<MimeMessage> awaitInvitations(Meeting meeting, String sequence, int count) {
		String uid = "UID:meeting-" + meeting.id() + "@samspil";
		List<MimeMessage> found = TestMailServer.await(mail -> {
			String ics = mail.getContent() instanceof Multipart ? invitation(mail) : "";
			return ics.contains(uid) && ics.contains(sequence);
		}, count);
		assertThat(found).hasSize(count);
		return found;
	}

	private static String invitation(MimeMessage mail) throws Exception {
		Multipart parts = (Multipart) mail.getContent();
		for (int i = 0; i < parts.getCount(); i++) {
			if ("invitation.ics".equals(parts.getBodyPart(i).getFileName())) {
				return attachment(mail, "invitation.ics");
			}
		}
		return "";
	}

	static String attachment(MimeMessage mail, String filename) throws Exception {
		Multipart parts = (Multipart) mail.getContent();
		for (int i = 0; i < parts.getCount(); i++) {
			BodyPart part = parts.getBodyPart(i);
			if (filename.equals(part.getFileName())) {
				ByteArrayOutputStream out = new ByteArrayOutputStream();
				part.getDataHandler().writeTo(out);
				return out.toString(StandardCharsets.UTF_8);
			}
		}
		throw new AssertionError("no attachment " + filename + " in " + List.of(mail.getSubject()));
	}

}
