package dk.samspil.consultations;

import java.time.Duration;
import java.time.LocalDate;

import dk.samspil.SamspilTest;
import dk.samspil.Visitors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The end of a consultation is announced once, and the plan whose version it was notes it
 * in its audit log.
 */
@SamspilTest
class ConsultationClosedTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	ConsultationCloser closer;

	@Test
	void theEndOfAConsultationReachesThePlansAuditLog() throws Exception {
		String plan = mvc
			.perform(post("/plans").with(csrf())
				.with(Visitors.as(users, Visitors.SECRETARIAT))
				.param("title", "Lukket plan")
				.param("text", "# Vision\nTekst."))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		LocalDate start = LocalDate.now().minusWeeks(10);
		mvc.perform(post(plan + "/versions/1/consultation").with(csrf())
			.with(Visitors.as(users, Visitors.SECRETARIAT))
			.param("startsOn", start.toString())
			.param("endsOn", start.plusWeeks(8).toString()));
		assertThat(closer.closeEnded(LocalDate.now())).isPositive();
		assertThat(closer.closeEnded(LocalDate.now())).isZero();
		Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.untilAsserted(
					() -> assertThat(mvc.perform(get(plan + "/audit").with(Visitors.as(users, Visitors.SECRETARIAT)))
						.andReturn()
						.getResponse()
						.getContentAsString()).contains("Høring afsluttet").contains("version 1 · ingen svar"));
	}

}
