package dk.samspil.accounts;

import dk.samspil.SamspilTest;
import dk.samspil.Visitors;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SamspilTest
class AccountPasswordTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	Accounts accounts;

	@Test
	void eachMistakeIsNamedBesideItsFieldAndNothingChanges() throws Exception {
		accounts.register(
				new PersonDetails("kode.skift", "Karen Kodeskift", "kode.skift@test.example", null, null, Role.MEMBER),
				"en god lang kode");
		mvc.perform(change("kode.skift", "forkert kode", "en ny lang kode", "en ny lang kode"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"currentPassword-error\""),
					containsString("Den nuværende adgangskode er forkert."))));
		mvc.perform(change("kode.skift", "en god lang kode", "kort", "kort"))
			.andExpect(content().string(allOf(containsString("id=\"newPassword-error\""),
					containsString("Adgangskoden skal have mindst 12 tegn."))));
		mvc.perform(change("kode.skift", "en god lang kode", "en ny lang kode", "en anden lang kode"))
			.andExpect(content().string(allOf(containsString("id=\"repeatPassword-error\""),
					containsString("De to nye adgangskoder er ikke ens."))));
		mvc.perform(formLogin().user("kode.skift").password("en god lang kode")).andExpect(authenticated());
	}

	@Test
	void aPersonChangesTheirOwnPasswordAndSignsInWithTheNewOne() throws Exception {
		accounts.register(new PersonDetails("ny.kode", "Niels Nykode", "ny.kode@test.example", null, null, Role.MEMBER),
				"en god lang kode");
		mvc.perform(change("ny.kode", "en god lang kode", "en ny lang kode", "en ny lang kode"))
			.andExpect(redirectedUrl("/account"));
		mvc.perform(formLogin().user("ny.kode").password("en god lang kode")).andExpect(unauthenticated());
		mvc.perform(formLogin().user("ny.kode").password("en ny lang kode")).andExpect(authenticated());
	}

	private MockHttpServletRequestBuilder change(String who, String current, String next, String repeated) {
		return post("/account/password").with(csrf())
			.with(Visitors.as(users, who))
			.param("currentPassword", current)
			.param("newPassword", next)
			.param("repeatPassword", repeated);
	}

}
