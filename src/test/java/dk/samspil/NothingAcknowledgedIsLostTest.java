package dk.samspil;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Citizens send responses while the application is killed (SIGKILL, no graceful stop);
 * after a restart on the same data directory every response that got a receipt number is
 * there. The restart also shows that a PostgreSQL server orphaned by the killed
 * application does not keep the data directory locked.
 */
class NothingAcknowledgedIsLostTest {

	private static final Pattern TOKEN = Pattern.compile("name=\"(_csrf|formToken)\" value=\"([^\"]+)\"");

	private static final Pattern RECEIPT = Pattern.compile("<strong>(H-\\d{6})</strong>");

	@TempDir
	Path directory;

	Process app;

	/** The port the application opened for itself at its last start. */
	int port;

	@AfterEach
	void stop() throws Exception {
		if (app != null && app.isAlive()) {
			app.destroy();
			app.waitFor(60, TimeUnit.SECONDS);
		}
	}

	@Test
	void everyResponseThatGotAReceiptSurvivesAKill() throws Exception {
		app = start("first");
		int firstPort = port;
		Map<String, String> acknowledged = new ConcurrentHashMap<>();
		AtomicBoolean sending = new AtomicBoolean(true);
		ExecutorService citizens = Executors.newFixedThreadPool(4);
		for (int c = 0; c < 4; c++) {
			int citizen = c;
			citizens.submit(() -> respondUntilStopped(firstPort, citizen, sending, acknowledged));
		}
		Awaitility.await().atMost(Duration.ofSeconds(120)).until(() -> acknowledged.size() >= 40);
		app.destroyForcibly().waitFor();
		sending.set(false);
		citizens.shutdown();
		assertThat(citizens.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

		app = start("second");
		int secondPort = port;
		assertThat(Files.readString(directory.resolve("second.log"))).contains("left running on");
		assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(40);
		HttpClient http = HttpClient.newHttpClient();
		for (Map.Entry<String, String> receipt : acknowledged.entrySet()) {
			HttpResponse<String> page = http.send(
					HttpRequest.newBuilder(URI.create("http://localhost:" + secondPort + receipt.getKey())).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(page.statusCode()).as(receipt.getValue()).isEqualTo(200);
			assertThat(page.body()).contains(receipt.getValue());
		}
	}

	private void respondUntilStopped(int port, int citizen, AtomicBoolean sending, Map<String, String> acknowledged) {
		HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String base = "http://localhost:" + port;
		for (int i = 0; sending.get(); i++) {
			try {
				String form = http
					.send(HttpRequest.newBuilder(URI.create(base + "/consultations/1/respond")).build(),
							HttpResponse.BodyHandlers.ofString())
					.body();
				Map<String, String> tokens = new ConcurrentHashMap<>();
				Matcher matcher = TOKEN.matcher(form);
				while (matcher.find()) {
					tokens.put(matcher.group(1), matcher.group(2));
				}
				String body = "_csrf=" + encode(tokens.get("_csrf")) + "&formToken=" + encode(tokens.get("formToken"))
						+ "&name=Borger+" + citizen + "&postcode=7100&body=" + encode("Svar " + citizen + "-" + i);
				HttpResponse<String> sent = http
					.send(HttpRequest.newBuilder(URI.create(base + "/consultations/1/respond"))
						.header("Content-Type", "application/x-www-form-urlencoded")
						.POST(HttpRequest.BodyPublishers.ofString(body))
						.build(), HttpResponse.BodyHandlers.ofString());
				String location = URI.create(sent.headers().firstValue("Location").orElseThrow()).getPath();
				String receipt = http
					.send(HttpRequest.newBuilder(URI.create(base + location)).build(),
							HttpResponse.BodyHandlers.ofString())
					.body();
				Matcher number = RECEIPT.matcher(receipt);
				if (number.find()) {
					acknowledged.put(location, number.group(1));
				}
			}
			catch (Exception ex) {
				// The application is gone: whatever had no receipt yet was never
				// acknowledged.
				if (!sending.get()) {
					return;
				}
			}
		}
	}

	/**
	 * Starts the application on a port it opens itself, which its log names: with the
	 * tests in two JVMs, a port found free here could be taken by the other before the
	 * application opened it.
	 */
	private Process start(String name) throws IOException, InterruptedException {
		String java = ProcessHandle.current().info().command().orElse("java");
		String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
		Path log = directory.resolve(name + ".log");
		// a short-lived JVM: the quick compiler only, as in the cluster test, starts on
		// half
		// the CPU time
		Process process = new ProcessBuilder(java, "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp",
				classpath, "dk.samspil.SamspilApplication", "--server.port=0", "--samspil.database.ephemeral=false",
				"--samspil.database.directory=" + directory.resolve("postgres"), "--samspil.demo.data=true",
				"--samspil.consultations.max-responses-per-address=1000000")
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
		while (System.nanoTime() < deadline) {
			assertThat(process.isAlive()).as(() -> Cluster.tail(log)).isTrue();
			port = Cluster.listening(log);
			if (port == 0) {
				Thread.sleep(250);
				continue;
			}
			try {
				if (http
					.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/consultations/1")).build(),
							HttpResponse.BodyHandlers.discarding())
					.statusCode() == 200) {
					return process;
				}
			}
			catch (IOException notYet) {
				// still starting
			}
			Thread.sleep(250);
		}
		throw new AssertionError("The application did not start: " + Cluster.tail(log));
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
