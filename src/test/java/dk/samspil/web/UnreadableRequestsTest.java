package dk.samspil.web;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import dk.samspil.Visitors;
import dk.samspil.WebSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests no page sends, but a broken client, a proxy or a script may: none ends in a
 * server error, and forms that are merely large reach the application, which refuses them
 * by their fields. Over real HTTP, as the servlet container reads the bodies and cookies.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class UnreadableRequestsTest {

	static final String LIBRARY = "/groups/vandressourcen/library";

	@LocalServerPort
	int port;

	@Test
	void aCookieThatHoldsNoSessionIdIsNoSession() throws Exception {
		WebSession visitor = new WebSession(port);
		// "AAAA" decodes to NUL bytes, which PostgreSQL's text cannot hold
		for (String cookie : new String[] { "SESSION=AAAA", "SESSION=YQBi", "SESSION=" + "QUFB".repeat(30) }) {
			HttpResponse<String> page = visitor.get("/consultations", "Cookie", cookie, "Accept", "text/html");
			assertThat(page.statusCode()).as(cookie).isEqualTo(200);
		}
	}

	@Test
	void aBodyWithFilesThatDoesNotParseIsABadRequest() throws Exception {
		WebSession secretariat = signedIn();
		String csrf = secretariat.csrf(LIBRARY);
		for (String type : new String[] { "multipart/form-data", "multipart/form-data; boundary=",
				"multipart/form-data; boundary=x" }) {
			HttpResponse<String> response = secretariat.post(LIBRARY, type,
					"--x\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\ncut off"
						.getBytes(StandardCharsets.UTF_8),
					csrf);
			assertThat(response.statusCode()).as(type).isEqualTo(400);
			assertThat(response.body()).as(type).doesNotContain("Exception", "at org.");
		}
	}

	@Test
	void aFileNameWithANulIsABadRequestAlsoFromAVisitor() throws Exception {
		WebSession visitor = new WebSession(port);
		String respond = "/consultations/1/respond";
		String csrf = visitor.csrf(respond);
		Multipart body = new Multipart();
		body.field("name", "Borger");
		body.field("postcode", "7100");
		body.field("body", "Et svar");
		body.file("files", "kort\u0000.pdf", "%PDF-1.7 not quite");
		HttpResponse<String> response = visitor.post(respond, body.contentType(), body.bytes(), csrf);
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).doesNotContain("Exception", "at org.");
	}

	@Test
	void aFormOfManyPartsAndLongFileNamesReachesTheApplication() throws Exception {
		WebSession secretariat = signedIn();
		String csrf = secretariat.csrf(LIBRARY);
		Multipart body = new Multipart();
		for (int i = 0; i < 120; i++) {
			body.field("_themes", "on");
		}
		body.file("file", "æ".repeat(400) + ".pdf", "%PDF-1.7 not quite");
		HttpResponse<String> response = secretariat.post(LIBRARY, body.contentType(), body.bytes(), csrf);
		// no title: refused by the form, next to the field, with the page shown again
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("aria-invalid=\"true\"");
	}

	@Test
	void aLongTextReachesTheFormThatRefusesItByItsField() throws Exception {
		WebSession secretariat = signedIn();
		String csrf = secretariat.csrf(LIBRARY);
		// 600,000 letters are 3.6 MB in a form
		String form = "title=" + "%C3%A6".repeat(600_000) + "&description=x";
		HttpResponse<String> response = secretariat.post(LIBRARY, "application/x-www-form-urlencoded",
				form.getBytes(StandardCharsets.US_ASCII), csrf);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("aria-invalid=\"true\"");
	}

	@Test
	void aParameterThatIsNotUtf8IsABadRequestAndNoErrorInTheLog(CapturedOutput log) throws Exception {
		WebSession member = new WebSession(port);
		member.signIn(Visitors.MEMBER, "samspil-demo");
		for (String query : new String[] { "q=%FF%FE", "q=%ED%A0%80", "q=vand&theme=%C0%AF" }) {
			HttpResponse<String> page = member.get("/search?" + query, "Accept", "text/html");
			assertThat(page.statusCode()).as(query).isEqualTo(400);
			assertThat(page.headers().firstValue("Content-Type").orElse("")).as(query).startsWith("text/html");
			assertThat(page.body()).as(query).doesNotContain("Exception", "at org.");
		}
		assertThat(log.getOut()).doesNotContain("InvalidParameterException");
	}

	@Test
	void aPageNumberBeyondTheLastFindsNothingMore() throws Exception {
		WebSession member = new WebSession(port);
		member.signIn(Visitors.MEMBER, "samspil-demo");
		assertThat(member.get("/search?q=vand&page=107374183").statusCode()).isEqualTo(200);
		assertThat(member.get("/themes/1?page=107374183").statusCode()).isEqualTo(200);
	}

	@Test
	void malformedForwardingHeadersAreNotReadByTheApplication() throws Exception {
		WebSession visitor = new WebSession(port);
		for (String[] header : new String[][] { { "X-Forwarded-Port", "abc" }, { "X-Forwarded-Host", "a:b" },
				{ "Forwarded", "host=\"a:zz\"" } }) {
			HttpResponse<String> response = visitor.get("/api/docs.html", header);
			assertThat(response.statusCode()).as(header[0]).isLessThan(500);
			assertThat(response.headers().firstValue("Location").orElse("")).as(header[0]).doesNotContain("a:");
		}
	}

	@Test
	void anAddressTheContainerRefusesIsAnsweredInBothLanguagesAndAsAProblemUnderTheApi() throws Exception {
		WebSession visitor = new WebSession(port);
		for (String path : new String[] { "/groups/%00", "/groups/a%5Cb" }) {
			HttpResponse<String> page = visitor.get(path);
			assertThat(page.statusCode()).as(path).isEqualTo(400);
			assertThat(page.headers().firstValue("Content-Type").orElse("")).as(path).startsWith("text/html");
			assertThat(page.body()).as(path)
				.contains("Forespørgslen kan ikke læses", "The request cannot be read", "href=\"/\"")
				.doesNotContain("Tomcat", "HTTP Status");
		}
		HttpResponse<String> api = visitor.get("/api/v1/groups%00");
		assertThat(api.statusCode()).isEqualTo(400);
		assertThat(api.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		assertThat(api.body()).contains("\"title\":\"Bad Request\"", "\"status\":400");
	}

	private WebSession signedIn() throws Exception {
		WebSession secretariat = new WebSession(port);
		secretariat.signIn(Visitors.SECRETARIAT, "samspil-demo");
		return secretariat;
	}

	/** A multipart body written by hand. */
	private static final class Multipart {

		private static final String BOUNDARY = "----samspil-test-boundary";

		private final ByteArrayOutputStream out = new ByteArrayOutputStream();

		void field(String name, String value) {
			write("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value
					+ "\r\n");
		}

		void file(String name, String fileName, String content) {
			write("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName
					+ "\"\r\nContent-Type: application/pdf\r\n\r\n" + content + "\r\n");
		}

		String contentType() {
			return "multipart/form-data; boundary=" + BOUNDARY;
		}

		byte[] bytes() {
			write("--" + BOUNDARY + "--\r\n");
			return out.toByteArray();
		}

		private void write(String text) {
			out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
		}

	}

}
