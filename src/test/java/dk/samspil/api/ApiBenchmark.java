package dk.samspil.api;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import dk.samspil.SamspilApplication;
import dk.samspil.Wrk;
import dk.samspil.accounts.Accounts;
import dk.samspil.accounts.PersonId;
import dk.samspil.groups.GroupDirectory;
import dk.samspil.groups.GroupId;
import dk.samspil.groups.GroupKind;
import dk.samspil.groups.GroupRole;
import dk.samspil.region.MunicipalityCode;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The API's list of decisions under load: starts the application on a real port and an
 * embedded database of its own (demo data), gives a group of Vejle's 1,000 decisions, and
 * asks for them 50 a page with Vejle's token, with wrk at 32 connections (each request
 * the next of the 20 pages). Prints p50, p95 and requests a second, with the load average
 * before and after and the CPU time per request in the JVM and in PostgreSQL. It is not a
 * test. Run it with
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dk.samspil.api.ApiBenchmark}
 * (options {@code -Dseconds=15 -Dwarmup=15 -Dconnections=32 -Dthreads=2 -Dport=18090}).
 * Needs wrk.
 */
public final class ApiBenchmark {

	static final int DECISIONS = 1_000;

	static final int PAGE_SIZE = 50;

	/** Each request asks for the next of the pages, with the token. */
	private static final String SCRIPT = """
			counter = 0
			request = function()
			  counter = counter + 1
			  return wrk.format(nil, "%s&page=" .. (counter %% %d), { ["Authorization"] = "Bearer %s" })
			end
			""";

	/**
	 * Ends the JVM when done or failed: the application leaves threads behind that would
	 * keep {@code exec:java} waiting without a word.
	 */
	public static void main(String[] args) {
		try {
			run();
		}
		catch (Exception | Error ex) {
			ex.printStackTrace();
			System.exit(1);
		}
		System.exit(0);
	}

	private static void run() throws Exception {
		int seconds = Integer.getInteger("seconds", 15);
		int warmup = Integer.getInteger("warmup", 15);
		int connections = Integer.getInteger("connections", 32);
		int threads = Integer.getInteger("threads", 2);
		int port = Integer.getInteger("port", 18090);
		Path work = Files.createTempDirectory("samspil-api-");
		Path database = work.resolve("postgres");
		try (ConfigurableApplicationContext app = SpringApplication.run(SamspilApplication.class,
				"--server.port=" + port, "--samspil.database.directory=" + database,
				"--samspil.database.ephemeral=false", "--samspil.demo.boundaries-file=", "--logging.level.root=WARN")) {
			String slug = decisions(app);
			String token = app.getBean(ApiTokenDesk.class)
				.issue("Vejle, benchmark", new MunicipalityCode("0630"), person(app, "vejle.vand"));
			String path = "/api/v1/decisions?group=" + slug + "&size=" + PAGE_SIZE;
			String url = "http://127.0.0.1:" + port + path;
			check(url + "&page=0", token);
			Path script = work.resolve("api.lua");
			Files.writeString(script, SCRIPT.formatted(path, DECISIONS / PAGE_SIZE, token) + Wrk.REPORT);
			System.out.printf(
					"%nThe API's list of decisions, %d decisions %d a page, one municipality's token: "
							+ "wrk, %d threads, %d connections, %d s after %d s of warm-up; load average before: %s%n",
					DECISIONS, PAGE_SIZE, threads, connections, seconds, warmup, Wrk.load());
			Wrk.run(script, url, threads, connections, warmup);
			long[] before = cpu(database);
			Wrk.Result result = Wrk.run(script, url, threads, connections, seconds);
			long[] after = cpu(database);
			System.out.printf(
					"  p50 %.1f ms, p95 %.1f ms, %.0f requests a second, JVM %.2f ms and PostgreSQL %.2f ms "
							+ "of CPU a request%s%n",
					result.p50(), result.p95(), result.perSecond(), (after[0] - before[0]) / 1e6 / result.requests(),
					(after[1] - before[1]) / 1e6 / result.requests(),
					result.errors() == 0 ? "" : "  (" + result.errors() + " errors or non-2xx answers)");
			System.out.printf("  load average after: %s, processors: %d%n", Wrk.load(),
					Runtime.getRuntime().availableProcessors());
		}
	}

	/**
	 * A group with a member from Vejle only, and its 1,000 decisions on as many agenda
	 * items of ten meetings.
	 */
	private static String decisions(ConfigurableApplicationContext app) {
		GroupDirectory groups = app.getBean(GroupDirectory.class);
		GroupId group = groups.start("Beslutningsbenchmark", GroupKind.WORKING, "Mange beslutninger.");
		PersonId member = person(app, "vejle.vand");
		groups.addMember(group, member, GroupRole.CHAIR);
		JdbcClient jdbc = app.getBean(JdbcClient.class);
		for (int meeting = 0; meeting < 10; meeting++) {
			long id = jdbc
				.sql("""
						insert into meetings_meeting (group_id, title, starts_at, ends_at, agenda_deadline)
						values (?, ?, now() - make_interval(days => ?), now() - make_interval(days => ?) + interval '2 hours',
						  now() - make_interval(days => ? + 7)) returning id""")
				.params(group.value(), "Møde " + (meeting + 1), 30 * (10 - meeting), 30 * (10 - meeting),
						30 * (10 - meeting))
				.query(Long.class)
				.single();
			jdbc.sql(
					"""
							with items as (
							  insert into meetings_agenda_item (group_id, meeting_id, title, description, proposed_by, status, position)
							  select ?, ?, 'Punkt ' || n || ' om vandindvinding og grundvand', 'Baggrund', ?, 'ACCEPTED', n
							  from generate_series(1, ?) n returning id, position)
							insert into meetings_decision (group_id, meeting_id, item_id, text, decided_on)
							select ?, ?, id, 'Gruppen besluttede at gå videre med punkt ' || position || '.',
							  current_date - ?
							from items""")
				.params(group.value(), id, member.value(), DECISIONS / 10, group.value(), id, 30 * (10 - meeting))
				.update();
		}
		return groups.find(group).orElseThrow().slug();
	}

	private static PersonId person(ConfigurableApplicationContext app, String login) {
		return app.getBean(Accounts.class).findByUsername(login).orElseThrow();
	}

	private static void check(String url, String token) throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).build(),
					HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200 || !response.body().contains("\"totalItems\":" + DECISIONS)) {
			throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
		}
	}

	/**
	 * The CPU time so far of this JVM and of the PostgreSQL server's processes, in ns.
	 */
	private static long[] cpu(Path database) throws IOException {
		return new long[] { Wrk.cpu(ProcessHandle.current()), Wrk.postgresCpu(database) };
	}

}
