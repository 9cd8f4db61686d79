package dk.samspil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The group page under load behind nginx while one of two instances is restarted: 32
 * connections, each a signed-in member's session, in consecutive windows of a few
 * seconds; for each window the requests, those that failed (a connection error, a
 * timeout, or an answer other than 2xx/3xx), and the latency (p50, p95, max), with the
 * machine's load, and when the instance was stopped and was answering again.
 *
 * <pre>mvn -o test -Dtest=ClusterBenchmark -Dcluster.benchmark=true</pre>
 *
 * Options: {@code -Dconnections=32 -Dwindow=5 -Dwarmup=20}. Needs wrk and nginx. Asserts
 * nothing: it prints the figures.
 */
@EnabledIfSystemProperty(named = "cluster.benchmark", matches = "true")
class ClusterBenchmark {

	@TempDir
	Path work;

	@Test
	void printTheGroupPageWhileAnInstanceRestarts() throws Exception {
		int connections = Integer.getInteger("connections", 32);
		int window = Integer.getInteger("window", 5);
		int warmup = Integer.getInteger("warmup", 20);
		try (Cluster cluster = new Cluster(work, 2, List.of("-Xmx512m"), List.of())) {
			List<String> sessions = new ArrayList<>();
			for (int member = 0; member < connections; member++) {
				sessions.add(Wrk.signIn(cluster.url(""), "kolding.klima"));
			}
			Path script = work.resolve("members.lua");
			Files.writeString(script, Wrk.members(sessions));
			String page = cluster.url("/groups/klimachefgruppen");
			Wrk.run(script, page, 2, connections, warmup);
			System.out.printf(
					"%nGroup page behind nginx, 2 instances, wrk 2 threads, %d connections (one signed-in "
							+ "session each), windows of %d s; load average before: %s, processors: %d%n",
					connections, window, Wrk.load(), Runtime.getRuntime().availableProcessors());
			System.out.printf("  %6s %9s %7s %8s %8s %8s %6s  %s%n", "from s", "requests", "failed", "p50 ms", "p95 ms",
					"max ms", "load", "instance-2");
			long start = System.nanoTime();
			List<String> events = new ArrayList<>();
			CompletableFuture<Void> restart = null;
			long total = 0;
			long failed = 0;
			int afterRestart = 0;
			for (int n = 0; n < 40 && afterRestart < 3; n++) {
				double from = (System.nanoTime() - start) / 1e9;
				if (n == 2) {
					restart = CompletableFuture.runAsync(() -> restart(cluster.instance(2), start, events));
				}
				Wrk.Result result = Wrk.run(script, page, 2, connections, window);
				total += result.requests();
				failed += result.errors();
				String state;
				synchronized (events) {
					state = String.join(", ", events);
					events.clear();
				}
				System.out.printf("  %6.1f %9d %7d %8.1f %8.1f %8.1f %6s  %s%n", from, result.requests(),
						result.errors(), result.p50(), result.p95(), result.max(), Wrk.load(), state);
				if (restart != null && restart.isDone()) {
					afterRestart++;
				}
			}
			if (restart != null) {
				restart.join();
			}
			System.out.printf("  in all: %d requests, %d failed; load average after: %s%n", total, failed, Wrk.load());
		}
	}

	/** Stops the instance as an operator would (SIGTERM), and starts it again. */
	private static void restart(Cluster.Instance instance, long start, List<String> events) {
		try {
			note(events, start, "stopping");
			instance.stop();
			note(events, start, "stopped");
			instance.start();
			note(events, start, "answering again");
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void note(List<String> events, long start, String what) {
		synchronized (events) {
			events.add(String.format("%s at %.1f s", what, (System.nanoTime() - start) / 1e9));
		}
	}

}
