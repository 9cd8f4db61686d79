package dk.samspil.strategy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.http.Cookie;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import dk.samspil.SamspilTest;
import dk.samspil.Visitors;
import dk.samspil.accounts.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SamspilTest
class RoundsTest {

	static final String VEJLE = "0630", KOLDING = "0621", BILLUND = "0530", VEJEN = "0575";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aCouncilSecretaryOrPlannerOfVejleCannotCastOrSeeKoldingsBallotBeforeTheClose() throws Exception {
		StrategyFixtures f = new StrategyFixtures(context);
		ProcessId process = f.process("Adgang");
		String vejle = f.person(VEJLE, "Planlægger");
		String vejleCouncil = f.person(VEJLE, "Byrådssekretær", Role.COUNCIL_SECRETARY);
		String kolding = f.person(KOLDING, "Planchef");
		TopicId a = f.topic(process, "Havnefronten", VEJLE, vejle);
		TopicId b = f.topic(process, "Fjordstien", VEJLE, vejle);
		RoundId round = f.round(process, Method.POINTS, Weighting.EQUAL, List.of(a, b),
				Map.of(VEJLE, List.of(vejle, vejleCouncil), KOLDING, List.of(kolding)));
		f.ballotDesk.cast(round, KOLDING, f.id(kolding), Choice.points(Map.of(a.value(), 70, b.value(), 30)), 0);

		String koldingBallot = "/strategy/rounds/" + round.value() + "/ballots/" + KOLDING;
		for (String who : List.of(vejle, vejleCouncil, Visitors.SECRETARIAT)) {
			mvc.perform(get(koldingBallot).with(Visitors.as(users, who))).andExpect(status().isForbidden());
			mvc.perform(post(koldingBallot).with(csrf())
				.with(Visitors.as(users, who))
				.param("points-" + a.value(), "0")
				.param("points-" + b.value(), "100")
				.param("basedOn", "1")).andExpect(status().isForbidden());
			mvc.perform(get("/strategy/rounds/" + round.value() + "/result.csv").with(Visitors.as(users, who)))
				.andExpect(status().isNotFound());
		}
		assertThat(f.ballots.find(round.value(), KOLDING).orElseThrow().choice().points()).containsEntry(a.value(), 70);
		mvc.perform(get("/strategy/rounds/" + round.value()).with(Visitors.as(users, vejle)))
			.andExpect(content().string(containsString("Ja, senest")))
			.andExpect(content().string(not(containsString("id=\"ballots\""))))
			.andExpect(content().string(not(containsString("Havnefronten 70"))));
		mvc.perform(get("/strategy/rounds/" + round.value()).with(Visitors.as(users, Visitors.SECRETARIAT)))
			.andExpect(content().string(not(containsString("Havnefronten 70"))))
			.andExpect(content().string(containsString("Indholdet vises, når runden er lukket.")));
	}

	@Test
	void pointsNotAddingUpARankingWithATopicTwiceAndABallotAfterTheDeadlineAreRefusedAndNothingIsSaved()
			throws Exception {
		StrategyFixtures f = new StrategyFixtures(context);
		ProcessId process = f.process("Forkert input");
		String vejle = f.person(VEJLE, "Planchef");
		TopicId a = f.topic(process, "Erhvervsvand", VEJLE, vejle);
		TopicId b = f.topic(process, "Bymidter", VEJLE, vejle);
		TopicId c = f.topic(process, "Kysten", VEJLE, vejle);
		RoundId points = f.round(process, Method.POINTS, Weighting.EQUAL, List.of(a, b, c),
				Map.of(VEJLE, List.of(vejle)));
		RoundId ranking = f.round(process, Method.RANKING, Weighting.EQUAL, List.of(a, b, c),
				Map.of(VEJLE, List.of(vejle)));

		mvc.perform(post("/strategy/rounds/" + points.value() + "/ballots/" + VEJLE).with(csrf())
			.with(Visitors.as(users, vejle))
			.param("points-" + a.value(), "50")
			.param("points-" + b.value(), "40")
			.param("basedOn", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Pointene skal give 100 i alt, ikke 90.")))
			.andExpect(content().string(containsString("value=\"40\"")));
		mvc.perform(post("/strategy/rounds/" + points.value() + "/ballots/" + VEJLE).with(csrf())
			.with(Visitors.as(users, vejle))
			.param("lang", "en")
			.param("points-" + a.value(), "mange")
			.param("points-" + b.value(), "100")
			.param("basedOn", "0"))
			.andExpect(content().string(containsString("id=\"points-" + a.value() + "-error\"")))
			.andExpect(content().string(containsString("Type a whole number of points from 0 to 100.")))
			.andExpect(content().string(containsString("value=\"mange\"")));
		mvc.perform(post("/strategy/rounds/" + ranking.value() + "/ballots/" + VEJLE).with(csrf())
			.with(Visitors.as(users, vejle))
			.param("rank-1", String.valueOf(b.value()))
			.param("rank-2", String.valueOf(b.value()))
			.param("basedOn", "0")).andExpect(content().string(containsString("Et emne kan kun stå på én plads.")));
		assertThat(f.ballots.ofRound(points.value())).isEmpty();
		assertThat(f.ballots.ofRound(ranking.value())).isEmpty();

		jdbc.sql("update strategy_round set deadline = now() - interval '1 minute' where id = ?")
			.param(points.value())
			.update();
		mvc.perform(post("/strategy/rounds/" + points.value() + "/ballots/" + VEJLE).with(csrf())
			.with(Visitors.as(users, vejle))
			.param("points-" + a.value(), "100")
			.param("basedOn", "0"))
			.andExpect(content().string(containsString("Fristen for runden er udløbet; stemmesedlen er ikke gemt.")));
		assertThat(f.ballots.ofRound(points.value())).isEmpty();
		assertThat(f.ballots.changes(points.value(), null)).isEmpty();

		mvc.perform(post("/strategy/" + process.value() + "/rounds").with(csrf())
			.with(Visitors.as(users, Visitors.SECRETARIAT))
			.param("title", "For få")
			.param("method", "RANKING")
			.param("weighting", "EQUAL")
			.param("topics", String.valueOf(a.value()))
			.param("deadline", "2099-01-01")
			.param("remindDays", "3"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("En runde skal have mindst to emner.")));
	}

	@Test
	void twoVotersOfOneMunicipalitySavingAtOnceOneWinsTheOtherIsToldAndNothingIsLost() throws Exception {
		StrategyFixtures f = new StrategyFixtures(context);
		ProcessId process = f.process("Samtidig");
		String first = f.person(VEJEN, "Planchef");
		String second = f.person(VEJEN, "Planlægger");
		TopicId a = f.topic(process, "Skovrejsning", VEJEN, first);
		TopicId b = f.topic(process, "Lavbundsjorde", VEJEN, first);
		RoundId round = f.round(process, Method.POINTS, Weighting.EQUAL, List.of(a, b),
				Map.of(VEJEN, List.of(first, second)));

		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<Future<Integer>> saves = new ArrayList<>();
		List<String> told = Collections.synchronizedList(new ArrayList<>());
		for (String voter : List.of(first, second)) {
			int toA = voter.equals(first) ? 80 : 20;
			saves.add(pool.submit(() -> {
				start.await();
				try {
					return f.ballotDesk.cast(round, VEJEN, f.id(voter),
							Choice.points(Map.of(a.value(), toA, b.value(), 100 - toA)), 0);
				}
				catch (BallotDesk.Outdated ex) {
					told.add(voter + " saw " + ex.newer().choice().encode());
					return 0;
				}
			}));
		}
		start.countDown();
		int won = 0;
		for (Future<Integer> save : saves) {
			won += save.get(30, TimeUnit.SECONDS) == 1 ? 1 : 0;
		}
		pool.shutdown();
		assertThat(won).isEqualTo(1);
		assertThat(told).hasSize(1);
		Ballots.Ballot saved = f.ballots.find(round.value(), VEJEN).orElseThrow();
		assertThat(told.get(0)).endsWith("saw " + saved.choice().encode());
		assertThat(f.ballots.changes(round.value(), VEJEN)).hasSize(1);

		// in the browser's terms: the second voter's form was based on no ballot; it
		// comes back with the newer one
		mvc.perform(post("/strategy/rounds/" + round.value() + "/ballots/" + VEJEN).with(csrf())
			.with(Visitors.as(users, second))
			.param("points-" + a.value(), "55")
			.param("points-" + b.value(), "45")
			.param("basedOn", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"ballot-outdated\"")))
			.andExpect(content().string(containsString("value=\"55\"")))
			.andExpect(content().string(containsString("name=\"basedOn\" value=\"1\"")));
		assertThat(f.ballots.find(round.value(), VEJEN).orElseThrow().version()).isEqualTo(1);
		mvc.perform(post("/strategy/rounds/" + round.value() + "/ballots/" + VEJEN).with(csrf())
			.with(Visitors.as(users, second))
			.param("points-" + a.value(), "55")
			.param("points-" + b.value(), "45")
			.param("basedOn", "1")).andExpect(redirectedUrl("/strategy/rounds/" + round.value() + "?saved=" + VEJEN));
		assertThat(f.ballots.changes(round.value(), VEJEN)).extracting(c -> c.after().encode())
			.containsExactly(saved.choice().encode(), a.value() + ":55," + b.value() + ":45");
	}

	@Test
	void weightingByPopulationChangesTheWinnerAndTheResultPageCsvAndPdfSaySo() throws Exception {
		StrategyFixtures f = new StrategyFixtures(context);
		ProcessId process = f.process("Vægtning");
		String vejle = f.person(VEJLE, "Planchef");
		String billund = f.person(BILLUND, "Planchef");
		String vejen = f.person(VEJEN, "Planchef");
		TopicId fjord = f.topic(process, "Vejle Fjord", VEJLE, vejle);
		TopicId land = f.topic(process, "Landdistrikter", BILLUND, billund);
		RoundId round = f.round(process, Method.POINTS, Weighting.EQUAL, List.of(fjord, land),
				Map.of(VEJLE, List.of(vejle), BILLUND, List.of(billund), VEJEN, List.of(vejen)));
		f.ballotDesk.cast(round, VEJLE, f.id(vejle), Choice.points(Map.of(fjord.value(), 100)), 0);
		f.ballotDesk.cast(round, BILLUND, f.id(billund), Choice.points(Map.of(land.value(), 100)), 0);
		f.ballotDesk.cast(round, VEJEN, f.id(vejen), Choice.points(Map.of(land.value(), 100)), 0);

		mvc.perform(post("/strategy/rounds/" + round.value() + "/close").with(csrf())
			.with(Visitors.as(users, Visitors.SECRETARIAT)))
			.andExpect(redirectedUrl("/strategy/rounds/" + round.value()));

		mvc.perform(get("/strategy/rounds/" + round.value()).with(Visitors.as(users, Visitors.MEMBER)))
			.andExpect(content().string(containsString("id=\"winner-differs\"")))
			.andExpect(content().string(containsString(
					"med én kommune, én stemme vinder &quot;Landdistrikter&quot;, vægtet efter indbyggertal vinder &quot;Vejle Fjord&quot;")))
			.andExpect(content().string(containsString("id=\"result-chart\"")))
			.andExpect(content().string(containsString("id=\"ballots\"")));
		mvc.perform(get("/strategy/rounds/" + round.value() + "/result.csv").with(Visitors.as(users, Visitors.MEMBER)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("text/csv")))
			.andExpect(content().string(containsString("\"Landdistrikter\";1;200;2;")));
		byte[] pdf = mvc
			.perform(get("/strategy/rounds/" + round.value() + "/result.pdf").with(Visitors.as(users, Visitors.MEMBER)))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");

		mvc.perform(post("/strategy/rounds/" + round.value() + "/reopen").with(csrf())
			.with(Visitors.as(users, Visitors.SECRETARIAT))
			.param("reason", " ")
			.param("deadline", "2099-01-01"))
			.andExpect(flash().attribute("refused",
					"Skriv en begrundelse for at genåbne runden; den gemmes sammen med runden."));
		assertThat(f.rounds.find(round.value()).orElseThrow().isClosed()).isTrue();
		mvc.perform(post("/strategy/rounds/" + round.value() + "/reopen").with(csrf())
			.with(Visitors.as(users, Visitors.SECRETARIAT))
			.param("reason", "Billund stemte på det forkerte emne")
			.param("deadline", "2099-01-01"));
		assertThat(f.rounds.find(round.value()).orElseThrow().isOpen()).isTrue();
		assertThat(f.rounds.events(round.value())).extracting(Rounds.Event::reason)
			.contains("Billund stemte på det forkerte emne");
	}

	@Test
	void aRoundOneMunicipalityVotedInSaysSoAndNamesItsCountInTheSentence() throws Exception {
		StrategyFixtures f = new StrategyFixtures(context);
		ProcessId process = f.process("Én stemme");
		String vejle = f.person(VEJLE, "Planchef");
		String billund = f.person(BILLUND, "Planchef");
		TopicId fjord = f.topic(process, "Vejle Fjord", VEJLE, vejle);
		TopicId land = f.topic(process, "Landdistrikter", BILLUND, billund);
		RoundId round = f.round(process, Method.POINTS, Weighting.EQUAL, List.of(fjord, land),
				Map.of(VEJLE, List.of(vejle), BILLUND, List.of(billund)));
		f.ballotDesk.cast(round, VEJLE, f.id(vejle), Choice.points(Map.of(fjord.value(), 100)), 0);
		mvc.perform(post("/strategy/rounds/" + round.value() + "/close").with(csrf())
			.with(Visitors.as(users, Visitors.SECRETARIAT)));

		assertThat(counted(round, "da"))
			.isEqualTo("1 kommune har stemt. Runden afgøres ved optællingen \"Én kommune, én stemme\"; "
					+ "begge optællinger står her.");
		assertThat(counted(round, "en"))
			.isEqualTo("1 municipality voted. The round is decided by the count \"One municipality, one vote\"; "
					+ "both counts are shown here.");
	}

	private String counted(RoundId round, String language) throws Exception {
		return Jsoup.parse(mvc
			.perform(get("/strategy/rounds/" + round.value()).param("lang", language)
				.with(Visitors.as(users, Visitors.MEMBER)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).select("#result-heading + p").text();
	}

	@Test
	void aBallotBasedOnAVersionThatWasNeverSavedIsRefusedWithItsReasonAndWhatWasTypedKept() throws Exception {
		StrategyFixtures f = new StrategyFixtures(context);
		ProcessId process = f.process("Ingen gemt");
		String vejle = f.person(VEJLE, "Planchef");
		TopicId a = f.topic(process, "Et", VEJLE, vejle);
		TopicId b = f.topic(process, "To", VEJLE, vejle);
		RoundId round = f.round(process, Method.POINTS, Weighting.EQUAL, List.of(a, b), Map.of(VEJLE, List.of(vejle)));
		String page = mvc
			.perform(post("/strategy/rounds/" + round.value() + "/ballots/" + VEJLE).with(csrf())
				.with(Visitors.as(users, vejle))
				.param("points-" + a.value(), "60")
				.param("points-" + b.value(), "40")
				.param("basedOn", "3"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		var shown = Jsoup.parse(page);
		assertThat(shown.select("#ballot-outdated").text())
			.startsWith("En anden stemmeberettiget har gemt kommunens stemmeseddel");
		assertThat(shown.select("#points-" + a.value()).val()).isEqualTo("60");
		assertThat(shown.select("input[name=basedOn]").val()).isEqualTo("0");
		assertThat(f.ballots.find(round.value(), VEJLE)).isEmpty();
	}

	@Test
	void aVoterNamedForAnotherMunicipalityIsRefusedOnTheVotersPageAndTheVotersStay() throws Exception {
		StrategyFixtures f = new StrategyFixtures(context);
		ProcessId process = f.process("Stemmeberettigede");
		String vejle = f.person(VEJLE, "Planchef");
		String kolding = f.person(KOLDING, "Planchef");
		TopicId a = f.topic(process, "Et", VEJLE, vejle);
		TopicId b = f.topic(process, "To", VEJLE, vejle);
		RoundId round = f.round(process, Method.RANKING, Weighting.EQUAL, List.of(a, b),
				Map.of(VEJLE, List.of(vejle), KOLDING, List.of(kolding)));
		String page = "/strategy/rounds/" + round.value() + "/voters";

		// the reason travels in the session, as it does for a browser after the redirect
		Cookie session = mvc
			.perform(post(page).with(csrf())
				.with(Visitors.as(users, Visitors.SECRETARIAT))
				.header("Referer", "http://localhost" + page)
				.param("voter", KOLDING + ":" + f.id(vejle).value()))
			.andExpect(redirectedUrl(page))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		String shown = mvc.perform(get(page).with(Visitors.as(users, Visitors.SECRETARIAT)).cookie(session))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(shown).select("[role=alert]").text())
			.isEqualTo("En person kan kun stemme for sin egen kommune.");
		assertThat(f.rounds.voters(round.value())).containsEntry(KOLDING, List.of(f.id(kolding)));

		// a value no box on the page sends has a reason of its own
		mvc.perform(post(page).with(csrf())
			.with(Visitors.as(users, Visitors.SECRETARIAT))
			.header("Referer", "http://localhost" + page)
			.param("voter", "Kolding:" + f.id(kolding).value()))
			.andExpect(redirectedUrl(page))
			.andExpect(flash().attribute("refused",
					"Valget af stemmeberettigede kom ikke rigtigt frem. Intet er ændret; vælg dem igen."));
		assertThat(f.rounds.voters(round.value())).containsEntry(KOLDING, List.of(f.id(kolding)))
			.containsEntry(VEJLE, List.of(f.id(vejle)));
	}

	@Test
	void remindersGoToTheVotersOfMunicipalitiesThatHaveNotVotedOnceADeadline() {
		StrategyFixtures f = new StrategyFixtures(context);
		ProcessId process = f.process("Påmindelser");
		String vejle = f.person(VEJLE, "Planchef");
		String kolding = f.person(KOLDING, "Planchef");
		TopicId a = f.topic(process, "Et", VEJLE, vejle);
		TopicId b = f.topic(process, "To", VEJLE, vejle);
		RoundId round = f.round(process, Method.RANKING, Weighting.EQUAL, List.of(a, b),
				Map.of(VEJLE, List.of(vejle), KOLDING, List.of(kolding)));
		f.ballotDesk.cast(round, VEJLE, f.id(vejle), Choice.ranking(List.of(b.value(), a.value())), 0);
		RoundReminders reminders = context.getBean(RoundReminders.class);
		Instant deadline = f.rounds.find(round.value()).orElseThrow().deadline();

		List<String> before = mails();
		reminders.send(deadline.minus(Duration.ofDays(5)));
		assertThat(mails()).isEqualTo(before);
		reminders.send(deadline.minus(Duration.ofDays(2)));
		reminders.send(deadline.minus(Duration.ofDays(1)));
		List<String> after = new ArrayList<>(mails());
		after.removeAll(before);
		assertThat(after).filteredOn(to -> to.startsWith(vejle) || to.startsWith(kolding))
			.containsExactly(kolding + "@test.example");
	}

	private List<String> mails() {
		return jdbc.sql("select recipient from notifications_mail where recipient like 'strategy.test.%' order by id")
			.query(String.class)
			.list();
	}

}
