package dk.samspil.meetings;

import java.util.List;

import dk.samspil.SamspilTest;
import dk.samspil.accounts.PersonId;
import dk.samspil.files.ArchivablePdf;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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
 * The chair records who attended with the minutes: the members present, those who sent
 * apologies, and guests; members read it on the minutes page and in the PDF.
 */
@SamspilTest
class AttendanceTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	ApplicationContext context;

	MeetingFixtures fixtures;

	Meeting meeting;

	AgendaItem item;

	String minutes;

	@BeforeEach
	void setUp() {
		fixtures = new MeetingFixtures(context);
		meeting = fixtures.meeting(MeetingFixtures.GROUP, "Møde om grundvand");
		item = fixtures.acceptedItem(meeting, "Grundvandsdannelse");
		fixtures.held(meeting);
		minutes = "/meetings/" + meeting.id() + "/minutes";
	}

	@Test
	void theMinutesListWhoWasPresentWhoSentApologiesAndTheGuests() throws Exception {
		PersonId chair = fixtures.person(MeetingFixtures.CHAIR);
		PersonId member = fixtures.person(MeetingFixtures.MEMBER);
		List<PersonId> others = fixtures.groups.membersOf(meeting.group())
			.keySet()
			.stream()
			.filter(p -> !p.equals(chair) && !p.equals(member))
			.toList();
		assertThat(others).as("the demo group has members beyond chair and member").isNotEmpty();
		Document form = page(MeetingFixtures.CHAIR);
		assertThat(form.select("input[name=present]")).hasSize(others.size() + 2);
		assertThat(form.select("label[for=present-" + chair.value() + "]").text()).endsWith(", Fredericia");

		mvc.perform(post(minutes).with(csrf())
			.with(as(users, MeetingFixtures.CHAIR))
			.param("attendance", "1")
			.param("present", String.valueOf(chair.value()), String.valueOf(member.value()))
			.param("guests", "Lene Dahl, TREFOR Vand")
			.param("discussion-" + item.id(), "Drøftet.")).andExpect(status().is3xxRedirection());

		Document read = page(MeetingFixtures.MEMBER);
		assertThat(read.select("#attendance").text()).contains("Til stede", name(chair), name(member))
			.contains("Afbud", name(others.get(0)))
			.contains("Øvrige deltagere", "Lene Dahl, TREFOR Vand");
		assertThat(page(MeetingFixtures.CHAIR).select("input[name=present][checked]")).hasSize(2);

		fixtures.minutes.sendForApproval(meeting);
		fixtures.minutes.approve(meeting, chair, java.time.Instant.now());
		byte[] pdf = mvc.perform(get(minutes + ".pdf").with(as(users, MeetingFixtures.MEMBER)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(ArchivablePdf.read(pdf).isArchivableAndAccessible("da").text()).contains("Deltagere")
			.contains("Til stede: " + name(chair) + ", Fredericia")
			.contains("Afbud:", name(others.get(0)))
			.contains("Øvrige deltagere: Lene Dahl, TREFOR Vand");
	}

	@Test
	void aPersonNotOnTheListIsRefusedNextToTheListAndWhatWasTypedAndTickedStays() throws Exception {
		PersonId outsider = fixtures.person(MeetingFixtures.OUTSIDER);
		PersonId chair = fixtures.person(MeetingFixtures.CHAIR);
		String html = mvc
			.perform(post(minutes).with(csrf())
				.with(as(users, MeetingFixtures.CHAIR))
				.param("attendance", "1")
				.param("present", String.valueOf(chair.value()), String.valueOf(outsider.value()))
				.param("discussion-" + item.id(), "Vigtig drøftelse, ikke gemt endnu"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document page = Jsoup.parse(html);
		assertThat(page.select("fieldset.has-error #present-error").text()).contains("Vælg blandt gruppens medlemmer");
		assertThat(page.select("input[name=present][checked]")).extracting(e -> e.attr("value"))
			.containsExactly(String.valueOf(chair.value()));
		assertThat(page.select("#discussion-" + item.id()).text()).isEqualTo("Vigtig drøftelse, ikke gemt endnu");
		assertThat(fixtures.meetings.attendance(meeting.id()).recorded()).isFalse();
	}

	@Test
	void minutesSavedWithNobodyTickedSayAttendanceWasNotRecorded() throws Exception {
		mvc.perform(post(minutes).with(csrf())
			.with(as(users, MeetingFixtures.CHAIR))
			.param("attendance", "1")
			.param("discussion-" + item.id(), "Drøftet.")).andExpect(status().is3xxRedirection());
		fixtures.minutes.sendForApproval(meeting);
		assertThat(page(MeetingFixtures.MEMBER).select("#attendance").text())
			.contains("Deltagerne er ikke registreret");
	}

	private Document page(String login) throws Exception {
		return Jsoup.parse(mvc.perform(get(minutes).with(as(users, login)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private String name(PersonId person) {
		return fixtures.accounts.findAll(List.of(person)).get(0).displayName();
	}

}
