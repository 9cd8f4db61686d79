package dk.samspil.strategy;

import org.junit.jupiter.api.Test;

import dk.samspil.SamspilTest;
import dk.samspil.Visitors;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

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
			.param("consultationEnd", "2027-12-01")).andExpect(redirectedUrlPattern("/strategy/*"));
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

}
