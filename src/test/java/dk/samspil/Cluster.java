package dk.samspil;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Several instances of the application on one PostgreSQL behind nginx, as in production:
 * each instance a JVM of its own, started from the class path the tests were given less
 * the test classes (so that it can be killed with SIGKILL like a crashed server, and
 * without packaging the jar first), the database a PostgreSQL server of its own that
 * outlives them, and nginx spreading requests round robin and passing the client's host,
 * scheme and address on.
 * <p>
 * The tests run in two JVMs at once, so no port is chosen ahead and handed on: an
 * instance opens a free one itself and its log says which, and nginx, which cannot, is
 * given another port when the one chosen for it was taken meanwhile.
 */
public final class Cluster implements AutoCloseable {

	private final Path work;

	private final EmbeddedPostgres postgres;

	private final List<Instance> instances = new ArrayList<>();

	private int proxyPort;

	private Process nginx;

	/**
	 * Starts the database, {@code size} instances one after the other (the first loads
	 * the demo data), then nginx in front of them.
	 */
	public Cluster(Path work, int size, List<String> jvmOptions, List<String> arguments) throws Exception {
		this.work = work;
		// nginx's workers may run as another user, who must reach its files.
		work.toFile().setExecutable(true, false);
		this.postgres = EmbeddedPostgres.builder()
			.setDataDirectory(work.resolve("postgres"))
			.setCleanDataDirectory(true)
			.start();
		this.proxyPort = freePort();
		try {
			for (int n = 1; n <= size; n++) {
				Instance instance = new Instance(n, jvmOptions, arguments);
				instances.add(instance);
				instance.start();
			}
			nginx = startNginx();
		}
		catch (Exception | AssertionError ex) {
			close();
			throw ex;
		}
	}

	/** Whether nginx is installed (Debian: {@code nginx-light}). */
	public static boolean nginxInstalled() {
		return Files.isExecutable(Path.of(nginx()));
	}

	/** The address of a page through the proxy. */
	public String url(String path) {
		return "http://127.0.0.1:" + proxyPort + path;
	}

	public int proxyPort() {
		return proxyPort;
	}

	public Instance instance(int n) {
		return instances.get(n - 1);
	}

	public List<Instance> instances() {
		return instances;
	}

	/** A connection to the cluster's database. */
	public javax.sql.DataSource database() {
		return postgres.getPostgresDatabase();
	}

	@Override
	public void close() throws Exception {
		if (nginx != null) {
			nginx.destroy();
			nginx.waitFor(10, TimeUnit.SECONDS);
		}
		for (Instance instance : instances) {
			instance.stop();
		}
		postgres.close();
	}

	/** One application instance: its own JVM, port and log. */
	public final class Instance {

		private final int number;

		/** Opened by the first start (0 until then), and kept by a restart. */
		private int port;

		private final List<String> jvmOptions;

		private final List<String> arguments;

		private Process process;

		private int starts;

		Instance(int number, List<String> jvmOptions, List<String> arguments) {
			this.number = number;
			this.jvmOptions = jvmOptions;
			this.arguments = arguments;
		}

		/** The address of a page on this instance alone, past the proxy. */
		public String url(String path) {
			return "http://127.0.0.1:" + port + path;
		}

		public String name() {
			return "instance-" + number;
		}

		/** The log of this instance's current or last run. */
		public Path log() {
			return work.resolve(name() + "-" + starts + ".log");
		}

		/** Every log this instance wrote, one per start. */
		public List<Path> logs() {
			List<Path> logs = new ArrayList<>();
			for (int run = 1; run <= starts; run++) {
				logs.add(work.resolve(name() + "-" + run + ".log"));
			}
			return logs;
		}

		/**
		 * Starts the JVM and waits until it answers: the first time on a port it opens
		 * itself, later on the same port, which nginx sends to.
		 */
		public void start() throws Exception {
			starts++;
			String java = ProcessHandle.current().info().command().orElse("java");
			String classpath = productClassPath();
			List<String> command = new ArrayList<>(List.of(java));
			command.addAll(jvmOptions);
			command.addAll(List.of("-cp", classpath, "dk.samspil.SamspilApplication", "--server.port=" + port,
					"--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
					"--spring.datasource.username=postgres", "--samspil.demo.data=true",
					"--samspil.demo.boundaries-file=", "--server.forward-headers-strategy=native",
					"--db-scheduler.scheduler-name=" + name(),
					"--samspil.meetings.base-url=http://127.0.0.1:" + proxyPort));
			command.addAll(arguments);
			process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log().toFile()).start();
			awaitUp();
		}

		/** Stops the JVM as an operator would (SIGTERM), and waits until it is gone. */
		public void stop() throws InterruptedException {
			if (process != null && process.isAlive()) {
				process.destroy();
				if (!process.waitFor(60, TimeUnit.SECONDS)) {
					process.destroyForcibly().waitFor();
				}
			}
		}

		/** Kills the JVM with SIGKILL, as a crash would: no shutdown hook runs. */
		public void kill() throws InterruptedException {
			process.destroyForcibly().waitFor();
		}

		private void awaitUp() throws Exception {
			HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
			long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
			while (System.nanoTime() < deadline) {
				if (!process.isAlive()) {
					throw new AssertionError(name() + " stopped while starting:\n" + tail(log()));
				}
				if (port == 0) {
					port = listening(log());
				}
				try {
					if (http
						.send(HttpRequest.newBuilder(URI.create(url("/actuator/health"))).build(),
								HttpResponse.BodyHandlers.discarding())
						.statusCode() == 200) {
						return;
					}
				}
				catch (IOException notYet) {
					// still starting
				}
				Thread.sleep(250);
			}
			throw new AssertionError(name() + " did not start:\n" + tail(log()));
		}

	}

	/**
	 * nginx as a load balancer would be set up in production (README, "Several
	 * instances"): round robin; a request that found an instance down (refused, reset, or
	 * answered 502/503 by a stopping server) goes on to the next, except a non-idempotent
	 * one (a POST) that already reached an instance, which is never sent twice.
	 */
	private Process startNginx() throws Exception {
		for (int attempt = 1;; attempt++) {
			Process started = startNginxOn(proxyPort);
			if (started.isAlive()) {
				return started;
			}
			String log = tail(work.resolve("nginx.log"));
			if (!log.contains("Address already in use") || attempt == 3) {
				throw new AssertionError("nginx did not start:\n" + log);
			}
			proxyPort = freePort();
		}
	}

	/** nginx on this port, once it answers, or the process it was if it stopped. */
	private Process startNginxOn(int port) throws Exception {
		String servers = instances.stream()
			.map(instance -> "server 127.0.0.1:" + instance.port + " max_fails=1 fail_timeout=5s;")
			.collect(Collectors.joining("\n    "));
		Path conf = work.resolve("nginx.conf");
		Files.writeString(conf, """
				daemon off;
				worker_processes 1;
				pid %1$s/nginx.pid;
				error_log %1$s/nginx-error.log warn;
				events { worker_connections 1024; }
				http {
				  access_log off;
				  client_body_temp_path %1$s/nginx-body;
				  proxy_temp_path %1$s/nginx-proxy;
				  fastcgi_temp_path %1$s/nginx-fastcgi;
				  uwsgi_temp_path %1$s/nginx-uwsgi;
				  scgi_temp_path %1$s/nginx-scgi;
				  upstream samspil {
				    %2$s
				  }
				  gzip on;
				  gzip_proxied any;
				  gzip_types text/css application/javascript application/json application/problem+json image/svg+xml;
				  server {
				    listen 127.0.0.1:%3$d;
				    client_max_body_size 110m;
				    location / {
				      proxy_pass http://samspil;
				      proxy_set_header Host $http_host;
				      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
				      proxy_set_header X-Forwarded-Proto $scheme;
				      proxy_set_header X-Forwarded-Port $server_port;
				      proxy_next_upstream error timeout http_502 http_503;
				      proxy_connect_timeout 2s;
				      proxy_max_temp_file_size 0;
				    }
				  }
				}
				""".formatted(work, servers, port));
		Process process = new ProcessBuilder(nginx(), "-c", conf.toString(), "-p", work.toString())
			.redirectErrorStream(true)
			.redirectOutput(work.resolve("nginx.log").toFile())
			.start();
		// nginx writes its pid file once it holds its port: until then a server of the
		// other test JVM that took the port might answer in its place
		Path pid = work.resolve("nginx.pid");
		for (int i = 0; i < 100 && process.isAlive() && !Files.exists(pid); i++) {
			Thread.sleep(100);
		}
		HttpClient http = HttpClient.newHttpClient();
		for (int i = 0; i < 100 && process.isAlive(); i++) {
			try {
				http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(),
						HttpResponse.BodyHandlers.discarding());
				return process;
			}
			catch (IOException notYet) {
				Thread.sleep(100);
			}
		}
		if (process.isAlive()) {
			process.destroy();
			throw new AssertionError("nginx did not start:\n" + tail(work.resolve("nginx.log")));
		}
		return process;
	}

	/**
	 * The test class path without the test classes, so that an instance runs the
	 * product's code and settings only (the tests' settings and their in-process SMTP
	 * server stay out).
	 */
	private static String productClassPath() {
		String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
		return Arrays.stream(classpath.split(File.pathSeparator))
			.filter(entry -> !Path.of(entry).endsWith("test-classes"))
			.collect(Collectors.joining(File.pathSeparator));
	}

	/** Where Debian installs nginx. */
	public static String nginx() {
		return Files.isExecutable(Path.of("/usr/sbin/nginx")) ? "/usr/sbin/nginx" : "/usr/bin/nginx";
	}

	static String tail(Path log) {
		try {
			List<String> lines = Files.readAllLines(log);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
		}
		catch (IOException ex) {
			return ex.toString();
		}
	}

	/**
	 * The port the application whose log this is listens on, once its web server has
	 * started, or 0 before.
	 */
	static int listening(Path log) throws IOException {
		if (Files.exists(log)) {
			Matcher started = STARTED.matcher(Files.readString(log));
			if (started.find()) {
				return Integer.parseInt(started.group(1));
			}
		}
		return 0;
	}

	private static final Pattern STARTED = Pattern.compile("Tomcat started on port (\\d+)");

	static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
