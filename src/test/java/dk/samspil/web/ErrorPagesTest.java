package dk.samspil.web;

import java.net.http.HttpResponse;

import dk.samspil.Visitors;
import dk.samspil.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/** Error pages come from the servlet container, so these go over real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ErrorPagesTest.Failing.class)
class ErrorPagesTest {

	@TestConfiguration
	@RestController
	static class Failing {

		@GetMapping("/failing")
		String fail() {
			throw new IllegalStateException("internal detail that must not leak");
		}

	}

	@LocalServerPort
	int port;

	WebSession member;

	@BeforeEach
	void signIn() throws Exception {
		member = new WebSession(port);
		member.signIn(Visitors.MEMBER, "samspil-demo");
	}

	@Test
	void anUnknownPageSaysSoInDanishAndEnglish() throws Exception {
		HttpResponse<String> danish = member.get("/groups/no-such-group");
		assertThat(danish.statusCode()).isEqualTo(404);
		assertThat(danish.body()).contains("Siden findes ikke", "<main id=\"main\"", "lang=\"da\"",
				"/webjars/htmx.org/2.0.10/dist/htmx.min.js");
		HttpResponse<String> english = member.get("/groups/no-such-group?lang=en");
		assertThat(english.body()).contains("Page not found", "lang=\"en\"");
	}

	@Test
	void aForbiddenPageSaysSo() throws Exception {
		HttpResponse<String> response = member.get("/people");
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).contains("Ingen adgang");
	}

	@Test
	void aFailureShowsAnApologyNeverTheStackTrace() throws Exception {
		HttpResponse<String> response = member.get("/failing");
		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(response.body()).contains("Der skete en fejl")
			.doesNotContain("internal detail", "IllegalStateException", "at dk.samspil");
	}

}
