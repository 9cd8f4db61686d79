package dk.samspil.consultations;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dk.samspil.SamspilApplication;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import com.sun.management.OperatingSystemMXBean;

/**
 * Not a test: a benchmark that prints its figures. Its name keeps it out of
 * {@code mvn verify}; run it with
 * {@code mvn -B -q test -Dtest=IntakeBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 * It measures sustained intake over HTTP of responses with a small attachment, on the
 * embedded PostgreSQL with durable commits (fsync on, a synchronous commit per response),
 * and the grouping of 10,000 responses into campaigns.
 */
class IntakeBenchmark {

	static final int CLIENTS = Integer.getInteger("clients", 8);

	static final int WARM_UP_SECONDS = Integer.getInteger("warmup", 5);

	static final int SECONDS = Integer.getInteger("seconds", 20);

	static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@Test
	void intakeAndGrouping() throws Exception {
		Path directory = Files.createTempDirectory("samspil-intake-benchmark-");
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(SamspilApplication.class).run(
				"--server.port=0", "--samspil.database.ephemeral=false",
				"--samspil.database.directory=" + directory.resolve("postgres"), "--samspil.demo.data=true",
				"--samspil.consultations.max-responses-per-address=100000000", "--logging.level.root=WARN")) {
			int port = ((WebServerApplicationContext) app).getWebServer().getPort();
			intake(port, directory.resolve("postgres"));
		}
		grouping();
	}

	private void intake(int port, Path database) throws Exception {
		byte[] png = new byte[2048];
		System.arraycopy(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' }, 0, png, 0, 8);
		List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
		long[] failures = new long[1];
		long start = System.nanoTime();
		long measureFrom = start + TimeUnit.SECONDS.toNanos(WARM_UP_SECONDS);
		long end = measureFrom + TimeUnit.SECONDS.toNanos(SECONDS);
		ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
		for (int c = 0; c < CLIENTS; c++) {
			clients.submit(() -> {
				HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
				String base = "http://localhost:" + port + "/consultations/1/respond";
				Matcher csrf = CSRF.matcher(http
					.send(HttpRequest.newBuilder(URI.create(base)).build(), HttpResponse.BodyHandlers.ofString())
					.body());
				csrf.find();
				while (System.nanoTime() < end) {
					String boundary = "----samspil" + UUID.randomUUID();
					byte[] body = multipart(boundary, csrf.group(1), png);
					long sent = System.nanoTime();
					HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(base))
						.header("Content-Type", "multipart/form-data; boundary=" + boundary)
						.POST(HttpRequest.BodyPublishers.ofByteArray(body))
						.build(), HttpResponse.BodyHandlers.discarding());
					long done = System.nanoTime();
					if (sent >= measureFrom && done <= end) {
						if (response.statusCode() == 302) {
							latencies.add(done - sent);
						}
						else {
							synchronized (failures) {
								failures[0]++;
							}
						}
					}
				}
				return null;
			});
		}
		clients.shutdown();
		TimeUnit.NANOSECONDS.sleep(measureFrom - System.nanoTime());
		long[] cpuFrom = cpu(database);
		TimeUnit.NANOSECONDS.sleep(end - System.nanoTime());
		long[] cpuTo = cpu(database);
		clients.awaitTermination(SECONDS + WARM_UP_SECONDS + 60, TimeUnit.SECONDS);
		List<Long> sorted = new ArrayList<>(latencies);
		Collections.sort(sorted);
		System.out.printf("%nIntake over HTTP: %d clients, %d s measured after %d s warm-up, 2 KB PNG attached%n",
				CLIENTS, SECONDS, WARM_UP_SECONDS);
		System.out.printf("  accepted responses: %d (%.0f a second), refused or failed: %d%n", sorted.size(),
				sorted.size() / (double) SECONDS, failures[0]);
		System.out.printf("  latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n", percentile(sorted, 50),
				percentile(sorted, 95), percentile(sorted, 99), percentile(sorted, 100));
		// CPU time per response depends less than the figures above on what else the
		// machine is doing.
		System.out.printf(
				"  CPU per accepted response: %.2f ms in this JVM (server and load generator), %.2f ms in "
						+ "PostgreSQL%n",
				(cpuTo[0] - cpuFrom[0]) / 1e6 / sorted.size(), (cpuTo[1] - cpuFrom[1]) / 1e6 / sorted.size());
	}

	/**
	 * The CPU time so far of this JVM and of the PostgreSQL server's processes, in
	 * nanoseconds.
	 */
	private static long[] cpu(Path database) throws IOException {
		long jvm = ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
		long postmaster = Long.parseLong(Files.readAllLines(database.resolve("postmaster.pid")).get(0).strip());
		long postgres = ProcessHandle.of(postmaster)
			.map(p -> Stream.concat(Stream.of(p), p.children()))
			.orElseGet(Stream::empty)
			.mapToLong(p -> p.info().totalCpuDuration().map(Duration::toNanos).orElse(0L))
			.sum();
		return new long[] { jvm, postgres };
	}

	private void grouping() {
		Map<Long, String> texts = new LinkedHashMap<>();
		String[] letters = {
				"Vi protesterer mod vindmøllerne ved Randbøldal, landskabet er unikt og støjen rammer naboerne.",
				"Drikkevandet skal komme først, Power-to-X må ikke bruge grundvand der kan blive drikkevand.",
				"Bevar den grønne kile mellem Kolding og Vejle, den er vigtig for natur og friluftsliv." };
		Random random = new Random(1);
		for (long i = 0; i < 10_000; i++) {
			texts.put(i,
					i % 3 == 0
							? "Mit eget svar nr " + i + " om " + Long.toString(random.nextLong(), 36) + " og "
									+ Long.toString(random.nextLong(), 36) + " i området ved " + random.nextInt(1000)
							: "Kære byråd. " + letters[(int) (i % 3)] + " Hilsen borger " + i);
		}
		// Warmed up on other texts: a text's signature is kept once worked out, so the
		// same texts again would measure the kept signatures only (printed second).
		Map<Long, String> warmUp = new LinkedHashMap<>();
		texts.forEach((id, text) -> warmUp.put(id, text + " (opvarmning)"));
		CampaignGrouping.groups(warmUp);
		long start = System.nanoTime();
		List<List<Long>> groups = CampaignGrouping.groups(texts);
		double seconds = (System.nanoTime() - start) / 1e9;
		start = System.nanoTime();
		CampaignGrouping.groups(texts);
		double again = (System.nanoTime() - start) / 1e9;
		System.out.printf(
				"Grouping 10,000 responses into campaigns: %.2f s, %d groups, largest %d; again, signatures kept: %.2f s%n%n",
				seconds, groups.size(), groups.get(0).size(), again);
	}

	private static byte[] multipart(String boundary, String csrf, byte[] png) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("_csrf", csrf);
		fields.put("formToken", UUID.randomUUID().toString());
		fields.put("name", "Benchmark Borger");
		fields.put("postcode", "7100");
		fields.put("sections", "vand-som-ressource");
		fields.put("body", "Drikkevandet skal komme først. Svar " + UUID.randomUUID());
		for (Map.Entry<String, String> field : fields.entrySet()) {
			out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
					+ field.getValue() + "\r\n")
				.getBytes(StandardCharsets.UTF_8));
		}
		out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"kort.png\"\r\n"
				+ "Content-Type: image/png\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		out.write(png);
		out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return out.toByteArray();
	}

	private static double percentile(List<Long> sorted, int percent) {
		if (sorted.isEmpty()) {
			return Double.NaN;
		}
		int index = Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1);
		return sorted.get(Math.max(0, index)) / 1e6;
	}

}
