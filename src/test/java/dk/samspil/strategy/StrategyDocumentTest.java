package dk.samspil.strategy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import dk.samspil.SamspilTest;
import dk.samspil.Visitors;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SamspilTest
class StrategyDocumentTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	ApplicationContext context;

	@Autowired
	StrategyDocuments documents;

	@Autowired
	StrategyDocumentDesk desk;

	@Autowired
	WorkDesk work;

	/**
	 * A process with two topics chosen; the names are unique, so each becomes a theme of
	 * its own.
	 */
	record Chosen(ProcessId process, TopicId water, TopicId coast) {
	}

	Chosen chosen(StrategyFixtures f) {
		ProcessId process = f.process("Dokument " + System.nanoTime());
		String vejle = f.person("0630", "Planlægger");
		TopicId water = f.topic(process, "Vand til industrien " + System.nanoTime(), "0630", vejle);
		TopicId coast = f.topic(process, "Lillebæltskysten " + System.nanoTime(), "0630", vejle);
		work.choose(water, f.id("sekretariat"));
		work.choose(coast, f.id("sekretariat"));
		return new Chosen(process, water, coast);
	}

	@Test
	void theSecretariatWritesSectionsPerChosenTopicAndMembersReadThemAsSafeHtml() throws Exception {
		StrategyFixtures f = new StrategyFixtures(context);
		Chosen c = chosen(f);
		String base = "/strategy/" + c.process().value() + "/document";

		mvc.perform(get(base + "/edit").with(Visitors.as(users, Visitors.SECRETARIAT)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"sections[1].topic\" value=\"" + c.water().value())))
			.andExpect(content().string(containsString("name=\"sections[2].topic\" value=\"" + c.coast().value())));

		mvc.perform(save(base, 0, "Første udgave", "Strategien for **hele** regionen <script>alert(1)</script>", c))
			.andExpect(redirectedUrl(base + "?saved=1"));

		mvc.perform(get(base).with(Visitors.as(users, Visitors.MEMBER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<strong>hele</strong>")))
			.andExpect(content().string(not(containsString("<script>alert(1)"))))
			.andExpect(content().string(containsString("id=\"emne-" + c.water().value() + "\"")))
			.andExpect(content().string(containsString("Udgave 1")))
			.andExpect(content().string(not(containsString("/document/edit"))));
		mvc.perform(get("/strategy/" + c.process().value()).with(Visitors.as(users, Visitors.MEMBER)))
			.andExpect(content().string(containsString("id=\"document-state\"")))
			.andExpect(content().string(containsString("Udgave 1")));
		mvc.perform(get(base + "/edit").with(Visitors.as(users, Visitors.MEMBER))).andExpect(status().isForbidden());
		mvc.perform(save(base, 1, "Anden", "Tekst", c).with(Visitors.as(users, Visitors.MEMBER)))
			.andExpect(status().isForbidden());
		assertThat(documents.latest(c.process()).orElseThrow().number()).isEqualTo(1);
	}

	@Test
	void aSaveOverAnOutdatedVersionIsRefusedShowingTheNewerTextAndKeepingWhatWasTyped() throws Exception {
		StrategyFixtures f = new StrategyFixtures(context);
		Chosen c = chosen(f);
		String base = "/strategy/" + c.process().value() + "/document";
		mvc.perform(save(base, 0, "Første", "Udkast", c)).andExpect(redirectedUrl(base + "?saved=1"));
		mvc.perform(save(base, 1, "Kollegaens", "Kollegaens nye indledning", c))
			.andExpect(redirectedUrl(base + "?saved=2"));

		mvc.perform(save(base, 1, "Min", "Min egen indledning", c))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"document-outdated\"")))
			.andExpect(content().string(containsString("blev gemt af " + secretariatName(f))))
			.andExpect(content().string(containsString("Kollegaens nye indledning")))
			.andExpect(content().string(containsString(">Min egen indledning</textarea>")))
			.andExpect(content().string(containsString("name=\"basedOn\" value=\"2\"")));
		DocumentVersion latest = documents.latest(c.process()).orElseThrow();
		assertThat(latest.number()).isEqualTo(2);
		assertThat(latest.sections().get(0).body()).isEqualTo("Kollegaens nye indledning");

		mvc.perform(save(base, 2, "Min", "Min egen indledning", c)).andExpect(redirectedUrl(base + "?saved=3"));
		mvc.perform(get(base + "/versions/2").with(Visitors.as(users, Visitors.MEMBER)))
			.andExpect(content().string(containsString("Kollegaens nye indledning")))
			.andExpect(content().string(containsString("id=\"document-older\"")));
	}

	private static String secretariatName(StrategyFixtures f) {
		return f.accounts.find(f.id(Visitors.SECRETARIAT)).orElseThrow().displayName();
	}

	@Test
	void twoSavesOnTheSameVersionAtOnceWriteOneVersionAndTellTheOther() throws Exception {
		StrategyFixtures f = new StrategyFixtures(context);
		Chosen c = chosen(f);
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<Future<Integer>> saves = new ArrayList<>();
		List<String> told = Collections.synchronizedList(new ArrayList<>());
		for (String text : List.of("Den ene", "Den anden")) {
			saves.add(pool.submit(() -> {
				start.await();
				try {
					return desk.save(c.process(), 0, null, List.of(new DocumentSection(null, "Indledning", text)),
							f.id("sekretariat"));
				}
				catch (StrategyDocumentDesk.Outdated ex) {
					told.add(ex.newer().sections().get(0).body());
					return 0;
				}
			}));
		}
		start.countDown();
		int written = 0;
		for (Future<Integer> save : saves) {
			written += save.get(30, TimeUnit.SECONDS);
		}
		pool.shutdown();
		assertThat(written).isEqualTo(1);
		assertThat(told).hasSize(1);
		assertThat(documents.history(c.process())).hasSize(1);
		assertThat(told.get(0)).isEqualTo(documents.latest(c.process()).orElseThrow().sections().get(0).body());
	}

	@Test
	void aSaveBasedOnAVersionThatWasNeverSavedIsRefusedWithItsReasonAndWhatWasTypedKept() throws Exception {
		StrategyFixtures f = new StrategyFixtures(context);
		Chosen c = chosen(f);
		String base = "/strategy/" + c.process().value() + "/document";
		var page = Jsoup.parse(mvc.perform(save(base, 4, "Første", "Indledningen jeg skrev", c))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.select("#document-outdated").text())
			.isEqualTo("En anden har gemt en ny udgave af strategien, mens du skrev. Intet er gemt.");
		assertThat(page.select("textarea").eachText()).contains("Indledningen jeg skrev");
		assertThat(page.select("input[name=basedOn]").val()).isEqualTo("0");
		assertThat(documents.latest(c.process())).isEmpty();
	}

	@Test
	void aSectionWithoutAHeadingIsShownAgainWithTheErrorNextToItAndNothingSaved() throws Exception {
		StrategyFixtures f = new StrategyFixtures(context);
		Chosen c = chosen(f);
		String base = "/strategy/" + c.process().value() + "/document";
		mvc.perform(save(base, 0, "Første", "Indledningen jeg skrev", c.water().value(), " ", c).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"heading-error-1\"")))
			.andExpect(content().string(containsString(">Indledningen jeg skrev</textarea>")));
		mvc.perform(save(base, 0, "Første", "Indledning", 999999999L, "Vand", c))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"document-refused\"")));
		mvc.perform(post(base).with(csrf())
			.with(Visitors.as(users, Visitors.SECRETARIAT))
			.param("basedOn", "abc")
			.param("sections[0].heading", "Indledning")
			.param("sections[0].body", "Det jeg skrev"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"form-damaged\"")))
			.andExpect(content().string(containsString(">Det jeg skrev</textarea>")));
		assertThat(documents.latest(c.process())).isEmpty();
	}

	@Test
	void aVisitorReadsThePublishedStrategyAndItsConsultationButNeverBallotsOrDraftVersions() throws Exception {
		StrategyFixtures f = new StrategyFixtures(context);
		Chosen c = chosen(f);
		String base = "/strategy/" + c.process().value() + "/document";
		String vejle = f.person("0630", "Planchef");
		RoundId round = f.round(c.process(), Method.POINTS, Weighting.EQUAL, List.of(c.water(), c.coast()),
				Map.of("0630", List.of(vejle)));
		f.ballotDesk.cast(round, "0630", f.id(vejle),
				Choice.points(Map.of(c.water().value(), 77, c.coast().value(), 23)), 0);
		mvc.perform(save(base, 0, "Til høring", "Den offentlige indledning", c))
			.andExpect(redirectedUrl(base + "?saved=1"));
		mvc.perform(get("/public/strategy/" + c.process().value())).andExpect(status().isNotFound());

		mvc.perform(post(base + "/versions/1/consultation").with(csrf())
			.with(Visitors.as(users, Visitors.SECRETARIAT))
			.param("startsOn", "2027-02-01")
			.param("endsOn", "2027-03-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Planloven § 24 kræver en høringsperiode på mindst 8 uger")));
		mvc.perform(post(base + "/versions/1/consultation").with(csrf())
			.with(Visitors.as(users, Visitors.SECRETARIAT))
			.param("startsOn", "2027-02-01")
			.param("endsOn", "2027-04-01")).andExpect(redirectedUrl(base + "?consulted"));
		long consultation = documents.published(c.process()).orElseThrow().consultation().value();
		mvc.perform(save(base, 1, "Internt", "Et internt udkast", c)).andExpect(redirectedUrl(base + "?saved=2"));

		mvc.perform(get("/public/strategy"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/public/strategy/" + c.process().value())));
		mvc.perform(get("/public/strategy/" + c.process().value()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Dokument ")))
			.andExpect(content().string(containsString("Den offentlige indledning")))
			.andExpect(content().string(containsString("/consultations/" + consultation)))
			.andExpect(content().string(not(containsString("Et internt udkast"))))
			.andExpect(content().string(not(containsString("/strategy/rounds/"))))
			.andExpect(content().string(not(containsString("Runde "))))
			.andExpect(content().string(not(containsString("stemme"))));
		mvc.perform(get("/consultations/" + consultation))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Den offentlige indledning")));
		for (String internal : List.of(base, base + "/versions/1", base + "/versions/2",
				"/strategy/rounds/" + round.value(), "/strategy/rounds/" + round.value() + "/ballots/0630",
				"/strategy/rounds/" + round.value() + "/result.csv", "/strategy/" + c.process().value())) {
			mvc.perform(get(internal)).andExpect(redirectedUrl("/login"));
		}
	}

	/**
	 * The secretariat saves the introduction's text and the two topic sections, based on
	 * the given version.
	 */
	private MockHttpServletRequestBuilder save(String base, int basedOn, String note, String introduction, Chosen c) {
		return save(base, basedOn, note, introduction, c.water().value(), "Vand", c);
	}

	private MockHttpServletRequestBuilder save(String base, int basedOn, String note, String introduction,
			long waterTopic, String waterHeading, Chosen c) {
		return post(base).with(csrf())
			.with(Visitors.as(users, Visitors.SECRETARIAT))
			.param("basedOn", String.valueOf(basedOn))
			.param("note", note)
			.param("sections[0].heading", "Indledning")
			.param("sections[0].body", introduction)
			.param("sections[1].topic", String.valueOf(waterTopic))
			.param("sections[1].heading", waterHeading)
			.param("sections[1].body", "Vand til PtX og industri.")
			.param("sections[2].topic", String.valueOf(c.coast().value()))
			.param("sections[2].heading", "Kysten")
			.param("sections[2].body", "Kystbeskyttelse langs Lillebælt.");
	}

}
