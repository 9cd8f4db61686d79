package dk.samspil.accounts;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import dk.samspil.SamspilTest;
import dk.samspil.Visitors;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.convert.ConversionService;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SamspilTest
class SessionValuesTest {

	private final ConversionService values = new SessionValues(getClass().getClassLoader());

	@Autowired
	SessionTouches.Repository sessions;

	@Autowired
	MockMvc mvc;

	@Test
	void aSignInIsReadOnceButEveryReadGetsAContextOfItsOwn() {
		byte[] stored = bytes(signedIn("anne"));
		SecurityContext first = read(stored, SecurityContext.class);
		SecurityContext second = read(stored, SecurityContext.class);
		assertThat(second).isNotSameAs(first);
		assertThat(second.getAuthentication()).isSameAs(first.getAuthentication());
		first.setAuthentication(null);
		assertThat(read(stored, SecurityContext.class).getAuthentication().getName()).isEqualTo("anne");
	}

	@Test
	void otherBytesAreOtherValues() {
		assertThat(read(bytes(signedIn("anne")), SecurityContext.class).getAuthentication().getName())
			.isEqualTo("anne");
		assertThat(read(bytes(signedIn("bo")), SecurityContext.class).getAuthentication().getName()).isEqualTo("bo");
	}

	@Test
	void aFormTokenIsSharedAndOtherValuesAreReadAnew() {
		byte[] token = bytes(new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "abc"));
		assertThat(read(token, Object.class)).isSameAs(read(token, Object.class));
		byte[] list = bytes(new ArrayList<>(List.of("a")));
		assertThat(read(list, Object.class)).isEqualTo(List.of("a")).isNotSameAs(read(list, Object.class));
		byte[] other = bytes(new SecurityContextImpl(new TestingAuthenticationToken("anne", "secret")));
		assertThat(read(other, SecurityContext.class).getAuthentication())
			.isNotSameAs(read(other, SecurityContext.class).getAuthentication());
	}

	@Test
	void theSessionStoreReadsThroughThem() throws Exception {
		Cookie cookie = mvc.perform(formLogin().user(Visitors.MEMBER).password("samspil-demo"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		String id = new String(Base64.getDecoder().decode(cookie.getValue()));
		SecurityContext first = sessions.findById(id).getAttribute("SPRING_SECURITY_CONTEXT");
		SecurityContext second = sessions.findById(id).getAttribute("SPRING_SECURITY_CONTEXT");
		assertThat(second).isNotSameAs(first);
		assertThat(second.getAuthentication()).isSameAs(first.getAuthentication());
		for (int i = 0; i < 2; i++) {
			mvc.perform(get("/groups").cookie(cookie))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("/logout")));
		}
	}

	private static SecurityContext signedIn(String name) {
		return new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(name, null,
				AuthorityUtils.createAuthorityList("ROLE_MEMBER")));
	}

	private byte[] bytes(Object value) {
		return this.values.convert(value, byte[].class);
	}

	private <T> T read(byte[] bytes, Class<T> type) {
		return type.cast(this.values.convert(bytes, Object.class));
	}

}
