package dk.samspil.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dk.samspil.Cluster;
import dk.samspil.JarApp;
import dk.samspil.Wrk;

/**
 * Pages under load, beside nginx serving a static copy of the same page: starts the
 * packaged jar with {@code java -jar} on an empty embedded database (demo data), signs in
 * as a demo member and measures with wrk the group page, the home page and a search
 * signed in, and the front page anonymously; then nginx serving the group page and the
 * front page as static files. Prints p50, p95, requests a second, the CPU time per
 * request in the application's JVM and in its PostgreSQL, which depend less than the rest
 * on what else the machine does, PostgreSQL's transactions per request (about the
 * queries) and the load average. Given several jars ({@code -Djars=before.jar,after.jar})
 * it starts them all, each on its own port and database, and measures each page on each
 * jar in turn, {@code -Drounds} times, so that they are compared at the same load. It is
 * not a test. Run it with
 * {@code mvn -q package -DskipTests && mvn -q exec:java -Dexec.classpathScope=test -Dexec.mainClass=dk.samspil.web.PageBenchmark}
 * (options: {@code -Djars=}, {@code -Drounds=1}, {@code -Dseconds=15},
 * {@code -Dwarmup=20} (seconds at least, then until the JIT compiler is done, at most
 * {@code -DwarmupMost=180}), {@code -Dconnections=32}, {@code -Dthreads=2},
 * {@code -Dport=18080}, {@code -Dgroup=klimachefgruppen}, {@code -Duser=kolding.klima},
 * {@code -Dpages=group,home,search,front} (some of them; {@code run}, a water run's
 * result page, {@code -Drun=1}, needs a member of the model's group, e.g.
 * {@code -Duser=fredericia.vand}; {@code long}, the hard case of the search: "vand" among
 * {@link LongDocuments#COUNT} long documents, which are in the index while it is
 * measured), {@code -Dnginx=false} (no static pages), {@code -DjvmOptions=} for the
 * application, e.g. a flight recording ({@code -DjvmOptions0=}, {@code -DjvmOptions1=}
 * for the first and second jar only, to compare settings of one jar given twice),
 * {@code -Ddatabase=} a folder kept from an earlier run, one jar only). Needs wrk and
 * nginx (Debian packages {@code wrk}, {@code nginx}); only loopback addresses are used.
 */
public final class PageBenchmark {

	/** At most this many seconds of warm-up for a page (see {@link Wrk#warm}). */
	private static final int WARMUP_MOST = Integer.getInteger("warmupMost", 180);

	public static void main(String[] args) throws Exception {
		List<Path> jars = Arrays.stream(System.getProperty("jars", "target/samspil-0.1.0-SNAPSHOT.jar").split(","))
			.map(jar -> Path.of(jar.strip()).toAbsolutePath())
			.toList();
		int rounds = Integer.getInteger("rounds", 1);
		int seconds = Integer.getInteger("seconds", 15);
		// At least; then until the JIT compiler is done (Wrk.warm): the figures are warm
		// ones.
		int warmup = Integer.getInteger("warmup", 20);
		int connections = Integer.getInteger("connections", 32);
		int threads = Integer.getInteger("threads", 2);
		int port = Integer.getInteger("port", 18080);
		String group = System.getProperty("group", "klimachefgruppen");
		String user = System.getProperty("user", "kolding.klima");
		// The pages measured, by the first word of their names.
		List<String> pages = List.of(System.getProperty("pages", "group,home,search,front").split(","));
		Path work = Files.createTempDirectory("samspil-pages-");
		List<JarApp> apps = new ArrayList<>();
		List<List<Target>> targets = new ArrayList<>();
		List<String> firstSessions = List.of();
		Process nginx = null;
		try {
			for (Path jar : jars) {
				Path folder = work.resolve("app" + apps.size());
				// A database of an earlier run starts without loading the demo data
				// again.
				Path database = jars.size() == 1 && System.getProperty("database") != null
						? Path.of(System.getProperty("database")).toAbsolutePath() : folder.resolve("postgres");
				JarApp app = JarApp.start(jar, folder, database, port + 1 + apps.size(),
						System.getProperty("jvmOptions" + apps.size(), System.getProperty("jvmOptions", "")));
				apps.add(app);
				// One session per connection: as many members as connections, each signed
				// in.
				List<String> sessions = new ArrayList<>();
				for (int member = 0; member < connections; member++) {
					sessions.add(Wrk.signIn(app.base(), user));
				}
				firstSessions = firstSessions.isEmpty() ? sessions : firstSessions;
				targets.add(targets(app, work.resolve("scripts" + apps.size()), group, sessions));
			}
			Path site = work.resolve("static");
			Files.createDirectories(site);
			Files.writeString(site.resolve("group.html"), get(targets.get(0).get(0).url(), firstSessions.get(0)));
			Files.writeString(site.resolve("front.html"), get(targets.get(0).get(3).url(), null));
			nginx = nginx(work, site, port);
			String statics = "http://127.0.0.1:" + port;
			System.out.printf(
					"%nPages under load: wrk, %d threads, %d connections (signed in: one member's session "
							+ "each), %d s each after %d s of warm-up; load average before: %s%n",
					threads, connections, seconds, warmup, Wrk.load());
			System.out.printf("  %-36s %9s %9s %9s %11s %10s %9s %6s %8s%n", "", "p50 ms", "p95 ms", "req/s",
					"JVM ms/req", "PG ms/req", "PG tx/req", "load", "ended");
			for (int round = 0; round < rounds; round++) {
				for (int page = 0; page < targets.get(0).size(); page++) {
					if (!pages.contains(targets.get(0).get(page).name().split(" ")[0])) {
						continue;
					}
					for (int n = 0; n < apps.size(); n++) {
						// the hard case's documents are in the index only while it is
						// measured
						boolean hard = targets.get(n).get(page).name().startsWith("long");
						if (hard) {
							LongDocuments.add(apps.get(n));
						}
						try {
							measure(targets.get(n).get(page), apps.size() == 1 ? "" : " (" + apps.get(n).name() + ")",
									threads, connections, warmup, seconds, apps.get(n));
						}
						finally {
							if (hard) {
								LongDocuments.remove(apps.get(n));
							}
						}
					}
				}
			}
			Path report = work.resolve("report.lua");
			Files.writeString(report, Wrk.REPORT);
			for (Target target : Boolean.parseBoolean(System.getProperty("nginx", "true"))
					? List.of(new Target("nginx, static group page", statics + "/group.html", report),
							new Target("nginx, static front page", statics + "/front.html", report))
					: List.<Target>of()) {
				measure(target, "", threads, connections, warmup, seconds, null);
			}
			System.out.printf("  load average after: %s, processors: %d%n", Wrk.load(),
					Runtime.getRuntime().availableProcessors());
		}
		finally {
			if (nginx != null) {
				nginx.destroy();
				nginx.waitFor(10, TimeUnit.SECONDS);
			}
			for (JarApp app : apps) {
				app.close();
			}
		}
	}

	/**
	 * The pages measured on one application, signed in with the members' sessions; chosen
	 * by the first word of their names.
	 */
	private static List<Target> targets(JarApp app, Path scripts, String group, List<String> sessions)
			throws Exception {
		Files.createDirectories(scripts);
		Path report = scripts.resolve("report.lua");
		Files.writeString(report, Wrk.REPORT);
		Path members = scripts.resolve("members.lua");
		Files.writeString(members, Wrk.members(sessions));
		String base = app.base();
		return List.of(new Target("group page, signed in", base + "/groups/" + group, members),
				new Target("home page, signed in", base + "/", members),
				new Target("search \"vand klima\", signed in", base + "/search?q=vand+klima", members),
				new Target("front page, anonymous", base + "/", report),
				new Target("run page (water, demo run), signed in",
						base + "/water/runs/" + System.getProperty("run", "1"), members),
				new Target("long documents: search \"vand\", signed in", base + "/search?q=vand", members));
	}

	/** A page and the wrk script that asks for it, with the members' sessions or none. */
	record Target(String name, String url, Path script) {
	}

	private static void measure(Target target, String label, int threads, int connections, int warmup, int seconds,
			JarApp app) throws Exception {
		String warmed = Wrk.warm(target.script(), target.url(), threads, connections, warmup, WARMUP_MOST,
				app == null ? null : app.process().toHandle());
		long[] before = cpu(app);
		Wrk.Result result = Wrk.run(target.script(), target.url(), threads, connections, seconds);
		long[] after = cpu(app);
		double requests = result.requests();
		String jvm = app == null ? "" : String.format("%.2f", (after[0] - before[0]) / 1e6 / requests);
		String postgres = app == null ? "" : String.format("%.2f", (after[1] - before[1]) / 1e6 / requests);
		String queries = app == null ? "" : String.format("%.1f", (after[2] - before[2]) / requests);
		System.out.printf("  %-36s %9.1f %9.1f %9.0f %11s %10s %9s %6s %8s  %s%s%n", target.name() + label,
				result.p50(), result.p95(), result.perSecond(), jvm, postgres, queries, Wrk.load(),
				LocalTime.now().truncatedTo(ChronoUnit.SECONDS), warmed,
				result.errors() == 0 ? "" : "  (" + result.errors() + " errors or non-2xx answers)");
	}

	/**
	 * The CPU time so far of the application's JVM and of its PostgreSQL server's
	 * processes, in nanoseconds, and PostgreSQL's transactions.
	 */
	private static long[] cpu(JarApp app) throws Exception {
		return app == null ? new long[3] : new long[] { app.jvmCpu(), app.postgresCpu(), app.transactions() };
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
