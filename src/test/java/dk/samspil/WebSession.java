package dk.samspil;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A visitor over real HTTP with their own cookies, for what only the servlet container
 * does (error pages).
 */
public final class WebSession {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final String base;

	private final HttpClient http;

	public WebSession(int port) {
		this(port, new CookieManager());
	}

	/**
	 * Cookies on localhost are shared across ports, as a browser would behind one load
	 * balancer's address.
	 */
	public WebSession(int port, CookieManager cookies) {
		this.base = "http://localhost:" + port;
		this.http = HttpClient.newBuilder().cookieHandler(cookies).build();
	}

	public HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return get(path, "Accept", "text/html");
	}

	/**
	 * Signs in through the login form, CSRF token and all; returns the response to the
	 * form's post.
	 */
	public HttpResponse<String> signIn(String username, String password) throws IOException, InterruptedException {
		Matcher token = CSRF.matcher(get("/login").body());
		if (!token.find()) {
			throw new IllegalStateException("The login page has no CSRF token");
		}
		String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf="
				+ encode(token.group(1));
		return http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** The CSRF token of the forms on a page. */
	public String csrf(String path) throws IOException, InterruptedException {
		Matcher token = CSRF.matcher(get(path).body());
		if (!token.find()) {
			throw new IllegalStateException(path + " has no CSRF token");
		}
		return token.group(1);
	}

	/**
	 * Posts a body as it is, with the CSRF token in its header, as a script or a broken
	 * client might.
	 */
	public HttpResponse<String> post(String path, String contentType, byte[] body, String csrf)
			throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", contentType)
			.header("X-CSRF-TOKEN", csrf)
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** Gets a page with headers of one's own choosing (name, value, name, value …). */
	public HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create(base + path)).headers(headers).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
