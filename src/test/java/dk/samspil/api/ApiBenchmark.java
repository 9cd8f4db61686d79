package dk.samspil.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import dk.samspil.JarApp;
import dk.samspil.Wrk;

import org.springframework.util.FileSystemUtils;

/**
 * The API's list of decisions under load, on the packaged jar as it runs in production:
 * starts it with {@code java -jar} on an embedded database of its own (demo data), gives
 * a group of Vejle's 1,000 decisions, and asks for them 50 a page with Vejle's token,
 * with wrk at 32 connections (each request the next of the 20 pages). Prints p50, p95 and
 * requests a second, the CPU time per request in the application's JVM and in its
 * PostgreSQL, and PostgreSQL's transactions per request (each statement outside a
 * transaction is one: about the number of queries), with the load average. Given several
 * jars ({@code -Djars=before.jar,after.jar}) it starts them all, each on its own port and
 * database, and measures them in turn, {@code -Drounds} times, so that they are compared
 * at the same load. It is not a test. Run it with
 * {@code mvn -q package -DskipTests && mvn -q exec:java -Dexec.classpathScope=test -Dexec.mainClass=dk.samspil.api.ApiBenchmark}
 * (options {@code -Djars=}, {@code -Drounds=1}, {@code -Dseconds=15}, {@code -Dwarmup=20}
 * (seconds at least, then until the JIT compiler is done, at most
 * {@code -DwarmupMost=180}), {@code -Dconnections=32}, {@code -Dthreads=2},
 * {@code -Dport=18090}, {@code -DjvmOptions=} for the application, e.g. a flight
 * recording, {@code -Dkeep=true} to keep the databases and logs). Needs wrk.
 */
public final class ApiBenchmark {

	static final int DECISIONS = 1_000;

	static final int PAGE_SIZE = 50;

	private static final String TOKEN = "benchmark-token-for-vejle-0630";

	/** Each request asks for the next of the pages, with the token. */
	private static final String SCRIPT = """
			counter = 0
			request = function()
			  counter = counter + 1
			  return wrk.format(nil, "%s&page=" .. (counter %% %d), { ["Authorization"] = "Bearer %s" })
			end
			""";

	private ApiBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		List<Path> jars = Arrays.stream(System.getProperty("jars", "target/samspil-0.1.0-SNAPSHOT.jar").split(","))
			.map(jar -> Path.of(jar.strip()).toAbsolutePath())
			.toList();
		int rounds = Integer.getInteger("rounds", 1);
		int seconds = Integer.getInteger("seconds", 15);
		int warmup = Integer.getInteger("warmup", 20);
		int connections = Integer.getInteger("connections", 32);
		int threads = Integer.getInteger("threads", 2);
		int port = Integer.getInteger("port", 18090);
		Path work = Files.createTempDirectory("samspil-api-");
		List<JarApp> apps = new ArrayList<>();
		try {
			for (Path jar : jars) {
				Path folder = work.resolve("app" + apps.size());
				JarApp app = JarApp.start(jar, folder, folder.resolve("postgres"), port + apps.size(),
						System.getProperty("jvmOptions", ""));
				apps.add(app);
				String slug = decisions(app);
				String path = "/api/v1/decisions?group=" + slug + "&size=" + PAGE_SIZE;
				check(app.base() + path + "&page=0");
				Files.writeString(work.resolve(app.name() + ".lua"),
						SCRIPT.formatted(path, DECISIONS / PAGE_SIZE, TOKEN) + Wrk.REPORT);
			}
			System.out
				.printf("%nThe API's list of decisions, %d decisions %d a page, one municipality's token, on the jar: "
						+ "wrk, %d threads, %d connections, %d s each after %d s of warm-up; load average before: %s%n",
						DECISIONS, PAGE_SIZE, threads, connections, seconds, warmup, Wrk.load());
			System.out.printf("  %-34s %8s %8s %8s %11s %10s %9s %6s%n", "", "p50 ms", "p95 ms", "req/s", "JVM ms/req",
					"PG ms/req", "PG tx/req", "load");
			for (int round = 0; round < rounds; round++) {
				for (JarApp app : apps) {
					measure(app, work, threads, connections, warmup, seconds);
				}
			}
			System.out.printf("  load average after: %s, processors: %d%n", Wrk.load(),
					Runtime.getRuntime().availableProcessors());
		}
		finally {
			for (JarApp app : apps) {
				app.close();
			}
		}
		// The databases take a few hundred megabytes of a shared temporary folder; after
		// a failure they stay, with the applications' logs.
		if (!Boolean.getBoolean("keep")) {
			FileSystemUtils.deleteRecursively(work);
		}
	}

	private static void measure(JarApp app, Path work, int threads, int connections, int warmup, int seconds)
			throws Exception {
		Path script = work.resolve(app.name() + ".lua");
		String url = app.base() + "/api/v1/decisions";
		String warmed = Wrk.warm(script, url, threads, connections, warmup, Integer.getInteger("warmupMost", 180),
				app.process().toHandle());
		long jvm = app.jvmCpu();
		long postgres = app.postgresCpu();
		long transactions = app.transactions();
		Wrk.Result result = Wrk.run(script, url, threads, connections, seconds);
		double requests = result.requests();
		System.out.printf("  %-34s %8.1f %8.1f %8.0f %11.2f %10.2f %9.1f %6s  %s%s%n", app.name(), result.p50(),
				result.p95(), result.perSecond(), (app.jvmCpu() - jvm) / 1e6 / requests,
				(app.postgresCpu() - postgres) / 1e6 / requests, (app.transactions() - transactions) / requests,
				Wrk.load(), warmed,
				result.errors() == 0 ? "" : "  (" + result.errors() + " errors or non-2xx answers)");
	}

	/**
	 * A group with a member from Vejle only, its 1,000 decisions on as many agenda items
	 * of ten meetings, and Vejle's token, written straight into the application's
	 * database; returns the group's slug.
	 */
	private static String decisions(JarApp app) throws Exception {
		try (Connection sql = app.connect()) {
			long member = single(sql, "select id from accounts_person where username = 'vejle.vand'");
			long group = single(sql,
					"""
							insert into groups_group (slug, name, kind, mandate)
							values ('beslutningsbenchmark', 'Beslutningsbenchmark', 'WORKING', 'Mange beslutninger.') returning id""");
			update(sql, "insert into groups_membership (group_id, person_id, role) values (?, ?, 'CHAIR')", group,
					member);
			for (int meeting = 0; meeting < 10; meeting++) {
				int daysAgo = 30 * (10 - meeting);
				long id = single(sql, """
						insert into meetings_meeting (group_id, title, starts_at, ends_at, agenda_deadline)
						values (?, 'Møde ' || ?, now() - make_interval(days => ?),
						  now() - make_interval(days => ?) + interval '2 hours', now() - make_interval(days => ? + 7))
						returning id""", group, meeting + 1, daysAgo, daysAgo, daysAgo);
				update(sql,
						"""
								with items as (
								  insert into meetings_agenda_item (group_id, meeting_id, title, description, proposed_by, status, position)
								  select ?, ?, 'Punkt ' || n || ' om vandindvinding og grundvand', 'Baggrund', ?, 'ACCEPTED', n
								  from generate_series(1, ?) n returning id, position)
								insert into meetings_decision (group_id, meeting_id, item_id, text, decided_on)
								select ?, ?, id, 'Gruppen besluttede at gå videre med punkt ' || position || '.', current_date - ?
								from items""",
						group, id, member, DECISIONS / 10, group, id, daysAgo);
			}
			update(sql, "insert into api_token (name, municipality_code, hash, created_by) values (?, '0630', ?, ?)",
					"Vejle, benchmark", ApiTokenDesk.hash(TOKEN), member);
			// As autovacuum does within a minute of so many new rows: without it the
			// first round is measured on the planner's figures of empty tables.
			for (String table : List.of("meetings_meeting", "meetings_agenda_item", "meetings_decision")) {
				update(sql, "vacuum analyze " + table);
			}
			return "beslutningsbenchmark";
		}
	}

	private static long single(Connection sql, String query, Object... params) throws SQLException {
		try (PreparedStatement statement = prepare(sql, query, params); ResultSet rows = statement.executeQuery()) {
			rows.next();
			return rows.getLong(1);
		}
	}

	private static void update(Connection sql, String statement, Object... params) throws SQLException {
		try (PreparedStatement prepared = prepare(sql, statement, params)) {
			prepared.executeUpdate();
		}
	}

	private static PreparedStatement prepare(Connection sql, String query, Object... params) throws SQLException {
		PreparedStatement statement = sql.prepareStatement(query);
		for (int i = 0; i < params.length; i++) {
			statement.setObject(i + 1, params[i]);
		}
		return statement;
	}

	private static void check(String url) throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + TOKEN).build(),
					HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200 || !response.body().contains("\"totalItems\":" + DECISIONS)) {
			throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
		}
	}

}
