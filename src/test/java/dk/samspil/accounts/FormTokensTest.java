package dk.samspil.accounts;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import dk.samspil.SamspilTest;
import dk.samspil.Visitors;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A page's form token is masked anew on every page (each thread draws the mask from its
 * own generator), every mask of the session's token is accepted, and anything else is
 * refused.
 */
@SamspilTest
class FormTokensTest {

	private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Test
	void everyPageMasksTheTokenAnewAndEveryMaskIsAccepted() throws Exception {
		Cookie session = signedIn();
		String first = token(session);
		String second = token(session);
		assertThat(first).isNotEqualTo(second);
		// A form the token lets through ends where no form is (404); a refused one at
		// 403.
		for (String token : new String[] { first, second }) {
			mvc.perform(post("/no-such-form").param("_csrf", token).cookie(session).with(as()))
				.andExpect(status().isNotFound());
		}
		mvc.perform(post("/logout").param("_csrf", second).cookie(session).with(as()))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void aTokenThatIsNoMaskOfTheSessionsIsRefused() throws Exception {
		Cookie session = signedIn();
		String token = token(session);
		String others = token(signedIn());
		for (String refused : new String[] { others, "", token.substring(1) }) {
			mvc.perform(post("/no-such-form").param("_csrf", refused).cookie(session).with(as()))
				.andExpect(status().isForbidden());
		}
		mvc.perform(post("/no-such-form").cookie(session).with(as())).andExpect(status().isForbidden());
		mvc.perform(post("/no-such-form").param("_csrf", token).cookie(session).with(as()))
			.andExpect(status().isNotFound());
	}

	/** A session of its own, whose cookie the next requests send. */
	private Cookie signedIn() throws Exception {
		Cookie session = mvc.perform(get("/groups").with(as())).andReturn().getResponse().getCookie("SESSION");
		assertThat(session).isNotNull();
		return session;
	}

	private String token(Cookie session) throws Exception {
		String page = mvc.perform(get("/groups").cookie(session).with(as()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher token = TOKEN.matcher(page);
		assertThat(token.find()).isTrue();
		return token.group(1);
	}

	private RequestPostProcessor as() {
		return Visitors.as(users, Visitors.MEMBER);
	}

}
