package dk.samspil.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import jakarta.servlet.http.Cookie;

import dk.samspil.SamspilTest;
import dk.samspil.Visitors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The secretariat sees a username locked for everyone, until when, and lifts the lock;
 * nobody else may.
 */
@SamspilTest
@ExtendWith(OutputCaptureExtension.class)
class LockForEveryoneTest {

	static final String PASSWORD = "a long enough password";

	static final String ELSEWHERE = "198.51.100.20";

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	UserDetailsService users;

	@Autowired
	LoginFailures failures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Value("${samspil.accounts.max-failed-logins-all-addresses}")
	int ceiling;

	@Value("${samspil.accounts.lockout}")
	Duration lockout;

	@BeforeEach
	@AfterEach
	void forgetFailures() {
		jdbc.sql("delete from accounts_login_failure").update();
	}

	@Test
	void thePeoplePagesShowALockForEveryoneAndWhenItEnds() throws Exception {
		long id = register("besieged").value();
		register("almost");
		Instant minute = clock.instant().truncatedTo(ChronoUnit.MINUTES);
		Instant oldest = minute.minus(Duration.ofMinutes(5)).plusSeconds(30);
		fail("besieged", ceiling, oldest);
		fail("almost", ceiling - 1, oldest);
		// The oldest of the failures leaves the count half a minute into a minute; the
		// pages name the minute after.
		Instant until = minute.minus(Duration.ofMinutes(5)).plus(lockout).plus(Duration.ofMinutes(1));

		mvc.perform(get("/people").with(Visitors.as(users, Visitors.SECRETARIAT)))
			.andExpect(content().string(allOf(containsString("Spærret for alle til " + danish(until)),
					containsString("aria-label=\"Ophæv spærringen af Test besieged\""),
					not(containsString("Ophæv spærringen af Test almost")))));
		mvc.perform(get("/people").param("lang", "en").with(Visitors.as(users, Visitors.SECRETARIAT)))
			.andExpect(content().string(allOf(containsString("Locked for everyone until " + english(until)),
					containsString("aria-label=\"Lift the lock on Test besieged\""))));
		mvc.perform(get("/people/{id}", id).with(Visitors.as(users, Visitors.SECRETARIAT)))
			.andExpect(content().string(allOf(containsString("Brugernavnet er spærret for alle til " + danish(until)),
					containsString("action=\"/people/" + id + "/unlock\""), containsString("name=\"_csrf\""))));
		mvc.perform(get("/people/{id}", accounts.findByUsername("almost").orElseThrow().value())
			.with(Visitors.as(users, Visitors.SECRETARIAT)))
			.andExpect(content().string(not(containsString("spærret for alle"))));
		// What the pages say is what the sign-in does.
		signIn("besieged").andExpect(redirectedUrl("/login?lockedEverywhere"));
		signIn("almost").andExpect(authenticated().withUsername("almost"));
	}

	@Test
	void liftingTheLockLetsThePersonSignInAtOnceAndIsLogged(CapturedOutput log) throws Exception {
		long id = register("kept.out").value();
		fail("kept.out", ceiling, clock.instant().minusSeconds(60));
		signIn("kept.out").andExpect(unauthenticated()).andExpect(redirectedUrl("/login?lockedEverywhere"));

		// The message waits in the session (kept in PostgreSQL) for the page the
		// secretariat is sent back to.
		Cookie session = mvc
			.perform(post("/people/{id}/unlock", id).with(csrf()).with(Visitors.as(users, Visitors.SECRETARIAT)))
			.andExpect(redirectedUrl("/people"))
			.andExpect(flash().attribute("done", "Spærringen af Test kept.out er ophævet."))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		mvc.perform(get("/people").cookie(session).with(Visitors.as(users, Visitors.SECRETARIAT)))
			.andExpect(content().string(allOf(containsString("Spærringen af Test kept.out er ophævet."),
					not(containsString("Ophæv spærringen af Test kept.out")))));
		assertThat(log).contains("Lock of kept.out lifted by " + Visitors.SECRETARIAT);

		signIn("kept.out").andExpect(authenticated().withUsername("kept.out"));
	}

	@Test
	void aMemberMayNotLiftALock() throws Exception {
		long id = register("still.out").value();
		fail("still.out", ceiling, clock.instant().minusSeconds(60));

		mvc.perform(post("/people/{id}/unlock", id).with(csrf()).with(Visitors.as(users, Visitors.MEMBER)))
			.andExpect(status().isForbidden());
		mvc.perform(post("/people/{id}/unlock", id)).andExpect(status().isForbidden());

		signIn("still.out").andExpect(redirectedUrl("/login?lockedEverywhere"));
	}

	/**
	 * Failures a second apart from ten addresses, the first at {@code first}, as the
	 * throttle stores them.
	 */
	private void fail(String username, int times, Instant first) {
		for (int i = 0; i < times; i++) {
			failures.add(new LoginAttempt(username, "192.0.2." + (i % 10 + 1)), first.plusSeconds(i));
		}
	}

	private ResultActions signIn(String username) throws Exception {
		return mvc.perform(
				post("/login").param("username", username).param("password", PASSWORD).with(csrf()).with(request -> {
					request.setRemoteAddr(ELSEWHERE);
					return request;
				}));
	}

	private PersonId register(String username) {
		return accounts.register(
				new PersonDetails(username, "Test " + username, username + "@test.example", null, null, Role.MEMBER),
				PASSWORD);
	}

	private static String danish(Instant at) {
		return format(at, "d. MMM yyyy 'kl.' HH.mm", Locale.forLanguageTag("da"));
	}

	private static String english(Instant at) {
		return format(at, "d MMM yyyy 'at' HH.mm", Locale.ENGLISH);
	}

	private static String format(Instant at, String pattern, Locale locale) {
		return DateTimeFormatter.ofPattern(pattern, locale).format(at.atZone(ZoneId.of("Europe/Copenhagen")));
	}

}
