package dk.samspil;

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
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the benchmarks share: wrk, the HTTP load generator, with a script that makes it
 * print one line of figures; members signed in as a browser does, one session per
 * request; the machine's load; and the CPU time PostgreSQL spent.
 */
public final class Wrk {

	/** Ends a wrk script: wrk then prints the line {@link #run} reads. */
	public static final String REPORT = """
			done = function(summary, latency, requests)
			  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
			    + summary.errors.status + summary.errors.timeout
			  io.write(string.format("RESULT %d %d %.3f %.3f %.3f %d\\n", summary.requests, summary.duration,
			    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency.max / 1000, errors))
			end
			""";

	private static final Pattern RESULT = Pattern.compile("RESULT (\\d+) (\\d+) ([\\d.]+) ([\\d.]+) ([\\d.]+) (\\d+)");

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private Wrk() {
	}

	/**
	 * What wrk measured: latencies in milliseconds; errors are connection errors,
	 * timeouts and answers other than 2xx or 3xx.
	 */
	public record Result(long requests, double seconds, double p50, double p95, double max, long errors) {

		public double perSecond() {
			return requests / seconds;
		}

	}

	/**
	 * Runs wrk on {@code url} with a script that ends in {@link #REPORT}; {@code headers}
	 * are sent with every request.
	 */
	public static Result run(Path script, String url, int threads, int connections, int seconds, String... headers)
			throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of("wrk", "-t" + threads, "-c" + connections, "-d" + seconds + "s",
				"--timeout", "10s", "-s", script.toString()));
		for (String header : headers) {
			command.add("-H");
			command.add(header);
		}
		command.add(url);
		Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		wrk.waitFor();
		Matcher line = RESULT.matcher(output);
		if (!line.find()) {
			throw new IllegalStateException("wrk said: " + output);
		}
		return new Result(Long.parseLong(line.group(1)), Long.parseLong(line.group(2)) / 1e6,
				Double.parseDouble(line.group(3)), Double.parseDouble(line.group(4)), Double.parseDouble(line.group(5)),
				Long.parseLong(line.group(6)));
	}

	/** Seconds of a warm-up window; see {@link #warm}. */
	static final int WINDOW = 10;

	/**
	 * Loads {@code url} until the server is warm: at least {@code seconds}, then in
	 * windows of {@link #WINDOW} s until the JIT compiler's threads of the JVM
	 * {@code jvm} used less than 1 % of a window's time, for at most {@code most} seconds
	 * in all (without a JVM, e.g. nginx, just {@code seconds}). On this 2-core machine
	 * the compiler shares the processors with the requests: under load it worked for
	 * about a minute, a third to a half of a processor, and the group page's rate rose
	 * meanwhile from 284 to 1,350 a second; the rate alone can stay flat for half a
	 * minute and then jump, so it says less than the compiler does. Returns what it saw,
	 * to print beside the figures.
	 */
	public static String warm(Path script, String url, int threads, int connections, int seconds, int most,
			ProcessHandle jvm, String... headers) throws IOException, InterruptedException {
		if (jvm == null || seconds >= most) {
			run(script, url, threads, connections, seconds, headers);
			return "warmed " + seconds + " s";
		}
		int spent = 0;
		if (seconds > WINDOW) {
			run(script, url, threads, connections, seconds - WINDOW, headers);
			spent = seconds - WINDOW;
		}
		long compiling;
		long rate;
		do {
			long before = compilerCpu(jvm);
			rate = Math.round(run(script, url, threads, connections, WINDOW, headers).perSecond());
			compiling = compilerCpu(jvm) - before;
			spent += WINDOW;
		}
		while (spent < most && (spent < seconds || compiling >= WINDOW * 10_000_000L));
		return String.format("warmed %d s, last window %d a second, JIT compiler %.2f s of CPU in it", spent, rate,
				compiling / 1e9);
	}

	/**
	 * The CPU time so far, in nanoseconds, of the JIT compiler's threads of a JVM on
	 * Linux (named "C1 CompilerThre…" and "C2 CompilerThre…"), read from {@code /proc}.
	 */
	static long compilerCpu(ProcessHandle jvm) throws IOException {
		long ticks = 0;
		try (Stream<Path> tasks = Files.list(Path.of("/proc", String.valueOf(jvm.pid()), "task"))) {
			for (Path task : tasks.toList()) {
				try {
					if (Files.readString(task.resolve("comm")).contains("CompilerThre")) {
						String stat = Files.readString(task.resolve("stat"));
						String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
						ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
					}
				}
				catch (IOException ended) {
					// a thread that ended meanwhile
				}
			}
		}
		// the kernel counts in clock ticks, 100 a second on Linux
		return ticks * 10_000_000L;
	}

	/**
	 * A wrk script in which each request carries the next member's session cookie, so
	 * that the connections are members, not one member in many tabs.
	 */
	public static String members(List<String> sessions) {
		return """
				sessions = { %s }
				counter = 0
				request = function()
				  counter = counter + 1
				  return wrk.format(nil, nil, { ["Cookie"] = "SESSION=" .. sessions[counter %% #sessions + 1] })
				end
				""".formatted(sessions.stream().map(session -> '"' + session + '"').collect(Collectors.joining(", ")))
				+ REPORT;
	}

	/**
	 * Signs in through the login form with the demo password, as a browser does, and
	 * returns the session cookie's value.
	 */
	public static String signIn(String base, String user) throws IOException, InterruptedException {
		CookieManager cookies = new CookieManager();
		HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
		String login = client
			.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher csrf = CSRF.matcher(login);
		if (!csrf.find()) {
			throw new IllegalStateException("no sign-in form at " + base + "/login");
		}
		client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
					+ "&password=samspil-demo&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8)))
			.build(), HttpResponse.BodyHandlers.discarding());
		return cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter(cookie -> cookie.getName().equals("SESSION"))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("signing in as " + user + " gave no session"));
	}

	/** The machine's load average over the last minute, as benchmarks print it. */
	public static String load() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
		}
		catch (IOException | RuntimeException ex) {
			return "unknown";
		}
	}

	/**
	 * The CPU time so far, in nanoseconds, of the PostgreSQL server whose data lives in
	 * {@code data}: its postmaster and their children.
	 */
	public static long postgresCpu(Path data) throws IOException {
		long postmaster = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).strip());
		return ProcessHandle.of(postmaster)
			.map(p -> Stream.concat(Stream.of(p), p.children()))
			.orElseGet(Stream::empty)
			.mapToLong(Wrk::cpu)
			.sum();
	}

	/** The CPU time so far of a process, in nanoseconds. */
	public static long cpu(ProcessHandle process) {
		return process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
	}

}
