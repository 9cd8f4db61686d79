package dk.samspil.strategy;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import dk.samspil.Race;
import dk.samspil.SamspilTest;
import dk.samspil.Visitors;
import dk.samspil.accounts.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SamspilTest
class StrategyProcessPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	ApplicationContext context;

	@Autowired
	Processes processes;

	@Test
	void aPlanThatPublishesTooLateIsWarnedAboutNamingTheParagraph() throws Exception {
		String location = mvc
			.perform(post("/strategy").with(csrf())
				.with(Visitors.as(users, Visitors.SECRETARIAT))
				.param("name", "Planstrategi sent")
				.param("termStarts", "2026")
				.param("consultationStart", "2028-02-01")
				.param("consultationEnd", "2028-04-01"))
			.andExpect(redirectedUrlPattern("/strategy/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();

		mvc.perform(get(location).with(Visitors.as(users, Visitors.MEMBER)))
			.andExpect(content().string(containsString("id=\"deadline-warning\"")))
			.andExpect(content().string(containsString("§ 23 a")))
			.andExpect(content().string(containsString("31. december 2027")));

		mvc.perform(post(location).with(csrf())
			.with(Visitors.as(users, Visitors.SECRETARIAT))
			.param("name", "Planstrategi i tide")
			.param("termStarts", "2026")
			.param("consultationStart", "2027-10-01")
			.param("consultationEnd", "2027-12-01")
			.param("version", "1")).andExpect(redirectedUrlPattern("/strategy/*"));
		mvc.perform(get(location).with(Visitors.as(users, Visitors.MEMBER)).param("lang", "en"))
			.andExpect(content().string(not(containsString("deadline-warning"))))
			.andExpect(content().string(containsString("within the deadline of Planning Act § 23 a")));
	}

	@Test
	void datesThatCannotBeAndAPhaseEndingBeforeItStartsAreRefusedNextToTheField() throws Exception {
		mvc.perform(post("/strategy").with(csrf())
			.with(Visitors.as(users, Visitors.SECRETARIAT))
			.param("name", "Planstrategi <b>x</b>")
			.param("termStarts", "tyve-seksogtyve")
			.param("discussionStart", "2027-02-30")
			.param("draftingStart", "2027-05-01")
			.param("draftingEnd", "2027-04-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"termStarts-error\"")))
			.andExpect(content().string(containsString("id=\"discussionStart-error\"")))
			.andExpect(content().string(containsString("id=\"draftingEnd-error\"")))
			.andExpect(content().string(containsString("En fase kan ikke slutte, før den begynder.")))
			.andExpect(content().string(containsString("value=\"Planstrategi &lt;b&gt;x&lt;/b&gt;\"")));
	}

	@Test
	void aMemberMayReadButNotSetUpAProcess() throws Exception {
		mvc.perform(get("/strategy").with(Visitors.as(users, Visitors.MEMBER))).andExpect(status().isOk());
		mvc.perform(post("/strategy").with(csrf())
			.with(Visitors.as(users, Visitors.MEMBER))
			.param("name", "Min egen")
			.param("termStarts", "2026")).andExpect(status().isForbidden());
	}

	@Test
	void twoSecretariesSavingOneProcessAtOnceLeaveOneSaveAndShowTheOtherWhatChanged() throws Exception {
		StrategyFixtures f = new StrategyFixtures(context);
		ProcessId process = f.process("Samtidig " + System.nanoTime());
		String colleague = f.person("0630", "Sekretær", Role.SECRETARIAT);
		List<Race.Outcome<MvcResult>> outcomes = Race.twoAtOnce(
				() -> mvc.perform(save(process, Visitors.SECRETARIAT, "Planstrategi fra kontoret", "2027-10-01", "1"))
					.andReturn(),
				() -> mvc.perform(save(process, colleague, "Planstrategi fra udvalget", "2027-09-01", "1"))
					.andReturn());

		assertThat(outcomes).allMatch(Race.Outcome::succeeded);
		assertThat(outcomes).extracting(o -> o.value().getResponse().getStatus()).containsExactlyInAnyOrder(302, 200);
		StrategyProcess stored = processes.find(process.value()).orElseThrow();
		assertThat(stored.version()).isEqualTo(2);
		String refusedPage = outcomes.stream()
			.map(Race.Outcome::value)
			.filter(result -> result.getResponse().getStatus() == 200)
			.findFirst()
			.orElseThrow()
			.getResponse()
			.getContentAsString();
		String lost = stored.name().equals("Planstrategi fra kontoret") ? "Planstrategi fra udvalget"
				: "Planstrategi fra kontoret";
		assertThat(refusedPage).contains("ændret af en anden", stored.name(), "value=\"" + lost + "\"",
				"name=\"version\" value=\"2\"");
	}

	@Test
	void aSaveOnAnOutdatedFormKeepsWhatWasTypedAndShowsTheColleaguesChange() throws Exception {
		StrategyFixtures f = new StrategyFixtures(context);
		ProcessId process = f.process("Forsinket " + System.nanoTime());
		mvc.perform(save(process, Visitors.SECRETARIAT, "Planstrategi med høring i september", "2027-09-01", "1"))
			.andExpect(redirectedUrlPattern("/strategy/*"));

		String page = mvc.perform(save(process, Visitors.SECRETARIAT, "Min planstrategi", "2027-10-15", "1"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"process-changed\"", "Processen er ændret af en anden",
				"Planstrategi med høring i september", "1. september 2027", "value=\"Min planstrategi\"",
				"value=\"2027-10-15\"", "name=\"version\" value=\"2\"");
		StrategyProcess stored = processes.find(process.value()).orElseThrow();
		assertThat(stored.name()).isEqualTo("Planstrategi med høring i september");
		assertThat(stored.phases().get(Phase.CONSULTATION).startsOn()).isEqualTo(LocalDate.of(2027, 9, 1));

		// saved again from the page, over the change it was shown
		mvc.perform(save(process, Visitors.SECRETARIAT, "Min planstrategi", "2027-10-15", "2"))
			.andExpect(redirectedUrlPattern("/strategy/*"));
		assertThat(processes.find(process.value()).orElseThrow().name()).isEqualTo("Min planstrategi");
		mvc.perform(get("/strategy/" + process.value() + "/edit").with(Visitors.as(users, Visitors.SECRETARIAT)))
			.andExpect(content().string(containsString("name=\"version\" value=\"3\"")));
	}

	@Test
	void aSaveFromAFormThatNamesNoVersionKeepsWhatWasTypedAndBlamesNoColleague() throws Exception {
		StrategyFixtures f = new StrategyFixtures(context);
		ProcessId process = f.process("Uden version " + System.nanoTime());
		String page = mvc
			.perform(post("/strategy/" + process.value()).with(csrf())
				.with(Visitors.as(users, Visitors.SECRETARIAT))
				.param("name", "Skrevet i en gammel formular")
				.param("termStarts", "2026"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page)
			.contains("formularen blev åbnet i en ældre udgave af siden", "value=\"Skrevet i en gammel formular\"",
					"name=\"version\" value=\"1\"")
			.doesNotContain("ændret af en anden", "Se felterne markeret nedenfor");
		assertThat(processes.find(process.value()).orElseThrow().name()).startsWith("Uden version");

		// a version that is no number: the form did not come back intact
		String damaged = mvc.perform(save(process, Visitors.SECRETARIAT, "Skrevet i en gammel formular", "", "abc"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(damaged).contains("id=\"form-damaged\"", "value=\"Skrevet i en gammel formular\"");
		assertThat(processes.find(process.value()).orElseThrow().name()).startsWith("Uden version");
	}

	private MockHttpServletRequestBuilder save(ProcessId process, String who, String name, String consultationStart,
			String version) {
		return post("/strategy/" + process.value()).with(csrf())
			.with(Visitors.as(users, who))
			.param("name", name)
			.param("termStarts", "2026")
			.param("consultationStart", consultationStart)
			.param("consultationEnd", "2027-12-01")
			.param("version", version);
	}

}
