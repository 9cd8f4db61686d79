package dk.samspil;

import java.io.ByteArrayInputStream;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Two instances of the application, each its own JVM, on one PostgreSQL behind nginx
 * (round robin), as README's "Several instances" sets them up. Started from the test
 * class path rather than the packaged jar so that the test runs with the others in the
 * test phase, on the code just compiled. Skipped when nginx is not installed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterTest {

	private static final Pattern TOKEN = Pattern.compile("name=\"(_csrf|formToken)\" value=\"([^\"]+)\"");

	private static final Pattern RECEIPT = Pattern.compile("<strong>(H-\\d{6})</strong>");

	private static final Pattern JOB = Pattern.compile("Job (\\S+)/(\\S+) due (\\S+) ran on (\\S+): OK");

	/** Recurring jobs made to run every two seconds here, so that a few rounds pass. */
	private static final List<String> EVERY_TWO_SECONDS = List.of("meetings-daily-reminders",
			"strategy-round-reminders", "consultations-retention", "notifications-mail-cleanup");

	/** Kept when a test fails, with each instance's log and nginx's. */
	@TempDir(cleanup = CleanupMode.ON_SUCCESS)
	static Path work;

	static Cluster cluster;

	static JdbcClient database;

	@BeforeAll
	static void start() throws Exception {
		assumeTrue(Cluster.nginxInstalled(),
				"nginx is not installed (Debian: apt-get install nginx-light), so the cluster test is skipped");
		String everyTwoSeconds = "*/2 * * * * *";
		cluster = new Cluster(work, 2, List.of("-Xmx384m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"), List.of(
				"--spring.mail.host=127.0.0.1", "--spring.mail.port=" + TestMailServer.get().getSmtp().getPort(),
				"--samspil.meetings.reminder-cron=" + everyTwoSeconds,
				"--samspil.strategy.reminder-cron=" + everyTwoSeconds,
				"--samspil.consultations.erasure-cron=" + everyTwoSeconds,
				"--samspil.mail.cleanup-cron=" + everyTwoSeconds, "--samspil.mail.delivery-interval=500ms",
				"--logging.level.dk.samspil.jobs=debug", "--samspil.consultations.max-responses-per-address=1000000"));
		database = JdbcClient.create(cluster.database());
	}

	@AfterAll
	static void stop() throws Exception {
		if (cluster != null) {
			cluster.close();
		}
	}

	@Test
	@Order(1)
	void aPersonSignedInOnOneInstanceGoesOnOnTheOther() throws Exception {
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		signIn(browser, cluster.instance(1).url(""), "kolding.klima");

		assertThat(status(browser, cluster.instance(2).url("/groups/klimachefgruppen"))).isEqualTo(200);
		for (int i = 0; i < 4; i++) {
			assertThat(status(browser, cluster.url("/groups/klimachefgruppen"))).isEqualTo(200);
		}
		HttpClient stranger = HttpClient.newHttpClient();
		assertThat(status(stranger, cluster.instance(2).url("/groups/klimachefgruppen"))).as("not signed in")
			.isEqualTo(302);
	}

	@Test
	@Order(2)
	void aBrowserThatAcceptsGzipGetsThePagesCompressed() throws Exception {
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		signIn(browser, cluster.url(""), "kolding.klima");
		HttpResponse<byte[]> page = browser
			.send(HttpRequest.newBuilder(URI.create(cluster.url("/groups/klimachefgruppen")))
				.header("Accept-Encoding", "gzip")
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(page.headers().firstValue("Content-Encoding")).contains("gzip");
		try (var unzipped = new GZIPInputStream(new ByteArrayInputStream(page.body()))) {
			String html = new String(unzipped.readAllBytes(), StandardCharsets.UTF_8);
			assertThat(html).contains("Klimachefgruppen", "</html>");
			assertThat(page.body().length).as("compressed size").isLessThan(html.length() / 2);
		}
	}

	@Test
	@Order(2)
	void redirectsPointAtTheProxyNotAtAnInstance() throws Exception {
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		HttpResponse<String> signedIn = signIn(browser, cluster.url(""), "kolding.klima");
		String location = signedIn.headers().firstValue("Location").orElseThrow();
		assertThat(URI.create(cluster.url("/")).resolve(location).getPort()).isEqualTo(cluster.proxyPort());
	}

	@Test
	@Order(2)
	void aThemeAddedOnOneInstanceIsListedOnTheOtherThatKeptTheThemes() throws Exception {
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		signIn(browser, cluster.instance(1).url(""), "sekretariat");
		String name = "Havvind " + System.nanoTime();
		assertThat(page(browser, cluster.instance(2).url("/themes"))).contains("Grøn trepart").doesNotContain(name);

		Matcher token = TOKEN.matcher(page(browser, cluster.instance(1).url("/admin/themes")));
		assertThat(token.find()).as("the themes form").isTrue();
		HttpResponse<String> added = browser
			.send(HttpRequest.newBuilder(URI.create(cluster.instance(1).url("/admin/themes")))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("name=" + encode(name) + "&_csrf=" + encode(token.group(2))))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(added.statusCode()).isEqualTo(302);

		Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.until(() -> page(browser, cluster.instance(2).url("/themes")).contains(name));
	}

	@Test
	@Order(3)
	void aMailInTheOutboxIsSentOnce() {
		for (int n = 0; n < 20; n++) {
			database.sql("insert into notifications_mail (recipient, subject, body) values (?, ?, 'Once.')")
				.params("cluster" + n + "@samspil.example", "Cluster mail " + n)
				.update();
		}
		TestMailServer.await(mail -> mail.getSubject().startsWith("Cluster mail "), 20);
		Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.until(() -> database
				.sql("select count(*) from notifications_mail where subject like 'Cluster mail %' and sent_at is null")
				.query(Integer.class)
				.single() == 0);
		// Two more delivery rounds, in which a second sending would show.
		sleep(Duration.ofSeconds(2));
		Map<String, Integer> received = new HashMap<>();
		for (var mail : TestMailServer.received(mail -> mail.getSubject().startsWith("Cluster mail "))) {
			received.merge(subject(mail), 1, Integer::sum);
		}
		assertThat(received).hasSize(20).allSatisfy((subject, times) -> assertThat(times).as(subject).isEqualTo(1));
	}

	@Test
	@Order(4)
	void eachRoundOfAScheduledJobRunsOnceInTheCluster() throws Exception {
		Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).until(() -> {
			Map<String, List<String>> sofar = rounds();
			return EVERY_TWO_SECONDS.stream().allMatch(job -> dueTimes(sofar, job) >= 4);
		});
		Map<String, List<String>> rounds = rounds();
		rounds.forEach((round, ranOn) -> assertThat(ranOn).as(round).hasSize(1));
		List<String> recurring = database.sql("""
				select task_name from scheduled_tasks where task_instance = 'recurring' order by task_name""")
			.query(String.class)
			.list();
		assertThat(recurring).doesNotHaveDuplicates()
			.contains("accounts-forget-failed-logins", "accounts-session-cleanup", "consultations-closer",
					"notifications-mail-delivery", "water-lost-runs")
			.containsAll(EVERY_TWO_SECONDS);
	}

	@Test
	@Order(5)
	void anInstanceKilledMidRequestLosesNothingItAcknowledged() throws Exception {
		Map<String, String> acknowledged = new ConcurrentHashMap<>();
		AtomicInteger refused = new AtomicInteger();
		AtomicBoolean sending = new AtomicBoolean(true);
		ExecutorService citizens = Executors.newFixedThreadPool(4);
		for (int c = 0; c < 4; c++) {
			int citizen = c;
			citizens.submit(() -> respondUntilStopped(citizen, sending, acknowledged, refused));
		}
		try {
			Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> acknowledged.size() >= 20);
			cluster.instance(2).kill();
			int atKill = acknowledged.size();
			Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> acknowledged.size() >= atKill + 20);
		}
		finally {
			sending.set(false);
			citizens.shutdown();
			assertThat(citizens.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
		}
		List<String> stored = database.sql("select receipt from consultations_response where receipt in (:receipts)")
			.param("receipts", new ArrayList<>(acknowledged.keySet()))
			.query(String.class)
			.list();
		assertThat(stored).containsExactlyInAnyOrderElementsOf(acknowledged.keySet());
		System.out.printf("Cluster: %d responses acknowledged and stored, %d answered with an error around the kill%n",
				acknowledged.size(), refused.get());
	}

	/**
	 * A citizen sending responses through the proxy, one after the other: a response
	 * counts as acknowledged once its receipt page shows its number.
	 */
	private static void respondUntilStopped(int citizen, AtomicBoolean sending, Map<String, String> acknowledged,
			AtomicInteger refused) {
		HttpClient http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.connectTimeout(Duration.ofSeconds(5))
			.build();
		for (int i = 0; sending.get(); i++) {
			try {
				String form = http
					.send(HttpRequest.newBuilder(URI.create(cluster.url("/consultations/1/respond"))).build(),
							HttpResponse.BodyHandlers.ofString())
					.body();
				Map<String, String> tokens = new HashMap<>();
				Matcher matcher = TOKEN.matcher(form);
				while (matcher.find()) {
					tokens.put(matcher.group(1), matcher.group(2));
				}
				String text = "Svar " + citizen + "-" + i;
				String body = "_csrf=" + encode(tokens.get("_csrf")) + "&formToken=" + encode(tokens.get("formToken"))
						+ "&name=Borger+" + citizen + "&postcode=7100&body=" + encode(text);
				HttpResponse<String> sent = http
					.send(HttpRequest.newBuilder(URI.create(cluster.url("/consultations/1/respond")))
						.header("Content-Type", "application/x-www-form-urlencoded")
						.POST(HttpRequest.BodyPublishers.ofString(body))
						.build(), HttpResponse.BodyHandlers.ofString());
				if (sent.statusCode() != 302) {
					refused.incrementAndGet();
					continue;
				}
				String receipt = http
					.send(HttpRequest
						.newBuilder(URI.create(cluster.url(""))
							.resolve(sent.headers().firstValue("Location").orElseThrow()))
						.build(), HttpResponse.BodyHandlers.ofString())
					.body();
				Matcher number = RECEIPT.matcher(receipt);
				if (number.find()) {
					acknowledged.put(number.group(1), text);
				}
			}
			catch (IOException | InterruptedException | RuntimeException ex) {
				refused.incrementAndGet();
			}
		}
	}

	/** For each round of a job (name and due time), the instances that ran it. */
	private static Map<String, List<String>> rounds() throws IOException {
		Map<String, List<String>> rounds = new HashMap<>();
		for (Cluster.Instance instance : cluster.instances()) {
			for (Path log : instance.logs()) {
				Matcher line = JOB.matcher(Files.readString(log));
				while (line.find()) {
					rounds.computeIfAbsent(line.group(1) + " due " + line.group(3), round -> new ArrayList<>())
						.add(line.group(4));
				}
			}
		}
		return rounds;
	}

	private static long dueTimes(Map<String, List<String>> rounds, String job) {
		return rounds.keySet().stream().filter(round -> round.startsWith(job + " due ")).count();
	}

	private static HttpResponse<String> signIn(HttpClient browser, String base, String username) throws Exception {
		Matcher token = TOKEN.matcher(browser
			.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.ofString())
			.body());
		assertThat(token.find()).as("the login form").isTrue();
		HttpResponse<String> response = browser.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers
				.ofString("username=" + encode(username) + "&password=samspil-demo&_csrf=" + encode(token.group(2))))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
		return response;
	}

	private static String page(HttpClient client, String url) throws Exception {
		return client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString())
			.body();
	}

	private static int status(HttpClient client, String url) throws Exception {
		return client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding())
			.statusCode();
	}

	private static String subject(jakarta.mail.internet.MimeMessage mail) {
		try {
			return mail.getSubject();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
