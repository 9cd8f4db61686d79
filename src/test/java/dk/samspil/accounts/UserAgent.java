package dk.samspil.accounts;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import oidc.TestProvider;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A browser as far as sign-in goes, over real HTTP: it keeps each site's cookies, follows
 * redirects one at a time so a test can stop at any of them, and fills in the provider's
 * login form.
 */
final class UserAgent {

	/** A page where the agent stopped: its address, status and HTML. */
	record Page(String url, int status, String body) {

		Document document() {
			return Jsoup.parse(body, url);
		}

		String text() {
			return document().text();
		}

	}

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private final String provider;

	UserAgent(String provider) {
		this.provider = provider;
	}

	Page get(String url) {
		return send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").GET().build());
	}

	Page post(String url, Map<String, String> form) {
		String body = form.entrySet()
			.stream()
			.map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(url))
			.header("Accept", "text/html")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	/**
	 * Follows redirects from this address, signing in at the provider as {@code login}
	 * when it asks, until a page that is no redirect, or until the next address starts
	 * with {@code stopAt}, which is then returned unvisited (status 0).
	 */
	Page follow(String url, String login, String stopAt) {
		Page page = get(url);
		for (int hops = 0; hops < 20; hops++) {
			if (page.status() / 100 == 3) {
				String next = page.url();
				if (stopAt != null && next.startsWith(stopAt)) {
					return new Page(next, 0, "");
				}
				page = get(next);
			}
			else if (page.url().startsWith(provider + "/login") && page.body().contains("name=\"password\"")) {
				page = signInAtProvider(page, login);
			}
			else {
				return page;
			}
		}
		throw new AssertionError("Too many redirects from " + url);
	}

	Page follow(String url, String login) {
		return follow(url, login, null);
	}

	/** Posts a form of the page, with its hidden fields (the CSRF token) and these. */
	Page submit(Page page, String formSelector, Map<String, String> values) {
		var form = page.document().selectFirst(formSelector);
		if (form == null) {
			throw new AssertionError("No form " + formSelector + " on " + page.url() + ": " + page.text());
		}
		Map<String, String> fields = new LinkedHashMap<>();
		form.select("input[type=hidden]").forEach(input -> fields.put(input.attr("name"), input.attr("value")));
		fields.putAll(values);
		return post(form.absUrl("action"), fields);
	}

	private Page signInAtProvider(Page loginForm, String login) {
		return submit(loginForm, "form", Map.of("username", login, "password", TestProvider.PASSWORD));
	}

	/** A redirect comes back with the address it points at as its {@link Page#url()}. */
	private Page send(HttpRequest request) {
		try {
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			var location = response.headers().firstValue("Location");
			if (response.statusCode() / 100 == 3 && location.isPresent()) {
				return new Page(request.uri().resolve(location.get()).toString(), response.statusCode(), "");
			}
			return new Page(request.uri().toString(), response.statusCode(), response.body());
		}
		catch (IOException ex) {
			throw new AssertionError(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError(ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
