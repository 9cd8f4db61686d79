package dk.samspil.strategy;

import java.time.LocalDate;
import dk.samspil.time.DanishTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import dk.samspil.SamspilTest;
import dk.samspil.Visitors;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

@SamspilTest
class StrategyTimesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	ApplicationContext context;

	@Test
	void aDeadlineAt2359InCopenhagenShowsAs2359InBothLanguagesWinterAndSummer() throws Exception {
		StrategyFixtures f = new StrategyFixtures(context);
		ProcessId process = f.process("Tider");
		String vejle = f.person("0630", "Planlægger");
		TopicId a = f.topic(process, "Byen ved fjorden", "0630", vejle);
		TopicId b = f.topic(process, "Banen til Billund", "0630", vejle);
		RoundId winter = round(f, process, a, b, LocalDate.of(2027, 1, 15));
		RoundId summer = round(f, process, a, b, LocalDate.of(2027, 6, 15));

		mvc.perform(get("/strategy/rounds/" + winter.value()).with(Visitors.as(users, Visitors.MEMBER)))
			.andExpect(content().string(containsString("15. januar 2027 kl. 23.59")))
			.andExpect(content().string(not(containsString("kl. 22.59"))));
		mvc.perform(get("/strategy/rounds/" + summer.value()).with(Visitors.as(users, Visitors.MEMBER)))
			.andExpect(content().string(containsString("15. juni 2027 kl. 23.59")))
			.andExpect(content().string(not(containsString("kl. 21.59"))));
		mvc.perform(
				get("/strategy/rounds/" + winter.value()).with(Visitors.as(users, Visitors.MEMBER)).param("lang", "en"))
			.andExpect(content().string(containsString("15 January 2027 at 23.59")));
		mvc.perform(get("/strategy/" + process.value()).with(Visitors.as(users, Visitors.MEMBER)))
			.andExpect(content().string(containsString("15. januar 2027 kl. 23.59")))
			.andExpect(content().string(containsString("15. juni 2027 kl. 23.59")));
	}

	/**
	 * Ballots are taken until midnight of the deadline day in Copenhagen, as the round
	 * form sets it.
	 */
	private static RoundId round(StrategyFixtures f, ProcessId process, TopicId a, TopicId b, LocalDate day) {
		RoundId round = f.roundDesk.open(process,
				new RoundDesk.Opening("Runde " + day, Method.POINTS, Weighting.EQUAL,
						day.plusDays(1).atStartOfDay(DanishTime.ZONE).toInstant(), 0, List.of(a.value(), b.value())),
				f.id("sekretariat"));
		return round;
	}

}
