package dk.samspil.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import dk.samspil.SamspilTest;
import dk.samspil.Visitors;
import jakarta.servlet.http.Cookie;
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
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SamspilTest
@ExtendWith(OutputCaptureExtension.class)
class LoginTest {

	static final String PASSWORD = "a long enough password";

	// Addresses from the ranges kept for documentation.
	static final String ATTACKER = "203.0.113.7";

	static final String COLLEAGUE = "198.51.100.20";

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	LoginThrottle throttle;

	@Autowired
	Clock clock;

	@Autowired
	SessionTouches.Repository sessions;

	@Value("${samspil.accounts.lockout}")
	Duration lockout;

	/**
	 * The counts are shared by the whole test context: each test starts from none and
	 * leaves none.
	 */
	@BeforeEach
	@AfterEach
	void forgetFailures() {
		jdbc.sql("delete from accounts_login_failure").update();
	}

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
	void repeatedWrongPasswordsLockTheLoginFromThatAddressEvenForTheRightPassword() throws Exception {
		register("guesser");
		failFiveTimes("guesser", ATTACKER);
		signIn("guesser", PASSWORD, ATTACKER).andExpect(unauthenticated()).andExpect(redirectedUrl("/login?locked"));
		mvc.perform(get("/login").param("locked", ""))
			.andExpect(content().string(containsString(
					"For mange forkerte forsøg med dette brugernavn fra din netværksadresse. Prøv igen om 15")));
		mvc.perform(get("/login").param("locked", "").param("lang", "en"))
			.andExpect(content().string(containsString("Too many failed attempts with this username from your")));
	}

	@Test
	void thePersonSignsInFromAnotherAddressWhileTheAttackersAddressIsLockedForThem() throws Exception {
		register("target");
		failFiveTimes("target", ATTACKER);
		signIn("target", PASSWORD, COLLEAGUE).andExpect(authenticated().withUsername("target"));
		signIn("target", PASSWORD, ATTACKER).andExpect(unauthenticated()).andExpect(redirectedUrl("/login?locked"));
	}

	@Test
	void addressesInOneIpv6Slash64ShareTheirCountAndAnotherSlash64HasItsOwn() throws Exception {
		register("hopper");
		for (int attempt = 1; attempt <= 5; attempt++) {
			signIn("hopper", "guess " + attempt, "2001:db8:1:2::" + attempt).andExpect(redirectedUrl("/login?error"));
		}
		signIn("hopper", PASSWORD, "2001:DB8:1:2:FFFF::7%eth0").andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?locked"));
		signIn("hopper", PASSWORD, "2001:db8:1:3::7").andExpect(authenticated().withUsername("hopper"));
	}

	@Test
	void anIpv6Slash64WithManyFailuresIsRefusedForEveryUsernameAndAnotherSlash64IsNot() throws Exception {
		for (int attempt = 1; attempt <= 20; attempt++) {
			signIn("nobody." + attempt, "guess", "2001:db8:5:6::" + Integer.toHexString(attempt))
				.andExpect(redirectedUrl("/login?error"));
		}
		signIn(Visitors.MEMBER, "samspil-demo", "2001:db8:5:6:0:0:0:7").andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?tooMany"));
		signIn(Visitors.MEMBER, "samspil-demo", "2001:db8:5:7::7").andExpect(authenticated());
	}

	@Test
	void anIpv4MappedAddressCountsAsTheIpv4Address() throws Exception {
		register("mapped");
		failFiveTimes("mapped", ATTACKER);
		signIn("mapped", PASSWORD, "::ffff:" + ATTACKER).andExpect(redirectedUrl("/login?locked"));
	}

	@Test
	void aUsernameNobodyHasIsLockedJustTheSameSoTheLockTellsNothing(CapturedOutput log) throws Exception {
		failFiveTimes("nobody.here", ATTACKER);
		signIn("Nobody.Here", PASSWORD, ATTACKER).andExpect(redirectedUrl("/login?locked"));
		// What was typed may be a password in the wrong field: the log does not keep it.
		assertThat(log).contains("Login of a username nobody has from " + ATTACKER).doesNotContain("nobody.here");
	}

	@Test
	void aFewWrongPasswordsAreForgottenAfterASuccessfulLoginFromTheSameAddressOnly() throws Exception {
		register("forgetful");
		for (int round = 0; round < 3; round++) {
			for (int attempt = 1; attempt <= 4; attempt++) {
				signIn("forgetful", "guess", ATTACKER).andExpect(unauthenticated());
			}
			signIn("forgetful", PASSWORD, ATTACKER).andExpect(authenticated());
		}
		for (int attempt = 1; attempt <= 4; attempt++) {
			signIn("forgetful", "guess", COLLEAGUE).andExpect(unauthenticated());
		}
		signIn("forgetful", PASSWORD, ATTACKER).andExpect(authenticated());
		signIn("forgetful", "guess", COLLEAGUE).andExpect(redirectedUrl("/login?error"));
		signIn("forgetful", PASSWORD, COLLEAGUE).andExpect(redirectedUrl("/login?locked"));
	}

	@Test
	void manyFailuresFromManyAddressesLockTheUsernameForEveryone() throws Exception {
		register("popular");
		for (int address = 1; address <= 10; address++) {
			for (int attempt = 1; attempt <= (address < 10 ? 5 : 4); attempt++) {
				signIn("popular", "guess " + attempt, "192.0.2." + address).andExpect(unauthenticated());
			}
		}
		signIn("popular", PASSWORD, COLLEAGUE).andExpect(authenticated());
		signIn("popular", "guess 5", "192.0.2.10").andExpect(redirectedUrl("/login?error"));
		signIn("popular", PASSWORD, "198.51.100.99").andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?lockedEverywhere"));
		mvc.perform(get("/login").param("lockedEverywhere", ""))
			.andExpect(content().string(containsString("spærret for alle i op til 15 minutter")));
		mvc.perform(get("/login").param("lockedEverywhere", "").param("lang", "en"))
			.andExpect(content().string(containsString("it is locked for everyone for up to 15 minutes")));
	}

	@Test
	void anAddressWithManyFailuresIsRefusedForEveryUsernameWithoutCountingAgainstThem() throws Exception {
		for (int attempt = 1; attempt <= 19; attempt++) {
			signIn("nobody." + attempt, "guess", ATTACKER).andExpect(unauthenticated());
		}
		signIn(Visitors.MEMBER, "samspil-demo", ATTACKER).andExpect(authenticated());
		signIn("nobody.20", "guess", ATTACKER).andExpect(redirectedUrl("/login?error"));

		signIn(Visitors.CHAIR, "samspil-demo", ATTACKER).andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?tooMany"));
		for (int attempt = 1; attempt <= 51; attempt++) {
			signIn(Visitors.MEMBER, attempt == 51 ? "samspil-demo" : "guess", ATTACKER)
				.andExpect(redirectedUrl("/login?tooMany"));
		}
		signIn(Visitors.MEMBER, "samspil-demo", COLLEAGUE).andExpect(authenticated());
		signIn(Visitors.CHAIR, "samspil-demo", COLLEAGUE).andExpect(authenticated());
		mvc.perform(get("/login").param("tooMany", ""))
			.andExpect(content().string(containsString("For mange mislykkede forsøg på at logge ind fra dit netværk")));
		mvc.perform(get("/login").param("tooMany", "").param("lang", "en"))
			.andExpect(content().string(containsString("Too many failed sign-in attempts from your network")));
	}

	@Test
	void guessesSentAllAtOnceGetNoMoreThanTheLimitBetweenThem() throws Exception {
		register("rushed");
		var start = new CountDownLatch(1);
		var pool = Executors.newFixedThreadPool(20);
		try {
			List<Future<String>> outcomes = new ArrayList<>();
			for (int attempt = 1; attempt <= 20; attempt++) {
				String guess = "guess " + attempt;
				outcomes.add(pool.submit(() -> {
					start.await();
					return signIn("rushed", guess, ATTACKER).andReturn().getResponse().getRedirectedUrl();
				}));
			}
			start.countDown();
			List<String> redirects = new ArrayList<>();
			for (var outcome : outcomes) {
				redirects.add(outcome.get(1, TimeUnit.MINUTES));
			}
			assertThat(redirects).containsOnly("/login?error", "/login?locked");
			// Each attempt is counted before its password is checked, so no more than
			// five are checked between them
			// (possibly fewer, which errs on the safe side).
			assertThat(redirects).filteredOn("/login?error"::equals).hasSizeLessThanOrEqualTo(5);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void aLockLiftsOnceItsFailuresAreOlderThanTheLockout() throws Exception {
		register("patient");
		Instant first = clock.instant();
		failFiveTimes("patient", ATTACKER);
		Instant last = clock.instant();
		var again = new LoginAttempt("patient", ATTACKER);
		assertThat(throttle.admit(again, first.plus(lockout).minusSeconds(1))).contains(LoginThrottle.Refusal.LOCKED);
		assertThat(throttle.admit(again, last.plus(lockout).plusSeconds(1))).isEmpty();
	}

	@Test
	void failuresOlderThanTheLockoutAreDeleted() throws Exception {
		register("tidy");
		failFiveTimes("tidy", ATTACKER);
		assertThat(throttle.forgetOld(clock.instant())).isZero();
		signIn("tidy", PASSWORD, ATTACKER).andExpect(redirectedUrl("/login?locked"));
		assertThat(throttle.forgetOld(clock.instant().plus(lockout).plusSeconds(1))).isEqualTo(5);
		signIn("tidy", PASSWORD, ATTACKER).andExpect(authenticated());
	}

	@Test
	void aUsernameNoOneCouldHaveIsRefusedLikeAnyWrongOneAndFillsNoLog(CapturedOutput log) throws Exception {
		signIn("x\u0000y\n" + "z".repeat(10_000), "guess", ATTACKER).andExpect(redirectedUrl("/login?error"));
		assertThat(log).doesNotContain("invalid byte sequence");
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

	@Test
	void aPageViewWritesTheSessionsLastAccessAtMostOnceAMinute() throws Exception {
		Cookie session = mvc.perform(formLogin().user(Visitors.MEMBER).password("samspil-demo"))
			.andExpect(authenticated())
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		assertThat(session).isNotNull();
		long signedIn = lastAccess(Visitors.MEMBER);

		mvc.perform(get("/groups").cookie(session)).andExpect(status().isOk());
		assertThat(lastAccess(Visitors.MEMBER)).as("a minute has not passed").isEqualTo(signedIn);

		jdbc.sql("update accounts_session set last_access_time = last_access_time - 120000 where principal_name = ?")
			.param(Visitors.MEMBER)
			.update();
		mvc.perform(get("/groups").cookie(session)).andExpect(status().isOk());
		assertThat(lastAccess(Visitors.MEMBER)).as("two minutes later").isGreaterThan(signedIn - 120000);
	}

	@Test
	void twoRequestsOfOneSessionThatBothAddTheSameAttributeKeepTheLaterOne() {
		SessionTouches.Touched created = sessions.createSession();
		sessions.save(created);
		SessionTouches.Touched first = sessions.findById(created.getId());
		SessionTouches.Touched second = sessions.findById(created.getId());
		first.setAttribute("choice", "first");
		second.setAttribute("choice", "second");

		sessions.save(first);
		sessions.save(second);

		assertThat(sessions.findById(created.getId()).<String>getAttribute("choice")).isEqualTo("second");
		sessions.deleteById(created.getId());
	}

	private long lastAccess(String username) {
		return jdbc.sql("select max(last_access_time) from accounts_session where principal_name = ?")
			.param(username)
			.query(Long.class)
			.single();
	}

	private void failFiveTimes(String username, String address) throws Exception {
		for (int attempt = 1; attempt <= 5; attempt++) {
			signIn(username, "guess " + attempt, address).andExpect(redirectedUrl("/login?error"));
		}
	}

	private ResultActions signIn(String username, String password, String address) throws Exception {
		return mvc.perform(
				post("/login").param("username", username).param("password", password).with(csrf()).with(request -> {
					request.setRemoteAddr(address);
					return request;
				}));
	}

	private void register(String username) {
		accounts.register(
				new PersonDetails(username, "Test " + username, username + "@test.example", null, null, Role.MEMBER),
				PASSWORD);
	}

}
