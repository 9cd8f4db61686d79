package dk.samspil.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dk.samspil.Cluster;
import dk.samspil.Wrk;

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
				sessions.add(Wrk.signIn(base, user));
			}
			Path report = work.resolve("report.lua");
			Files.writeString(report, Wrk.REPORT);
			Path members = work.resolve("members.lua");
			Files.writeString(members, Wrk.members(sessions));
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
					threads, connections, seconds, warmup, Wrk.load());
			System.out.printf("  %-36s %9s %9s %9s %13s %13s%n", "", "p50 ms", "p95 ms", "req/s", "JVM ms/req",
					"PG ms/req");
			for (Target target : targets) {
				measure(target, threads, connections, warmup, seconds, app, database);
			}
			for (Target target : List.of(new Target("nginx, static group page", statics + "/group.html", report),
					new Target("nginx, static front page", statics + "/front.html", report))) {
				measure(target, threads, connections, warmup, seconds, null, null);
			}
			System.out.printf("  load average after: %s, processors: %d%n", Wrk.load(),
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
		Wrk.run(target.script(), target.url(), threads, connections, warmup);
		long[] before = cpu(app, database);
		Wrk.Result result = Wrk.run(target.script(), target.url(), threads, connections, seconds);
		long[] after = cpu(app, database);
		String jvm = app == null ? "" : String.format("%.2f", (after[0] - before[0]) / 1e6 / result.requests());
		String postgres = app == null ? "" : String.format("%.2f", (after[1] - before[1]) / 1e6 / result.requests());
		System.out.printf("  %-36s %9.1f %9.1f %9.0f %13s %13s%s%n", target.name(), result.p50(), result.p95(),
				result.perSecond(), jvm, postgres,
				result.errors() == 0 ? "" : "  (" + result.errors() + " errors or non-2xx answers)");
	}

	/**
	 * The CPU time so far of the application's JVM and of its PostgreSQL server's
	 * processes, in nanoseconds.
	 */
	private static long[] cpu(Process app, Path database) throws IOException {
		return app == null ? new long[2] : new long[] { Wrk.cpu(app.toHandle()), Wrk.postgresCpu(database) };
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
		Process nginx = new ProcessBuilder(Cluster.nginx(), "-c", conf.toString(), "-p", work.toString())
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

}
