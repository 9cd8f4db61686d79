package dk.samspil.strategy;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import dk.samspil.Race;
import dk.samspil.SamspilTest;
import dk.samspil.Visitors;
import dk.samspil.groups.GroupDirectory;
import dk.samspil.groups.GroupId;
import dk.samspil.groups.GroupKind;
import dk.samspil.groups.ThemeId;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SamspilTest
class TopicsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	ApplicationContext context;

	@Test
	void aMemberProposesForTheirMunicipalityOthersCommentAndEndorseAndTheSearchFindsBoth() throws Exception {
		StrategyFixtures f = new StrategyFixtures(context);
		ProcessId process = f.process("Emner i test");
		String vejle = f.person("0630", "Planlægger");
		String kolding = f.person("0621", "Planchef");

		String topic = mvc
			.perform(post("/strategy/" + process.value() + "/topics").with(csrf())
				.with(Visitors.as(users, vejle))
				.param("title", "Skybrudssikring langs Grejsdalen")
				.param("description",
						"Vi skal **sammen** sikre <script>alert(1)</script> dalen. [x](javascript:alert(1))")
				.param("onBehalf", "municipality:0630")
				.param("links", "Klimaplan | https://vejle.dk/klimaplan\n/decisions/12"))
			.andExpect(redirectedUrlPattern("/strategy/topics/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();

		mvc.perform(post(topic + "/comments").with(csrf())
			.with(Visitors.as(users, kolding))
			.param("body", "Kolding har samme udfordring ved Dalby Mølle"))
			.andExpect(redirectedUrlPattern(topic + "#comment-*"));
		mvc.perform(post(topic + "/endorsement").with(csrf()).with(Visitors.as(users, kolding)))
			.andExpect(redirectedUrlPattern(topic + "*"));
		mvc.perform(post(topic + "/endorsement").with(csrf()).with(Visitors.as(users, kolding)))
			.andExpect(flash().attribute("refused", "Din kommune bakker allerede op om emnet."));

		mvc.perform(get(topic).with(Visitors.as(users, Visitors.MEMBER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<strong>sammen</strong>")))
			.andExpect(content().string(not(containsString("<script>alert"))))
			.andExpect(content().string(not(containsString("href=\"javascript"))))
			.andExpect(content().string(containsString("href=\"https://vejle.dk/klimaplan\"")))
			.andExpect(content().string(containsString("Dalby Mølle")))
			.andExpect(content().string(containsString("på vegne af Vejle")))
			.andExpect(content().string(containsString("<li>Kolding</li>")));

		await().atMost(Duration.ofSeconds(15))
			.untilAsserted(() -> assertThat(search("Grejsdalen", Visitors.MEMBER))
				.contains("Skybrudssikring langs Grejsdalen", "Emne i planstrategien"));
		await().atMost(Duration.ofSeconds(15))
			.untilAsserted(() -> assertThat(search("Dalby", Visitors.MEMBER))
				.contains("Kommentar til et emne i planstrategien"));
		mvc.perform(get("/search").param("q", "Grejsdalen")).andExpect(status().is3xxRedirection());
	}

	@Test
	void aTopicWithManyCommentsShowsTheNewestPageAndALinkToACommentFindsItsPage() throws Exception {
		StrategyFixtures f = new StrategyFixtures(context);
		ProcessId process = f.process("Mange kommentarer");
		String vejle = f.person("0630", "Planlægger");
		TopicId topic = f.topic(process, "Et emne alle har en mening om", "0630", vejle);
		for (int i = 1; i <= 250; i++) {
			f.topicDesk.comment(topic, f.id(vejle), "Mening nummer " + i + ".");
		}
		String url = "/strategy/topics/" + topic.value();
		String newest = mvc.perform(get(url).with(Visitors.as(users, Visitors.MEMBER)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(newest)
			.contains("Mening nummer 201.", "Mening nummer 250.", "Kommentar 201–250 af 250",
					"href=\"" + url + "?page=2#comments-heading\"", "Side 3 af 3")
			.doesNotContain("Mening nummer 200.", "Nyere kommentarer");
		assertThat(newest.split("Mening nummer ", -1)).hasSize(51);
		String oldest = mvc.perform(get(url).param("page", "0").with(Visitors.as(users, Visitors.MEMBER)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(oldest).contains("Mening nummer 1.", "Mening nummer 100.").doesNotContain("Mening nummer 101.");
		mvc.perform(get(url).param("page", "99999").with(Visitors.as(users, Visitors.MEMBER)))
			.andExpect(content().string(containsString("Mening nummer 250.")));
		mvc.perform(get(url).param("page", "nyeste").with(Visitors.as(users, Visitors.MEMBER)))
			.andExpect(content().string(containsString("Mening nummer 250.")));

		long fifth = f.topics.comments(topic.value()).get(4).id();
		mvc.perform(get("/strategy/comments/" + fifth).with(Visitors.as(users, Visitors.MEMBER)))
			.andExpect(redirectedUrl(url + "?page=1#comment-" + fifth));
	}

	@Test
	void theSameCommentSentTwiceAtOnceIsWrittenOnce() throws Exception {
		StrategyFixtures f = new StrategyFixtures(context);
		ProcessId process = f.process("Dobbeltklik");
		String vejle = f.person("0630", "Planlægger");
		TopicId topic = f.topic(process, "Et emne med et dobbeltklik", "0630", vejle);
		var outcomes = Race.twoAtOnce(() -> comment(topic, vejle, "Enig, og det haster."),
				() -> comment(topic, vejle, "Enig, og det haster."));
		assertThat(outcomes).allMatch(Race.Outcome::succeeded);
		assertThat(outcomes).extracting(Race.Outcome::value).containsOnly(outcomes.get(0).value());
		assertThat(f.topics.comments(topic.value())).hasSize(1);
		// said again later, after someone else, it is a comment of its own
		comment(topic, Visitors.MEMBER, "Hvorfor haster det?");
		comment(topic, vejle, "Enig, og det haster.");
		assertThat(f.topics.comments(topic.value())).hasSize(3);
	}

	private String comment(TopicId topic, String who, String body) throws Exception {
		return mvc
			.perform(post("/strategy/topics/" + topic.value() + "/comments").with(csrf())
				.with(Visitors.as(users, who))
				.param("body", body))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
	}

	@Test
	void nobodyProposesForAnotherMunicipalityOrWithALinkThatRunsScript() throws Exception {
		StrategyFixtures f = new StrategyFixtures(context);
		ProcessId process = f.process("Forkerte forslag");
		String vejle = f.person("0630", "Planlægger");
		mvc.perform(post("/strategy/" + process.value() + "/topics").with(csrf())
			.with(Visitors.as(users, vejle))
			.param("title", "Kolding vil gerne")
			.param("onBehalf", "municipality:0621")
			.param("themes", "abc")
			.param("links", "Se her | javascript:alert(1)"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"onBehalf-error\"")))
			.andExpect(content().string(containsString("id=\"links-error\"")))
			.andExpect(content().string(containsString("Vælg blandt de temaer")))
			.andExpect(content().string(containsString("value=\"Kolding vil gerne\"")));
		assertThat(f.topics.ofProcess(process)).isEmpty();
	}

	@Test
	void aMergeMovesProposersCommentsAndEndorsementsAndTheMergedTopicSaysWhereItWent() throws Exception {
		StrategyFixtures f = new StrategyFixtures(context);
		ProcessId process = f.process("Sammenlægning");
		String vejle = f.person("0630", "Planlægger");
		String billund = f.person("0530", "Planlægger");
		TopicId survivor = f.topic(process, "Grøn mobilitet på tværs", "0630", vejle);
		TopicId duplicate = f.topic(process, "Sammenhængende busser", "0530", billund);
		f.topicDesk.comment(duplicate, f.id(vejle), "Husk FynBus");
		f.topicDesk.endorse(duplicate, f.id(billund));
		f.topicDesk.endorse(duplicate, f.id(vejle));
		f.topicDesk.endorse(survivor, f.id(vejle));

		mvc.perform(post("/strategy/topics/" + duplicate.value() + "/merge").with(csrf())
			.with(Visitors.as(users, Visitors.SECRETARIAT))
			.param("into", String.valueOf(survivor.value()))).andExpect(redirectedUrlPattern("/strategy/topics/*"));

		assertThat(f.topics.proposers(survivor.value())).hasSize(2);
		assertThat(f.topics.comments(survivor.value())).extracting(Topic.Comment::body).containsExactly("Husk FynBus");
		assertThat(f.topics.endorsements(survivor.value())).extracting(Topic.Endorsement::municipality)
			.containsExactlyInAnyOrder("0630", "0530");
		mvc.perform(get("/strategy/topics/" + duplicate.value()).with(Visitors.as(users, Visitors.MEMBER)))
			.andExpect(content().string(containsString("id=\"merged-note\"")))
			.andExpect(content().string(containsString("href=\"/strategy/topics/" + survivor.value() + "\"")));
		mvc.perform(post("/strategy/topics/" + duplicate.value() + "/comments").with(csrf())
			.with(Visitors.as(users, billund))
			.param("body", "For sent")).andExpect(flash().attributeExists("refused"));

		mvc.perform(post("/strategy/topics/" + survivor.value() + "/retire").with(csrf())
			.with(Visitors.as(users, Visitors.MEMBER))).andExpect(status().isForbidden());
	}

	@Test
	void aHandOverToAClosedGroupWithADueDatePastIsRefusedBesideBothFieldsAndNothingIsHandedOver() throws Exception {
		StrategyFixtures f = new StrategyFixtures(context);
		ProcessId process = f.process("Overdragelse " + System.nanoTime());
		String vejle = f.person("0630", "Planlægger");
		TopicId topic = f.topic(process, "Klimatilpasning " + System.nanoTime(), "0630", vejle);
		ThemeId theme = context.getBean(WorkDesk.class).choose(topic, f.id("sekretariat"));
		for (String page : List.of("/strategy/topics/" + topic.value(), "/strategy/" + process.value())) {
			mvc.perform(get(page).with(Visitors.as(users, Visitors.SECRETARIAT)))
				.andExpect(content().string(containsString("href=\"/themes/" + theme.value() + "\"")));
		}
		GroupId closed = context.getBean(GroupDirectory.class)
			.start("Lukket gruppe " + System.nanoTime(), GroupKind.WORKING, "Færdig");
		context.getBean(JdbcClient.class)
			.sql("update groups_group set closed_at = now() where id = ?")
			.param(closed.value())
			.update();

		mvc.perform(post("/strategy/topics/" + topic.value() + "/handover").with(csrf())
			.with(Visitors.as(users, Visitors.SECRETARIAT))
			.param("group", String.valueOf(closed.value()))
			.param("owner", String.valueOf(f.id(vejle).value()))
			.param("dueOn", "2001-01-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"group-error\"")))
			.andExpect(content().string(containsString("Gruppen er lukket")))
			.andExpect(content().string(containsString("id=\"dueOn-error\"")))
			.andExpect(content().string(containsString("value=\"2001-01-01\"")));
		assertThat(context.getBean(Work.class).handoversOf(topic.value())).isEmpty();
	}

	private String search(String q, String who) throws Exception {
		return mvc.perform(get("/search").param("q", q).with(Visitors.as(users, who)))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
