package dk.samspil.accounts;

import dk.samspil.SamspilTest;
import dk.samspil.Visitors;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
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
class PeopleAdminTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theSecretariatCreatesAPersonWhoCanThenSignIn() throws Exception {
		mvc.perform(newPerson("ny.planlaegger", "ny.planlaegger@vejen.example", "0575", "en god lang kode"))
			.andExpect(redirectedUrl("/people"));
		mvc.perform(get("/people").with(Visitors.as(users, Visitors.SECRETARIAT)))
			.andExpect(content().string(allOf(containsString("Nanna Ny"), containsString("Vejen"))));
		mvc.perform(formLogin().user("ny.planlaegger").password("en god lang kode")).andExpect(authenticated());
	}

	@Test
	void mistakesAreShownNextToTheFieldsAndWhatWasTypedStays() throws Exception {
		mvc.perform(post("/people").with(csrf())
			.with(Visitors.as(users, Visitors.SECRETARIAT))
			.param("displayName", "Kim Kladde")
			.param("username", "kim kladde!")
			.param("email", "ikke-en-adresse")
			.param("municipality", "9999")
			.param("role", "MEMBER")
			.param("password", "kort"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("value=\"Kim Kladde\""), containsString("id=\"username-error\""),
						containsString("Brugernavnet må kun have"), containsString("Skriv en gyldig e-mailadresse"),
						containsString("Vælg en af samarbejdets kommuner."),
						containsString("Adgangskoden skal have mindst 12 tegn."))));
	}

	@Test
	void messagesFollowTheChosenLanguage() throws Exception {
		mvc.perform(post("/people").param("lang", "en")
			.with(csrf())
			.with(Visitors.as(users, Visitors.SECRETARIAT))
			.param("role", "MEMBER"))
			.andExpect(content().string(allOf(containsString("Required."), not(containsString("Skal udfyldes.")))));
	}

	@Test
	void aUsernameOrEmailCanOnlyBeUsedOnce() throws Exception {
		mvc.perform(newPerson(Visitors.MEMBER, "another@vejle.example", "0630", "en god lang kode"))
			.andExpect(content().string(containsString("Brugernavnet er allerede i brug.")));
		mvc.perform(newPerson("another", "vejle.vand@demo.samspil.example", "0630", "en god lang kode"))
			.andExpect(content().string(containsString("E-mailadressen er allerede i brug.")));
	}

	@Test
	void aDeactivatedPersonCannotSignInUntilReactivated() throws Exception {
		PersonId id = accounts.register(
				new PersonDetails("snart.vaek", "Snart Væk", "snart@test.example", null, null, Role.MEMBER),
				"en god lang kode");
		mvc.perform(
				post("/people/{id}/deactivate", id.value()).with(csrf()).with(Visitors.as(users, Visitors.SECRETARIAT)))
			.andExpect(redirectedUrl("/people"));
		mvc.perform(formLogin().user("snart.vaek").password("en god lang kode")).andExpect(unauthenticated());
		mvc.perform(
				post("/people/{id}/activate", id.value()).with(csrf()).with(Visitors.as(users, Visitors.SECRETARIAT)))
			.andExpect(redirectedUrl("/people"));
		mvc.perform(formLogin().user("snart.vaek").password("en god lang kode")).andExpect(authenticated());
	}

	@Test
	void theSecretariatEditsAPersonsMunicipalityAndKeepsThePassword() throws Exception {
		PersonId id = accounts.register(
				new PersonDetails("flytter", "Flemming Flytter", "flytter@test.example", null, null, Role.MEMBER),
				"en god lang kode");
		mvc.perform(post("/people/{id}", id.value()).with(csrf())
			.with(Visitors.as(users, Visitors.SECRETARIAT))
			.param("displayName", "Flemming Flytter")
			.param("username", "flytter")
			.param("email", "flytter@test.example")
			.param("municipality", "0410")
			.param("role", "MEMBER")
			.param("password", "")
			.param("version", "1")).andExpect(redirectedUrl("/people"));
		Assertions.assertThat(accounts.find(id).orElseThrow().municipality().value()).isEqualTo("0410");
		mvc.perform(formLogin().user("flytter").password("en god lang kode")).andExpect(authenticated());
	}

	@Test
	void aChangedRoleOrPasswordEndsThePersonsOpenSessions() throws Exception {
		PersonId id = accounts.register(
				new PersonDetails("rolleskift", "Rita Rolleskift", "rita@test.example", null, null, Role.SECRETARIAT),
				"en god lang kode");
		mvc.perform(formLogin().user("rolleskift").password("en god lang kode")).andExpect(authenticated());
		Assertions.assertThat(sessionsOf("rolleskift")).isPositive();
		mvc.perform(post("/people/{id}", id.value()).with(csrf())
			.with(Visitors.as(users, Visitors.SECRETARIAT))
			.param("displayName", "Rita Rolleskift")
			.param("username", "rolleskift")
			.param("email", "rita@test.example")
			.param("municipality", "")
			.param("role", "MEMBER")
			.param("password", "")
			.param("version", "1")).andExpect(redirectedUrl("/people"));
		Assertions.assertThat(sessionsOf("rolleskift")).isZero();
	}

	@Test
	void aDeactivatedPersonIsSignedOutAtOnce() throws Exception {
		PersonId id = accounts.register(
				new PersonDetails("ud.nu", "Ulla Udnu", "ud.nu@test.example", null, null, Role.MEMBER),
				"en god lang kode");
		mvc.perform(formLogin().user("ud.nu").password("en god lang kode")).andExpect(authenticated());
		Assertions.assertThat(sessionsOf("ud.nu")).isPositive();
		mvc.perform(
				post("/people/{id}/deactivate", id.value()).with(csrf()).with(Visitors.as(users, Visitors.SECRETARIAT)))
			.andExpect(redirectedUrl("/people"));
		Assertions.assertThat(sessionsOf("ud.nu")).isZero();
	}

	private long sessionsOf(String username) {
		return jdbc.sql("select count(*) from accounts_session where principal_name = ?")
			.param(username)
			.query(Long.class)
			.single();
	}

	@Test
	void theSecretariatCannotDeactivateItself() throws Exception {
		long self = accounts.findByUsername(Visitors.SECRETARIAT).orElseThrow().value();
		mvc.perform(post("/people/{id}/deactivate", self).with(csrf()).with(Visitors.as(users, Visitors.SECRETARIAT)));
		mvc.perform(formLogin().user(Visitors.SECRETARIAT).password("samspil-demo")).andExpect(authenticated());
	}

	private MockHttpServletRequestBuilder newPerson(String username, String email, String municipality,
			String password) {
		return post("/people").with(csrf())
			.with(Visitors.as(users, Visitors.SECRETARIAT))
			.param("displayName", "Nanna Ny")
			.param("username", username)
			.param("email", email)
			.param("jobTitle", "Planlægger")
			.param("municipality", municipality)
			.param("role", "MEMBER")
			.param("password", password);
	}

}
