package dk.samspil.meetings;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import dk.samspil.SamspilTest;
import dk.samspil.files.ArchivablePdf;
import dk.samspil.region.MunicipalityCode;
import dk.samspil.time.DanishTime;
import dk.samspil.time.Written;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static dk.samspil.Visitors.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The agenda and the minutes as PDF files fit to publish and archive (PDF/A with embedded
 * fonts, tagged for screen readers), saying what a reader of them needs: who proposed
 * each item and its attachments; the decisions, tasks and the approval, with dates
 * written the Danish way.
 */
@SamspilTest
class MeetingPdfTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	ApplicationContext context;

	@Autowired
	Tasks tasks;

	MeetingFixtures fixtures;

	@BeforeEach
	void setUp() {
		fixtures = new MeetingFixtures(context);
	}

	@Test
	void theAgendaNamesWhoProposedEachItemAndListsItsAttachments() throws Exception {
		Meeting meeting = fixtures.meeting(MeetingFixtures.GROUP, "Møde om vandbalancen");
		byte[] report = "%PDF-1.4\n%a short report".getBytes(StandardCharsets.US_ASCII);
		long id = fixtures.agendas.propose(meeting, fixtures.person(MeetingFixtures.MEMBER), "Vandbalance i Vejle",
				"Tal for 2026.", List.of(), List.of(Attachment.of("vandbalance.pdf", report).orElseThrow()),
				java.time.Instant.now());
		fixtures.agendas.arrange(meeting, fixtures.items.find(id).orElseThrow(), "accept");

		ArchivablePdf pdf = ArchivablePdf.read(download("/meetings/" + meeting.id() + "/agenda.pdf"))
			.isArchivableAndAccessible("da");
		assertThat(pdf.title()).isEqualTo("Dagsorden: Møde om vandbalancen");
		assertThat(pdf.text()).contains("1. Vandbalance i Vejle", "Foreslået af", "Bilag", "vandbalance.pdf (")
			.contains(Written.in(Locale.forLanguageTag("da")).date(meeting.start()))
			.contains("1 / 1");
	}

	@Test
	void theMinutesGiveEachItemsDecisionsAndTasksAndWhenTheyWereApproved() throws Exception {
		Meeting meeting = fixtures.meeting(MeetingFixtures.GROUP, "Møde om slam");
		AgendaItem item = fixtures.acceptedItem(meeting, "Slam fra renseanlæggene");
		fixtures.held(meeting);
		String minutes = "/meetings/" + meeting.id() + "/minutes";
		mvc.perform(post(minutes).with(csrf())
			.with(as(users, MeetingFixtures.CHAIR))
			.param("discussion-" + item.id(), "Gruppen drøftede slammet.")
			.param("outcome-" + item.id(), "Slammet afbrændes.")).andExpect(status().is3xxRedirection());
		long decision = fixtures.decisions.record(item, "Slam afbrændes i Fredericia fra 2027.",
				LocalDate.now(DanishTime.ZONE), null, null);
		tasks.insert(meeting.group(), item.id(), decision, "Indhent tilbud på afbrænding",
				new TaskOwner(null, new MunicipalityCode("0607")), LocalDate.of(2027, 3, 1));
		mvc.perform(post(minutes + "/submit").with(csrf()).with(as(users, MeetingFixtures.CHAIR)))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post(minutes + "/approve").with(csrf()).with(as(users, MeetingFixtures.CHAIR)))
			.andExpect(status().is3xxRedirection());

		assertThat(fixtures.meetings.approver(meeting.id())).contains(fixtures.person(MeetingFixtures.CHAIR));
		ArchivablePdf pdf = ArchivablePdf.read(download(minutes + ".pdf")).isArchivableAndAccessible("da");
		assertThat(pdf.text()).contains("Referat: Møde om slam", "1. Slam fra renseanlæggene", "Slammet afbrændes.")
			.contains("Beslutninger", "Slam afbrændes i Fredericia fra 2027.")
			.contains("Opgaver", "Indhent tilbud på afbrænding", "Fredericia Kommune", "1. marts 2027")
			.contains("Godkendt " + Written.in(Locale.forLanguageTag("da")).date(LocalDate.now(DanishTime.ZONE)))
			.contains(" af "
					+ fixtures.accounts.findAll(List.of(fixtures.person(MeetingFixtures.CHAIR))).get(0).displayName())
			.doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
	}

	private byte[] download(String path) throws Exception {
		return mvc.perform(get(path).with(as(users, MeetingFixtures.MEMBER)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

}
