package dk.samspil.goals;

import dk.samspil.accounts.ApplicationSecurity;
import dk.samspil.accounts.Role;
import dk.samspil.accounts.SignedIn;
import dk.samspil.web.PageSlice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The secretariat's form for a new goal, in a slice of the web layer: a form that Bean
 * Validation refuses is shown again with the reasons beside the fields, in the person's
 * language, and never reaches the desk; under the application's own security chain,
 * someone not signed in, a form without its token and someone not of the secretariat are
 * refused before anything is read. The desk and the goal page's panel are mocks only to
 * be verified untouched: nothing asserted here depends on what they would do. The pages'
 * lookups answer nothing, so the form offers no municipality rows, which no assertion
 * reads.
 */
@WebMvcTest(GoalController.class)
@PageSlice
class GoalFormSliceTest {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	GoalDesk desk;

	@MockitoBean
	FigurePanel panel;

	@MockitoBean
	GoalPages pages;

	@Autowired
	ApplicationContext context;

	@AfterEach
	void nothingWasDefined() {
		verifyNoInteractions(desk, panel);
		ApplicationSecurity.Untouched.verify(context);
	}

	@Test
	void aGoalWithoutATitleAndWithATargetYearOutOfRangeIsShownAgainWithTheReasonsInDanish() throws Exception {
		mvc.perform(post("/goals").with(user(SignedIn.as(Role.SECRETARIAT)))
			.with(csrf())
			.param("title", "")
			.param("unit", "ha")
			.param("baselineYear", "2020")
			.param("targetYear", "1800")
			.param("description", "Kvaelstof i oplandet til Vejle Fjord"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Skal udfyldes.")))
			.andExpect(content().string(containsString("Skriv et år mellem 1990 og 2100.")))
			.andExpect(content().string(containsString("Kvaelstof i oplandet til Vejle Fjord")))
			.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")));
	}

	@Test
	void theSameReasonsAreGivenInEnglishToThoseWhoChoseEnglish() throws Exception {
		mvc.perform(post("/goals").with(user(SignedIn.as(Role.SECRETARIAT)))
			.with(csrf())
			.param("lang", "en")
			.param("title", "")
			.param("unit", "ha")
			.param("baselineYear", "2020")
			.param("targetYear", "1800"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Required.")))
			.andExpect(content().string(containsString("Type a year between 1990 and 2100.")));
	}

	@Test
	void someoneNotSignedInIsSentToTheLoginPage() throws Exception {
		mvc.perform(post("/goals").with(csrf()).param("title", "Kvælstof"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
		verifyNoInteractions(pages);
	}

	@Test
	void aFormWithoutItsTokenIsRefused() throws Exception {
		mvc.perform(post("/goals").with(user(SignedIn.as(Role.SECRETARIAT))).param("title", ""))
			.andExpect(status().isForbidden());
		verifyNoInteractions(pages);
	}

	@Test
	void aMemberWhoIsNotOfTheSecretariatIsRefused() throws Exception {
		mvc.perform(post("/goals").with(user(SignedIn.as(Role.MEMBER)))
			.with(csrf())
			.param("title", "Kvælstof")
			.param("unit", "t")
			.param("baselineYear", "2020")
			.param("targetYear", "2030")).andExpect(status().isForbidden());
		verifyNoInteractions(pages);
	}

}
