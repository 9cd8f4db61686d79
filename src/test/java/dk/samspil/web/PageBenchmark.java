package dk.samspil.web;

import java.io.IOException;
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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Pages under load, beside nginx serving a static copy of the same page: starts the
 * packaged jar with {@code java -jar} on an empty embedded database (demo data), signs in
 * as a demo member and measures with wrk the group page, the home page and a search
 * signed in, and the front page anonymously; then nginx serving the group page and the
 * front page as static files. Prints p50, p95, requests a second, and the CPU time per
 * request in the application's JVM and in its PostgreSQL, which depend less than the rest
 * on what else the machine does. It is not a test. Run it with
 * {@code mvn -q package -DskipTests && mvn -q exec:java -Dexec.classpathScope=test -Dexec.mainClass=dk.samspil.web.PageBenchmark}
 * (options: {@code -Djar=}, {@code -Dseconds=15}, {@code -Dwarmup=20},
 * {@code -Dconnections=32}, {@code -Dthreads=2}, {@code -Dport=18080},
 * {@code -Dgroup=klimachefgruppen}, {@code -Duser=kolding.klima}, {@code -Ddatabase=} a
 * folder kept from an earlier run). Needs wrk and nginx (Debian packages {@code wrk},
 * {@code nginx}); only loopback addresses are used.
 */
public final class PageBenchmark {

	private static final String PASSWORD = "samspil-demo";

	/** wrk prints one line with the figures this class reads. */
	private static final String REPORT = """
			done = function(summary, latency, requests)
			  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
			    + summary.errors.status + summary.errors.timeout
			  io.write(string.format("RESULT %d %d %.3f %.3f %d\\n", summary.requests, summary.duration,
			    latency:percentile(50) / 1000, latency:percentile(95) / 1000, errors))
			end
			""";

	public static void main(String[] args) throws Exception {
		Path jar = Path.of(System.getProperty("jar", "target/samspil-0.1.0-SNAPSHOT.jar")).toAbsolutePath();
		int seconds = Integer.getInteger("seconds", 15);
		// Long enough for the JIT to have compiled the page's paths: the figures are warm
		// ones.
		int warmup = Integer.getInteger("warmup", 20);
		int connections = Integer.getInteger("connections", 32);
		int threads = Integer.getInteger("threads", 2);
		int port = Integer.getInteger("port", 18080);
		String group = System.getProperty("group", "klimachefgruppen");
		String user = System.getProperty("user", "kolding.klima");
		if (!Files.isRegularFile(jar)) {
			throw new IllegalStateException(jar + " is missing: run mvn package -DskipTests first");
		}
		Path work = Files.createTempDirectory("samspil-pages-");
		// A database of an earlier run starts without loading the demo data again.
		Path database = Path.of(System.getProperty("database", work.resolve("postgres").toString())).toAbsolutePath();
		Process app = new ProcessBuilder("java", "-jar", jar.toString(), "--server.port=" + port,
				"--samspil.database.directory=" + database, "--samspil.demo.boundaries-file=")
			.redirectErrorStream(true)
			.redirectOutput(work.resolve("app.log").toFile())
			.start();
		Process nginx = null;
		try {
			String base = "http://127.0.0.1:" + port;
			awaitUp(base + "/actuator/health", app, work);
			// One session per connection: as many members as connections, each signed in.
			List<String> sessions = new ArrayList<>();
			for (int member = 0; member < connections; member++) {
				sessions.add(signIn(base, user));
			}
			Path report = work.resolve("report.lua");
			Files.writeString(report, REPORT);
			Path members = work.resolve("members.lua");
			Files.writeString(members, REPORT + members(sessions));
			List<Target> targets = List.of(new Target("group page, signed in", base + "/groups/" + group, members),
					new Target("home page, signed in", base + "/", members),
					new Target("search \"vand klima\", signed in", base + "/search?q=vand+klima", members),
					new Target("front page, anonymous", base + "/", report));
			Path site = work.resolve("static");
			Files.createDirectories(site);
			Files.writeString(site.resolve("group.html"), get(targets.get(0).url(), sessions.get(0)));
			Files.writeString(site.resolve("front.html"), get(targets.get(3).url(), null));
			nginx = nginx(work, site, port + 1);
			String statics = "http://127.0.0.1:" + (port + 1);
			System.out.printf(
					"%nPages under load: wrk, %d threads, %d connections (signed in: one member's session "
							+ "each), %d s each after %d s of warm-up; load average before: %s%n",
					threads, connections, seconds, warmup, load());
			System.out.printf("  %-36s %9s %9s %9s %13s %13s%n", "", "p50 ms", "p95 ms", "req/s", "JVM ms/req",
					"PG ms/req");
			for (Target target : targets) {
				measure(target, threads, connections, warmup, seconds, app, database);
			}
			for (Target target : List.of(new Target("nginx, static group page", statics + "/group.html", report),
					new Target("nginx, static front page", statics + "/front.html", report))) {
				measure(target, threads, connections, warmup, seconds, null, null);
			}
			System.out.printf("  load average after: %s, processors: %d%n", load(),
					Runtime.getRuntime().availableProcessors());
		}
		finally {
			if (nginx != null) {
				nginx.destroy();
				nginx.waitFor(10, TimeUnit.SECONDS);
			}
			app.destroy();
			app.waitFor(60, TimeUnit.SECONDS);
		}
	}

	/** A page and the wrk script that asks for it, with the members' sessions or none. */
	record Target(String name, String url, Path script) {
	}

	private static void measure(Target target, int threads, int connections, int warmup, int seconds, Process app,
			Path database) throws Exception {
		wrk(target, threads, connections, warmup);
		long[] before = cpu(app, database);
		String[] result = wrk(target, threads, connections, seconds);
		long[] after = cpu(app, database);
		long requests = Long.parseLong(result[1]);
		double rate = requests / (Long.parseLong(result[2]) / 1e6);
		String jvm = app == null ? "" : String.format("%.2f", (after[0] - before[0]) / 1e6 / requests);
		String postgres = app == null ? "" : String.format("%.2f", (after[1] - before[1]) / 1e6 / requests);
		System.out.printf("  %-36s %9.1f %9.1f %9.0f %13s %13s%s%n", target.name(), Double.parseDouble(result[3]),
				Double.parseDouble(result[4]), rate, jvm, postgres,
				"0".equals(result[5]) ? "" : "  (" + result[5] + " errors or non-2xx answers)");
	}

	private static String[] wrk(Target target, int threads, int connections, int seconds) throws Exception {
		List<String> command = new ArrayList<>(List.of("wrk", "-t" + threads, "-c" + connections, "-d" + seconds + "s",
				"--timeout", "10s", "-s", target.script().toString()));
		command.add(target.url());
		Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		wrk.waitFor();
		Matcher line = Pattern.compile("RESULT (\\d+) (\\d+) ([\\d.]+) ([\\d.]+) (\\d+)").matcher(output);
		if (!line.find()) {
			throw new IllegalStateException("wrk said: " + output);
		}
		return new String[] { line.group(0), line.group(1), line.group(2), line.group(3), line.group(4),
				line.group(5) };
	}

	/**
	 * The CPU time so far of the application's JVM and of its PostgreSQL server's
	 * processes, in nanoseconds.
	 */
	private static long[] cpu(Process app, Path database) throws IOException {
		if (app == null) {
			return new long[2];
		}
		long postmaster = Long.parseLong(Files.readAllLines(database.resolve("postmaster.pid")).get(0).strip());
		long postgres = ProcessHandle.of(postmaster)
			.map(p -> Stream.concat(Stream.of(p), p.children()))
			.orElseGet(Stream::empty)
			.mapToLong(p -> p.info().totalCpuDuration().map(Duration::toNanos).orElse(0L))
			.sum();
		return new long[] { app.toHandle().info().totalCpuDuration().map(Duration::toNanos).orElse(0L), postgres };
	}

	private static void awaitUp(String health, Process app, Path work) throws Exception {
		HttpClient client = HttpClient.newHttpClient();
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
		while (System.nanoTime() < deadline) {
			if (!app.isAlive()) {
				throw new IllegalStateException("the application stopped; see " + work.resolve("app.log"));
			}
			try {
				if (client
					.send(HttpRequest.newBuilder(URI.create(health)).build(), HttpResponse.BodyHandlers.discarding())
					.statusCode() == 200) {
					return;
				}
			}
			catch (IOException notYet) {
				// still starting
			}
			Thread.sleep(500);
		}
		throw new IllegalStateException("the application did not start within 10 minutes");
	}

	/**
	 * Signs in through the login form, as a browser does, and returns the session
	 * cookie's value.
	 */
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
		String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password=" + PASSWORD
				+ "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.discarding());
		return cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter(cookie -> cookie.getName().equals("SESSION"))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("signing in as " + user + " gave no session"));
	}

	/**
	 * Each request carries the next member's session cookie, so that 32 connections are
	 * 32 members, not one member in 32 tabs.
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

	private static String get(String url, String session) throws Exception {
		var request = HttpRequest.newBuilder(URI.create(url));
		if (session != null) {
			request.header("Cookie", "SESSION=" + session);
		}
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(request.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException(url + " answered " + response.statusCode());
		}
		return response.body();
	}

	/**
	 * nginx on the loopback address, serving the static copies, with its files in the
	 * benchmark's folder.
	 */
	private static Process nginx(Path work, Path site, int port) throws Exception {
		work.toFile().setExecutable(true, false);
		for (Path file : List.of(site, site.resolve("group.html"), site.resolve("front.html"))) {
			file.toFile().setReadable(true, false);
			file.toFile().setExecutable(true, false);
		}
		Path conf = work.resolve("nginx.conf");
		Files.writeString(conf, """
				daemon off;
				worker_processes auto;
				pid %1$s/nginx.pid;
				error_log %1$s/nginx-error.log;
				events { worker_connections 1024; }
				http {
				  access_log off;
				  client_body_temp_path %1$s/nginx-body;
				  proxy_temp_path %1$s/nginx-proxy;
				  fastcgi_temp_path %1$s/nginx-fastcgi;
				  uwsgi_temp_path %1$s/nginx-uwsgi;
				  scgi_temp_path %1$s/nginx-scgi;
				  default_type text/html;
				  server { listen 127.0.0.1:%2$d; root %3$s; }
				}
				""".formatted(work, port, site));
		Process nginx = new ProcessBuilder(nginx(), "-c", conf.toString(), "-p", work.toString())
			.redirectErrorStream(true)
			.redirectOutput(work.resolve("nginx.log").toFile())
			.start();
		HttpClient client = HttpClient.newHttpClient();
		for (int i = 0; i < 50; i++) {
			try {
				client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/front.html")).build(),
						HttpResponse.BodyHandlers.discarding());
				return nginx;
			}
			catch (IOException notYet) {
				Thread.sleep(100);
			}
		}
		throw new IllegalStateException("nginx did not start; see " + work.resolve("nginx.log"));
	}

	private static String nginx() {
		return Files.isExecutable(Path.of("/usr/sbin/nginx")) ? "/usr/sbin/nginx" : "nginx";
	}

	private static String load() throws IOException {
		Path loadavg = Path.of("/proc/loadavg");
		return Files.isReadable(loadavg) ? Files.readString(loadavg).split(" ")[0] : "unknown";
	}

}
