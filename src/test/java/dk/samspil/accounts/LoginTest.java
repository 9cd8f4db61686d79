package dk.samspil.accounts;

import dk.samspil.SamspilTest;
import dk.samspil.Visitors;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.hamcrest.Matchers.containsString;

@SamspilTest
class LoginTest {

	static final String PASSWORD = "a long enough password";

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aDemoMemberSignsInAndOut() throws Exception {
		mvc.perform(formLogin().user(Visitors.MEMBER).password("samspil-demo"))
			.andExpect(authenticated().withUsername(Visitors.MEMBER))
			.andExpect(redirectedUrl("/"));
		mvc.perform(post("/logout").with(csrf()).with(Visitors.as(users, Visitors.MEMBER)))
			.andExpect(redirectedUrl("/?loggedOut"));
	}

	@Test
	void aWrongPasswordIsRefusedWithAMessage() throws Exception {
		mvc.perform(formLogin().user(Visitors.MEMBER).password("wrong"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"));
		mvc.perform(get("/login").param("error", ""))
			.andExpect(content().string(containsString("Forkert brugernavn eller adgangskode.")));
	}

	@Test
	void repeatedWrongPasswordsLockTheLoginEvenForTheRightPassword() throws Exception {
		register("guesser");
		for (int attempt = 1; attempt <= 5; attempt++) {
			mvc.perform(formLogin().user("guesser").password("guess " + attempt)).andExpect(unauthenticated());
		}
		mvc.perform(formLogin().user("guesser").password(PASSWORD))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?locked"));
		mvc.perform(get("/login").param("locked", "").param("lang", "en"))
			.andExpect(content().string(containsString("Too many failed attempts")));
	}

	@Test
	void aFewWrongPasswordsAreForgottenAfterASuccessfulLogin() throws Exception {
		register("forgetful");
		for (int round = 0; round < 3; round++) {
			for (int attempt = 1; attempt <= 4; attempt++) {
				mvc.perform(formLogin().user("forgetful").password("guess")).andExpect(unauthenticated());
			}
			mvc.perform(formLogin().user("forgetful").password(PASSWORD)).andExpect(authenticated());
		}
	}

	@Test
	void passwordsAreStoredHashed() {
		register("hashed");
		String stored = jdbc.sql("select password_hash from accounts_person where username = 'hashed'")
			.query(String.class)
			.single();
		assertThat(stored).startsWith("{bcrypt}$2").doesNotContain(PASSWORD);
	}

	@Test
	void aSignedInSessionIsKeptInPostgresql() throws Exception {
		var session = mvc.perform(formLogin().user(Visitors.CHAIR).password("samspil-demo"))
			.andExpect(authenticated())
			.andReturn()
			.getRequest()
			.getSession();
		assertThat(session).isNotNull();
		long rows = jdbc.sql("select count(*) from accounts_session where principal_name = ?")
			.param(Visitors.CHAIR)
			.query(Long.class)
			.single();
		assertThat(rows).isGreaterThan(0);
	}

	private void register(String username) {
		accounts.register(new PersonDetails(username, "Test " + username, username + "@test.example", null, null,
				Role.MEMBER), PASSWORD);
	}
}
