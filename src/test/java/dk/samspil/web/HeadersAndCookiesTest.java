package dk.samspil.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.Cookie;

import dk.samspil.Visitors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every response says that no other site gets its address as referrer and that no page
 * may use a device; the session and form cookies are {@code Secure} whenever the request
 * came over HTTPS, directly or through a proxy that
 * {@code server.forward-headers-strategy=native} trusts (as the README tells production
 * to set), and only then, so a developer's plain-HTTP start still signs in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "server.forward-headers-strategy=native")
@AutoConfigureMockMvc
class HeadersAndCookiesTest {

	static final String SESSION = "SESSION=";

	static final String FORM = "SAMSPIL-FORM-CSRF=";

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	/**
	 * A page, a public form, a redirect to the login, a file, a missing page, and an
	 * address the firewall refuses.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "/", "/login", "/consultations/1/respond", "/groups", "/css/samspil.css",
			"/webjars/htmx.org/dist/htmx.min.js", "/no-such-page", "/groups/%2e%2e/people" })
	void everyResponseCarriesTheReferrerAndPermissionsPolicies(String path) throws Exception {
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path)));
		assertThat(response.headers().firstValue("Referrer-Policy")).as("%s (%d)", path, response.statusCode())
			.hasValue("same-origin");
		assertThat(response.headers().firstValue("Permissions-Policy")).as("%s (%d)", path, response.statusCode())
			.hasValueSatisfying(policy -> assertThat(policy).contains("camera=()", "microphone=()", "geolocation=()"));
	}

	@Test
	void aRefusedFormAndAnErrorForASignedInPersonCarryThemToo() throws Exception {
		var refused = mvc.perform(post("/groups").with(Visitors.as(users, Visitors.SECRETARIAT))).andReturn();
		var missing = mvc.perform(get("/groups/no-such-group").with(Visitors.as(users, Visitors.MEMBER))).andReturn();
		for (var result : List.of(refused, missing)) {
			assertThat(result.getResponse().getHeader("Referrer-Policy")).isEqualTo("same-origin");
			assertThat(result.getResponse().getHeader("Permissions-Policy")).contains("camera=()");
		}
	}

	@Test
	void overPlainHttpTheCookiesAreNotSecure() throws Exception {
		assertThat(cookie(send(HttpRequest.newBuilder(uri("/login"))), SESSION)).doesNotContainIgnoringCase("secure");
		assertThat(cookie(send(HttpRequest.newBuilder(uri("/consultations/1/respond"))), FORM))
			.doesNotContainIgnoringCase("secure");
	}

	@Test
	void throughAProxyThatSaysHttpsTheSessionAndFormCookiesAreSecure() throws Exception {
		assertThat(cookie(send(HttpRequest.newBuilder(uri("/login")).header("X-Forwarded-Proto", "https")), SESSION))
			.containsIgnoringCase("; Secure");
		assertThat(cookie(
				send(HttpRequest.newBuilder(uri("/consultations/1/respond")).header("X-Forwarded-Proto", "https")),
				FORM))
			.containsIgnoringCase("; Secure");
	}

	@Test
	void overHttpsTheSessionAndFormCookiesAreSecure() throws Exception {
		var login = mvc.perform(get("/login").secure(true)).andReturn().getResponse();
		var respond = mvc.perform(get("/consultations/1/respond").secure(true)).andReturn().getResponse();
		assertThat(login.getHeaders("Set-Cookie")).filteredOn(c -> c.startsWith(SESSION))
			.singleElement()
			.asString()
			.containsIgnoringCase("; Secure");
		assertThat(respond.getHeaders("Set-Cookie")).filteredOn(c -> c.startsWith(FORM))
			.singleElement()
			.asString()
			.containsIgnoringCase("; Secure");
	}

	@Test
	void aTamperedLanguageCookieIsIgnored() throws Exception {
		var response = mvc.perform(get("/").cookie(new Cookie("samspil-lang", "%00x"))).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("lang=\"da\"");
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return http.send(request.header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private static String cookie(HttpResponse<String> response, String name) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(c -> c.startsWith(name))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + name + " cookie in " + response.headers().map()));
	}

}
