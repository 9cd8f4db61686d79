package dk.samspil.water;

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
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import dk.samspil.BrowserTest;
import dk.samspil.Wrk;
import dk.samspil.accounts.Accounts;
import dk.samspil.accounts.PersonSummary;
import dk.samspil.allocation.Engine;
import dk.samspil.allocation.Horizon;
import dk.samspil.allocation.file.ModelFile;
import dk.samspil.allocation.file.NationalModel;
import dk.samspil.allocation.water.WaterScenario;
import dk.samspil.groups.GroupDirectory;
import dk.samspil.groups.GroupId;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The run benchmark, against the whole application on a real port as a member uses it:
 * for each case the time from posting "run" to the run's results page answering with
 * everything stored (the scheduler's workers, PostgreSQL, the page), and beside it the
 * engine's time alone for the same scenarios; then the result pages under 16 concurrent
 * users (wrk, p50 and p95), and how long the national result page takes to draw its
 * charts and map in Chromium. Not a timed test: it asserts nothing and runs only when
 * asked for:
 *
 * <pre>mvn -o test -Dtest=WaterBenchmark -Dwater.benchmark=true</pre>
 *
 * ({@code -Dwater.benchmark.only=Triangle} picks cases by name). Needs wrk and Chromium.
 */
@EnabledIfSystemProperty(named = "water.benchmark", matches = "true")
class WaterBenchmark extends BrowserTest {

	/**
	 * Seconds of load on a result page at least before it is measured (then until the JIT
	 * compiler is done, see {@link Wrk#warm}), so that the figures are a running
	 * server's, as members meet it, not a just-started one's.
	 */
	private static final int WARMUP = Integer.getInteger("water.benchmark.warmup", 20);

	/** At most this many seconds of warm-up (see {@link Wrk#warm}). */
	private static final int WARMUP_MOST = Integer.getInteger("water.benchmark.warmupMost", 180);

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@Autowired
	ModelDesk models;

	@Autowired
	ScenarioDesk scenarioDesk;

	@Autowired
	Runs runs;

	@Autowired
	Accounts accounts;

	@Autowired
	GroupDirectory groups;

	@Autowired
	JdbcClient jdbc;

	private HttpClient http;

	private CookieManager cookies;

	@Test
	void printTheFigures() throws Exception {
		PersonSummary chair = accounts.findByUsername(WaterDemoData.CHAIR).flatMap(accounts::find).orElseThrow();
		GroupId group = groups.findBySlug(WaterDemoData.GROUP).orElseThrow().id();
		cookies = new CookieManager();
		http = HttpClient.newBuilder().cookieHandler(cookies).build();
		signInOverHttp(WaterDemoData.CHAIR);
		System.out.printf("%nWater runs, whole application on a real port; load before: %s%n", Wrk.load());

		ModelFile triangle = ModelFile.parse(WaterDemoData.triangle(), "triangle");
		WaterModelId small = models.create(group, "Benchmark, Triangle", WaterDemoData.triangle(), "bench", chair.id(),
				chair.displayName());
		List<WaterScenario> drawn = EnsembleTest.ensemble(1, 2).draw();
		long first = scenarioDesk.create(small, drawn.get(0), "", "bench");
		long second = scenarioDesk.create(small, drawn.get(1), "", "bench");
		List<WaterScenario> five = List.of(triangle.scenario("baseline"), triangle.scenario("hysynergy-1gw"),
				triangle.scenario("hysynergy-1gw-dry"), drawn.get(0), drawn.get(1));
		long fiveRun = measure("Triangle, 31 years, 5 scenarios", small, triangle, five,
				"scenario=baseline&scenario=hysynergy-1gw&scenario=hysynergy-1gw-dry&stored=" + first + "&stored="
						+ second);

		Ensemble thousand = EnsembleTest.ensemble(2026, 1000);
		long ensemble = scenarioDesk.create(new Ensemble(0, small, "bench", thousand.size(), thousand.seed(),
				thousand.drinkingGrowth(), thousand.industryGrowth(), thousand.rechargeChange(),
				thousand.summerFactor(), thousand.ptx(), "bench", thousand.savedAt()));
		measure("Triangle, 1,000-scenario ensemble", small, triangle, thousand.draw(), "ensemble=" + ensemble);

		ModelFile national = NationalModel.generate(1, new Horizon(YearMonth.of(2025, 1), 360));
		WaterModelId big = models.create(group, "Benchmark, national", national.toJson(), "bench", chair.id(),
				chair.displayName());
		WaterScenario baseline = national.scenarios().isEmpty() ? WaterScenario.baseline("baseline", List.of())
				: national.scenarios().get(0);
		long nationalRun = measure("National model, 1 scenario, 360 months", big, national, List.of(baseline),
				"scenario=" + baseline.name());

		System.out.printf(
				"%nResult pages under load: wrk, 2 threads, 16 connections, 10 s after at least %d s of warm-up, until the JIT compiler is done%n",
				WARMUP);
		underLoad("Triangle run, 5 scenarios", fiveRun);
		underLoad("National run, 360 months", nationalRun);
		drawTime("National result page", nationalRun);
		System.out.printf("load after: %s, processors: %d%n", Wrk.load(), Runtime.getRuntime().availableProcessors());
	}

	/**
	 * Posts the run as the model page's form does, waits for the run to be over, then
	 * asks for its page; prints the times and returns the run.
	 */
	private long measure(String name, WaterModelId model, ModelFile file, List<WaterScenario> scenarios, String chosen)
			throws Exception {
		if (!name.contains(System.getProperty("water.benchmark.only", ""))) {
			return 0;
		}
		String token = csrf("/water/models/" + model.value() + "/versions/1");
		long[] cpuBefore = cpu();
		long started = System.nanoTime();
		HttpResponse<String> posted = http.send(HttpRequest.newBuilder(uri("/water/models/" + model.value() + "/runs"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("version=1&" + chosen + "&_csrf=" + encode(token)))
			.build(), HttpResponse.BodyHandlers.ofString());
		String location = posted.headers().firstValue("Location").orElseThrow();
		long run = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		Set<Integer> progress = new TreeSet<>();
		Run over;
		do {
			Thread.sleep(5);
			over = runs.find(run).orElseThrow();
			progress.add(over.done());
		}
		while (!over.over());
		double stored = (System.nanoTime() - started) / 1e9;
		HttpResponse<String> page = http.send(HttpRequest.newBuilder(uri("/water/runs/" + run)).build(),
				HttpResponse.BodyHandlers.ofString());
		double shown = (System.nanoTime() - started) / 1e9;
		long[] cpuAfter = cpu();
		long engineStart = System.nanoTime();
		Engine engine = new Engine(file.model().network(), file.horizon());
		scenarios.forEach(s -> engine.run(file.model().scenario(s, file.horizon())));
		double engineOnly = (System.nanoTime() - engineStart) / 1e9;
		System.out.printf(
				"%-40s %s (page %d): run to results stored %6.2f s, to results page shown %6.2f s | engine alone, one thread %6.2f s | CPU meanwhile: application %6.2f s, PostgreSQL %6.2f s | progress seen at %d steps | load %s%n",
				name, over.status(), page.statusCode(), stored, shown, engineOnly, (cpuAfter[0] - cpuBefore[0]) / 1e9,
				(cpuAfter[1] - cpuBefore[1]) / 1e9, progress.size(), Wrk.load());
		return run;
	}

	private void underLoad(String name, long run) throws Exception {
		if (run == 0) {
			return;
		}
		String session = cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter(c -> c.getName().equals("SESSION"))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElseThrow();
		Path script = Files.createTempFile("water-wrk", ".lua");
		Files.writeString(script, Wrk.REPORT);
		String url = "http://127.0.0.1:" + port + "/water/runs/" + run;
		String warmed = Wrk.warm(script, url, 2, 16, WARMUP, WARMUP_MOST, ProcessHandle.current(),
				"Cookie: SESSION=" + session);
		long one = System.nanoTime();
		for (int i = 0; i < 20; i++) {
			http.send(HttpRequest.newBuilder(uri("/water/runs/" + run)).build(),
					HttpResponse.BodyHandlers.discarding());
		}
		double each = (System.nanoTime() - one) / 20 / 1e6;
		int size = http
			.send(HttpRequest.newBuilder(uri("/water/runs/" + run)).build(), HttpResponse.BodyHandlers.ofByteArray())
			.body().length;
		System.out.printf("  %-36s one user, 20 pages one after another: %.1f ms each, %,d bytes a page%n", name, each,
				size);
		long[] before = cpu();
		Wrk.Result result = Wrk.run(script, url, 2, 16, 10, "Cookie: SESSION=" + session);
		long[] after = cpu();
		System.out.printf(
				"  %-36s p50 %7.1f ms  p95 %7.1f ms  %6.0f req/s  errors %s | CPU a page: application %.2f ms, PostgreSQL %.2f ms | load %s | %s%n",
				name, result.p50(), result.p95(), result.perSecond(), result.errors(),
				(after[0] - before[0]) / 1e6 / result.requests(), (after[1] - before[1]) / 1e6 / result.requests(),
				Wrk.load(), warmed);
		Files.delete(script);
	}

	/**
	 * Opens the page in Chromium five times and prints, for the slowest, the time from
	 * navigation start until every chart is drawn and the map has its areas.
	 */
	private void drawTime(String name, long run) {
		if (run == 0) {
			return;
		}
		WebDriver driver = browser.driver();
		signIn(WaterDemoData.CHAIR);
		List<Double> times = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			driver.get(url("/water/runs/" + run));
			Object drawn = new WebDriverWait(driver, Duration.ofSeconds(20), Duration.ofMillis(10))
				.until(d -> ((JavascriptExecutor) d).executeScript("""
						const canvases = [...document.querySelectorAll('canvas[id]')];
						const charts = canvases.length > 0 && canvases.every((c) => window.Chart && Chart.getChart(c));
						const map = !document.getElementById('shortfall-map')
						  || document.querySelector('#shortfall-map path.leaflet-interactive');
						return charts && map ? performance.now() : null;"""));
			if (i > 0) {
				times.add(((Number) drawn).doubleValue());
			}
		}
		System.out.printf("  %-36s charts and map drawn after %s ms (5 loads after a first) | load %s%n", name,
				times.stream().map(t -> String.valueOf(Math.round(t))).toList(), Wrk.load());
	}

	/**
	 * CPU time so far of this JVM (the application and the benchmark's idle polling) and
	 * of the PostgreSQL server's processes, in nanoseconds: figures that depend less than
	 * the wall clock on what else the machine does.
	 */
	private long[] cpu() throws IOException {
		Path data = Path.of(jdbc.sql("show data_directory").query(String.class).single());
		return new long[] { Wrk.cpu(ProcessHandle.current()), Wrk.postgresCpu(data) };
	}

	private void signInOverHttp(String user) throws Exception {
		String form = "username=" + encode(user) + "&password=samspil-demo&_csrf=" + encode(csrf("/login"));
		http.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.discarding());
	}

	private String csrf(String path) throws Exception {
		String page = http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString()).body();
		Matcher token = CSRF.matcher(page);
		if (!token.find()) {
			throw new IllegalStateException("no form on " + path);
		}
		return token.group(1);
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
