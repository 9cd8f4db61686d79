package dk.samspil.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import dk.samspil.SamspilTest;
import dk.samspil.api.ApiTokensTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A municipality's system reads a meeting as its members do once it is published: the
 * agenda when it has been sent, the minutes only when approved, never a draft.
 */
@SamspilTest
class MeetingApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	ApplicationContext context;

	@Test
	void theAgendaShowsOncePublishedAndTheMinutesOnceApproved() throws Exception {
		MeetingFixtures fixtures = new MeetingFixtures(context);
		String token = ApiTokensTest.issue(mvc, users, "Fredericia ESDH, møder", "0607");
		Meeting meeting = fixtures.meeting(MeetingFixtures.GROUP, "Møde om teknisk vand");
		AgendaItem item = fixtures.acceptedItem(meeting, "Genbrug af renset spildevand");
		read(meeting, token).andExpect(jsonPath("$.agenda").isEmpty());
		fixtures.agendas.publish(fixtures.reload(meeting), Instant.now());
		read(meeting, token).andExpect(jsonPath("$.agenda[0].title").value("Genbrug af renset spildevand"))
			.andExpect(jsonPath("$.agenda[0].discussion").doesNotExist());
		Meeting held = fixtures.held(meeting);
		fixtures.minutes.write(held, Map.of(item.id(), new String[] { "Drøftet grundigt.", "Vi undersøger det." }),
				null);
		long decision = fixtures.decisions.record(fixtures.items.find(item.id()).orElseThrow(),
				"Vi undersøger genbrug.", LocalDate.now(), null, null);
		read(meeting, token).andExpect(jsonPath("$.agenda[0].discussion").doesNotExist())
			.andExpect(jsonPath("$.minutesApprovedAt").doesNotExist());
		fixtures.minutes.sendForApproval(fixtures.reload(held));
		fixtures.minutes.approve(fixtures.reload(held), Instant.now());
		read(meeting, token).andExpect(jsonPath("$.agenda[0].discussion").value("Drøftet grundigt."))
			.andExpect(jsonPath("$.minutesApprovedAt").exists())
			.andExpect(jsonPath("$.decisions").value(hasItem((int) decision)));
		mvc.perform(get("/api/v1/decisions/" + decision).header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value("Genbrug af renset spildevand"))
			.andExpect(jsonPath("$.status").value("IN_FORCE"));
	}

	private ResultActions read(Meeting meeting, String token) throws Exception {
		return mvc.perform(get("/api/v1/meetings/" + meeting.id()).header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
			.andExpect(status().isOk());
	}

}
