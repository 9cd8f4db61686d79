package dk.samspil;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged application as it runs in production, for the benchmarks that compare
 * jars: started with {@code java -jar} on an embedded database of its own in
 * {@code folder} (demo data), {@code jvmOptions} (e.g. a flight recording) before
 * {@code -jar}. Its CPU time and PostgreSQL's are what the benchmarks print per request.
 */
public record JarApp(String name, Process process, Path database, String base) implements AutoCloseable {

	/**
	 * Starts the jar and waits until it answers; {@code database} may be a folder kept
	 * from an earlier run, which starts without loading the demo data again.
	 */
	public static JarApp start(Path jar, Path folder, Path database, int port, String jvmOptions) throws Exception {
		if (!Files.isRegularFile(jar)) {
			throw new IllegalStateException(jar + " is missing: run mvn package -DskipTests first");
		}
		Files.createDirectories(folder);
		List<String> command = new ArrayList<>(List.of("java"));
		if (!jvmOptions.isBlank()) {
			command.addAll(Arrays.asList(jvmOptions.strip().split("\\s+")));
		}
		command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port,
				"--samspil.database.directory=" + database, "--samspil.demo.boundaries-file="));
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(folder.resolve("app.log").toFile())
			.start();
		JarApp app = new JarApp(jar.getFileName().toString(), process, database, "http://127.0.0.1:" + port);
		app.awaitUp(folder);
		return app;
	}

	/** The CPU time so far of the JVM, in nanoseconds. */
	public long jvmCpu() {
		return Wrk.cpu(process.toHandle());
	}

	/** The CPU time so far of its PostgreSQL server, in nanoseconds. */
	public long postgresCpu() throws IOException {
		return Wrk.postgresCpu(database);
	}

	/**
	 * PostgreSQL's committed transactions so far, of every database of the server: each
	 * statement outside a transaction is one, so per request about the number of queries.
	 */
	public long transactions() throws IOException, SQLException {
		try (Connection sql = connect();
				Statement statement = sql.createStatement();
				ResultSet rows = statement.executeQuery("select sum(xact_commit)::bigint from pg_stat_database")) {
			// the statistics of this connection's own transaction are not counted yet
			rows.next();
			return rows.getLong(1);
		}
	}

	/** The embedded PostgreSQL of the application, as the backup command reaches it. */
	public Connection connect() throws IOException, SQLException {
		int port = Integer.parseInt(Files.readAllLines(database.resolve("postmaster.pid")).get(3).strip());
		return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres", "postgres", null);
	}

	@Override
	public void close() throws InterruptedException {
		process.destroy();
		process.waitFor(60, TimeUnit.SECONDS);
	}

	private void awaitUp(Path folder) throws Exception {
		HttpClient client = HttpClient.newHttpClient();
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException("the application stopped; see " + folder.resolve("app.log"));
			}
			try {
				if (client
					.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health")).build(),
							HttpResponse.BodyHandlers.discarding())
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

}
