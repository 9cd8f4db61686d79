package dk.samspil.accounts;

import java.util.List;
import java.util.Map;

import dk.samspil.Visitors;
import oidc.TestProvider;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in with a municipality's own provider, over real HTTP from the button on the login
 * page through the provider's login, the code exchange and the ID token's checks to a
 * session, and every way it must end without one.
 */
class ProviderSignInTest extends WithProvider {

	static final String DEMO_PASSWORD = "samspil-demo";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PeopleDesk desk;

	@Autowired
	Accounts accounts;

	final String provider = TestProvider.shared().issuer();

	final UserAgent agent = new UserAgent(provider);

	@Test
	void theLoginPageOffersEachMunicipalitysProviderBesideThePasswordForm() {
		var page = agent.get(samspil() + "/login");
		assertThat(page.document().select(".sign-in-providers a").eachText())
			.containsExactly("Log ind med Fredericia Kommune", "Log ind med Kolding Kommune");
		assertThat(page.document().select("form input[name=password]")).hasSize(1);
		assertThat(agent.get(samspil() + "/login?lang=en").document().select(".sign-in-providers a").eachText())
			.containsExactly("Sign in with Fredericia Kommune", "Sign in with Kolding Kommune");
	}

	@Test
	void aPersonSignsInFirstByTheirVerifiedAddressAndLaterByTheirSubject() {
		var home = signIn("kolding.klima");
		assertThat(home.url()).isEqualTo(samspil() + "/");
		var account = agent.get(samspil() + "/account");
		assertThat(account.text()).contains("kolding.klima", "Du logger ind med din kommunes eget log-ind");
		assertThat(account.document().select("form[action$=/account/password]")).isEmpty();
		assertThat(subjectOf("kolding.klima")).isEqualTo(TestProvider.ACCOUNTS.get("kolding.klima").subject());

		// The secretariat changes the address; the provider's subject still finds them.
		jdbc.sql("update accounts_person set email = 'ny.adresse@kolding.example' where username = 'kolding.klima'")
			.update();
		var later = new UserAgent(provider);
		later.follow(samspil() + "/oauth2/authorization/kolding", "kolding.klima");
		assertThat(later.get(samspil() + "/account").text()).contains("kolding.klima");
	}

	@Test
	void entraIdsVerifiedDomainVouchesForTheAddressAtTheFirstSignIn() {
		assertThat(signIn("kolding.entra").url()).isEqualTo(samspil() + "/");
		assertThat(agent.get(samspil() + "/account").text()).contains("kolding.planchef");
		assertThat(subjectOf("kolding.planchef")).isEqualTo(TestProvider.ACCOUNTS.get("kolding.entra").subject());
	}

	@Test
	void someoneSamspilDoesNotKnowIsToldToAskTheSecretariat() {
		var page = signIn("kolding.stranger");
		assertThat(page.url()).isEqualTo(samspil() + "/login?unknown=kolding");
		assertThat(page.text()).contains("Du er ikke oprettet i Samspil med den konto, du loggede ind med. "
				+ "Bed sekretariatet om at oprette dig med din arbejdsmailadresse");
		assertNotSignedIn();
	}

	@Test
	void anAddressTheProviderHasNotVerifiedFindsNobody() {
		assertThat(signIn("kolding.unverified").url()).isEqualTo(samspil() + "/login?unknown=kolding");
		assertNotSignedIn();
	}

	@Test
	void aMunicipalitysProviderVouchesOnlyForThatMunicipalitysPeople() {
		assertThat(signIn("vejle.klima").url()).isEqualTo(samspil() + "/login?unknown=kolding");
		assertNotSignedIn();
		assertThat(subjectOf("vejle.klima")).isNull();
	}

	@Test
	void aDeactivatedPersonIsRefusedEvenWithAValidToken() {
		PersonId secretariat = accounts.findByUsername(Visitors.SECRETARIAT).orElseThrow();
		desk.deactivate(accounts.findByUsername("kolding.vand").orElseThrow().value(), secretariat);
		var page = signIn("kolding.vand");
		assertThat(page.url()).isEqualTo(samspil() + "/login?deactivated=kolding");
		assertThat(page.text()).contains("Din adgang til Samspil er lukket. Kontakt sekretariatet");
		assertNotSignedIn();
	}

	@Test
	void anIdTokenFromAnotherIssuerIsRejected() {
		assertRejected(signIn("kolding.elsewhere"));
	}

	@Test
	void anExpiredIdTokenIsRejected() {
		assertRejected(signIn("kolding.expired"));
	}

	@Test
	void anIdTokenForAnotherClientIsRejected() {
		assertRejected(signIn("kolding.other"));
	}

	@Test
	void anIdTokenChangedAfterItWasSignedIsRejected() {
		TestProvider.shared().tamperWithNextIdToken();
		assertRejected(signIn("kolding.tampered"));
		assertThat(agent.get(samspil() + "/account").url()).isNotEqualTo(samspil() + "/account");
	}

	@Test
	void aCallbackWithAnotherStateIsRefusedAndTheRightOneStillSignsIn() {
		String callback = agent
			.follow(samspil() + "/oauth2/authorization/kolding", "kolding.plan", samspil() + "/login/oauth2/code/")
			.url();
		String forged = UriComponentsBuilder.fromUriString(callback).replaceQueryParam("state", "forged").toUriString();
		var refused = agent.follow(forged, "kolding.plan");
		assertThat(refused.url()).isEqualTo(samspil() + "/login?interrupted=kolding");
		assertThat(refused.text()).contains("Log-ind blev afbrudt eller var allerede brugt");
		assertNotSignedIn();

		// back to the page the refusal's check sent them from
		assertThat(agent.follow(callback, "kolding.plan").url()).isEqualTo(samspil() + "/account?continue");
	}

	@Test
	void aCodeUsedOnceIsRefusedTheSecondTime() {
		String callback = agent
			.follow(samspil() + "/oauth2/authorization/kolding", "kolding.plan", samspil() + "/login/oauth2/code/")
			.url();
		assertThat(agent.follow(callback, "kolding.plan").url()).isEqualTo(samspil() + "/");
		String code = UriComponentsBuilder.fromUriString(callback).build().getQueryParams().getFirst("code");

		// Someone else replays the code in a sign-in of their own, with a state Samspil
		// gave them.
		var thief = new UserAgent(provider);
		String theirs = thief.get(samspil() + "/oauth2/authorization/kolding").url();
		String state = UriComponentsBuilder.fromUriString(theirs).build().getQueryParams().getFirst("state");
		var refused = thief.follow(samspil() + "/login/oauth2/code/kolding?code=" + code + "&state=" + state,
				"kolding.plan");
		assertThat(refused.url()).isEqualTo(samspil() + "/login?interrupted=kolding");
		assertThat(thief.get(samspil() + "/account").url()).startsWith(samspil() + "/login");
	}

	@Test
	void forgedAndClumsyAnswersFromAProviderEndOnTheLoginPageWithAMessage() {
		agent.get(samspil() + "/oauth2/authorization/kolding");
		for (String query : List.of("?code=%3Cscript%3Ealert(1)%3C/script%3E&state=%27%22%3E", "?code=x&state=%00%0A",
				"?error=access_denied&state=x", "?error=%3Cb%3E&error_description=%27",
				"?code=" + "a".repeat(5_000) + "&state=b", "")) {
			var page = agent.follow(samspil() + "/login/oauth2/code/kolding" + query, "kolding.plan");
			assertThat(page.url()).as(query).startsWith(samspil() + "/login?");
			assertThat(page.status()).as(query).isEqualTo(200);
			assertThat(page.document().select("[role=alert]")).as(query).hasSize(1);
		}
		var unknown = agent.follow(samspil() + "/oauth2/authorization/no-such-provider", "kolding.plan");
		assertThat(unknown.url()).startsWith(samspil() + "/login?");
		assertThat(unknown.status()).isEqualTo(200);
		for (String value : List.of("%3Cscript%3E", "no-such-provider", "%00")) {
			var page = agent.get(samspil() + "/login?rejected=" + value + "&unavailable=" + value);
			assertThat(page.status()).isEqualTo(200);
			assertThat(page.body()).doesNotContain("<script>");
		}
		assertNotSignedIn();
	}

	@Test
	void aProviderThatIsDownGetsAMessageAndPasswordsStillWork() {
		var page = agent.follow(samspil() + "/oauth2/authorization/fredericia", "fredericia.klima");
		assertThat(page.url()).isEqualTo(samspil() + "/login?unavailable=fredericia");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text()).contains("Fredericia Kommune svarer ikke lige nu");
		var english = agent.get(samspil() + "/login?unavailable=fredericia&lang=en");
		assertThat(english.text()).contains("Fredericia Kommune is not answering right now");

		assertThat(signInWithPassword("fredericia.klima", DEMO_PASSWORD).url()).isEqualTo(samspil() + "/");
		assertThat(agent.get(samspil() + "/account").status()).isEqualTo(200);
	}

	@Test
	void aProviderThatStopsAnsweringMidwayEndsTheSignInWithAMessage() {
		TestProvider.shared().stallNextTokenResponse();
		var page = signIn("kolding.plan");
		assertThat(page.url()).isEqualTo(samspil() + "/login?unavailable=kolding");
		assertThat(page.text()).contains("Kolding Kommune svarer ikke lige nu");
		assertNotSignedIn();
		// It answers again: the next sign-in goes through.
		assertThat(signIn("kolding.plan").url()).isEqualTo(samspil() + "/account?continue");
		assertThat(agent.get(samspil() + "/account").status()).isEqualTo(200);
	}

	@Test
	void koldingsPeopleMayNoLongerUseTheirPasswordsButTheSecretariatMay() {
		var refused = signInWithPassword("kolding.planchef", DEMO_PASSWORD);
		assertThat(refused.url()).isEqualTo(samspil() + "/login?passwordsOff");
		assertThat(agent.get(refused.url()).text())
			.contains("Ansatte i din kommune logger ind med kommunens eget log-ind og ikke med adgangskode");
		// A wrong password says only that, as for anyone.
		assertThat(signInWithPassword("kolding.planchef", "wrong").url()).isEqualTo(samspil() + "/login?error");
		assertNotSignedIn();

		assertThat(signInWithPassword(Visitors.SECRETARIAT, DEMO_PASSWORD).url())
			.isEqualTo(samspil() + "/account?continue");
		assertThat(agent.get(samspil() + "/account").status()).isEqualTo(200);
	}

	@Test
	void signingOutEndsTheSessionsAtSamspilAndAtTheProvider() {
		signIn("kolding.mobilitet");
		// Signed in at the provider too: another sign-in does not ask again.
		assertThat(agent.follow(samspil() + "/oauth2/authorization/kolding", "kolding.mobilitet", provider + "/login")
			.url()).isEqualTo(samspil() + "/");

		var out = agent.submit(agent.get(samspil() + "/"), "form[action$=/logout]", Map.of());
		assertThat(out.url()).startsWith(provider + "/connect/logout");
		assertThat(agent.follow(out.url(), "kolding.mobilitet").url()).isEqualTo(samspil() + "/?loggedOut");
		assertNotSignedIn();
		assertThat(agent.follow(samspil() + "/oauth2/authorization/kolding", "kolding.mobilitet", provider + "/login")
			.url()).startsWith(provider + "/login");
	}

	private UserAgent.Page signIn(String login) {
		return agent.follow(samspil() + "/oauth2/authorization/kolding", login);
	}

	private UserAgent.Page signInWithPassword(String username, String password) {
		return agent.submit(agent.get(samspil() + "/login"), "form[action$=/login]",
				Map.of("username", username, "password", password));
	}

	private void assertNotSignedIn() {
		assertThat(agent.get(samspil() + "/account").url()).isEqualTo(samspil() + "/login");
	}

	private void assertRejected(UserAgent.Page page) {
		assertThat(page.url()).isEqualTo(samspil() + "/login?rejected=kolding");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text()).contains("Svaret fra Kolding Kommune kunne ikke godkendes, så du er ikke logget ind.");
		assertNotSignedIn();
	}

	private String subjectOf(String username) {
		return jdbc.sql("""
				select subject from accounts_identity i join accounts_person p on p.id = i.person_id
				where p.username = ?""").param(username).query(String.class).optional().orElse(null);
	}

}
