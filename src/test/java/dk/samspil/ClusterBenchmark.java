package dk.samspil;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The group page under load behind nginx while one of two instances is restarted: 32
 * connections, each a signed-in member's session, in consecutive windows of a few
 * seconds; for each window the requests, those that failed (a connection error, a
 * timeout, or an answer other than 2xx/3xx), and the latency (p50, p95, max), with the
 * machine's load, and when the instance was stopped and was answering again.
 *
 * <pre>mvn -o test -Dtest=ClusterBenchmark -Dcluster.benchmark=true</pre>
 *
 * Options: {@code -Dconnections=32 -Dwindow=5 -Dwarmup=20}. Needs wrk and nginx. Asserts
 * nothing: it prints the figures.
 */
@EnabledIfSystemProperty(named = "cluster.benchmark", matches = "true")
class ClusterBenchmark {

	/** wrk prints one line with the figures this class reads. */
	private static final String REPORT = """
			done = function(summary, latency, requests)
			  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
			    + summary.errors.status + summary.errors.timeout
			  io.write(string.format("RESULT %d %.1f %.1f %.1f %d\\n", summary.requests,
			    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency.max / 1000, errors))
			end
			""";

	private static final Pattern RESULT = Pattern.compile("RESULT (\\d+) ([\\d.]+) ([\\d.]+) ([\\d.]+) (\\d+)");

	@TempDir
	Path work;

	@Test
	void printTheGroupPageWhileAnInstanceRestarts() throws Exception {
		int connections = Integer.getInteger("connections", 32);
		int window = Integer.getInteger("window", 5);
		int warmup = Integer.getInteger("warmup", 20);
		try (Cluster cluster = new Cluster(work, 2, List.of("-Xmx512m"), List.of())) {
			List<String> sessions = new ArrayList<>();
			for (int member = 0; member < connections; member++) {
				sessions.add(signIn(cluster.url(""), "kolding.klima"));
			}
			Path script = work.resolve("members.lua");
			Files.writeString(script, REPORT + members(sessions));
			String page = cluster.url("/groups/klimachefgruppen");
			wrk(script, page, connections, warmup);
			System.out.printf(
					"%nGroup page behind nginx, 2 instances, wrk 2 threads, %d connections (one signed-in "
							+ "session each), windows of %d s; load average before: %s, processors: %d%n",
					connections, window, load(), Runtime.getRuntime().availableProcessors());
			System.out.printf("  %6s %9s %7s %8s %8s %8s %6s  %s%n", "from s", "requests", "failed", "p50 ms", "p95 ms",
					"max ms", "load", "instance-2");
			long start = System.nanoTime();
			List<String> events = new ArrayList<>();
			CompletableFuture<Void> restart = null;
			long total = 0;
			long failed = 0;
			int afterRestart = 0;
			for (int n = 0; n < 40 && afterRestart < 3; n++) {
				double from = (System.nanoTime() - start) / 1e9;
				if (n == 2) {
					restart = CompletableFuture.runAsync(() -> restart(cluster.instance(2), start, events));
				}
				Matcher result = wrk(script, page, connections, window);
				total += Long.parseLong(result.group(1));
				failed += Long.parseLong(result.group(5));
				String state;
				synchronized (events) {
					state = String.join(", ", events);
					events.clear();
				}
				System.out.printf("  %6.1f %9s %7s %8s %8s %8s %6s  %s%n", from, result.group(1), result.group(5),
						result.group(2), result.group(3), result.group(4), load(), state);
				if (restart != null && restart.isDone()) {
					afterRestart++;
				}
			}
			if (restart != null) {
				restart.join();
			}
			System.out.printf("  in all: %d requests, %d failed; load average after: %s%n", total, failed, load());
		}
	}

	/** Stops the instance as an operator would (SIGTERM), and starts it again. */
	private static void restart(Cluster.Instance instance, long start, List<String> events) {
		try {
			note(events, start, "stopping");
			instance.stop();
			note(events, start, "stopped");
			instance.start();
			note(events, start, "answering again");
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void note(List<String> events, long start, String what) {
		synchronized (events) {
			events.add(String.format("%s at %.1f s", what, (System.nanoTime() - start) / 1e9));
		}
	}

	private static Matcher wrk(Path script, String url, int connections, int seconds) throws Exception {
		Process wrk = new ProcessBuilder("wrk", "-t2", "-c" + connections, "-d" + seconds + "s", "--timeout", "10s",
				"-s", script.toString(), url)
			.redirectErrorStream(true)
			.start();
		String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		wrk.waitFor();
		Matcher result = RESULT.matcher(output);
		if (!result.find()) {
			throw new IllegalStateException("wrk said: " + output);
		}
		return result;
	}

	/**
	 * Each request carries the next member's session cookie, so that the connections are
	 * members, not one member in many tabs.
	 */
	private static String members(List<String> sessions) {
		return """
				sessions = { %s }
				counter = 0
				request = function()
				  counter = counter + 1
				  return wrk.format(nil, nil, { ["Cookie"] = "SESSION=" .. sessions[counter %% #sessions + 1] })
				end
				""".formatted(sessions.stream().map(session -> '"' + session + '"').collect(Collectors.joining(", ")));
	}

	private static String signIn(String base, String user) throws Exception {
		CookieManager cookies = new CookieManager();
		HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
		String login = client
			.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
		if (!csrf.find()) {
			throw new IllegalStateException("no sign-in form at " + base + "/login");
		}
		client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
					+ "&password=samspil-demo&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8)))
			.build(), HttpResponse.BodyHandlers.discarding());
		return cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter(cookie -> cookie.getName().equals("SESSION"))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("signing in as " + user + " gave no session"));
	}

	private static String load() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
		}
		catch (Exception ex) {
			return "?";
		}
	}

}
