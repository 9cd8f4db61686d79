package dk.samspil.allocation;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Sets two versions of the engine side by side in one JVM: this build and an earlier one
 * (its classes folder or jar), each in its own class loader over the same libraries, the
 * runs of a model alternating between them, so that the load of a shared machine falls on
 * both alike. Prints per model the CPU time a month of the running thread (median,
 * minimum, 90th percentile) and the ratio earlier / this build over the paired runs
 * (median, 10th and 90th percentile), and a digest of each version's answers. Only the
 * engine's public API is called, so any earlier build will do. Not a test: run it with
 * {@code java -cp <test classpath> dk.samspil.allocation.AllocationPairedBenchmark
 * EARLIER MODELS RUNS WARMUPS}, MODELS a comma-separated list of {@code triangle},
 * {@code national} or model files.
 */
public final class AllocationPairedBenchmark {

	private AllocationPairedBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		List<URL> libraries = new ArrayList<>();
		List<URL> ours = new ArrayList<>();
		for (URL entry : classPath()) {
			String path = entry.getPath().replaceAll("/$", "");
			boolean own = path.endsWith("target/classes") || path.endsWith("target/test-classes");
			(own ? ours : libraries).add(entry);
		}
		// the libraries load once, so OR-Tools' native library is bound to one loader
		ClassLoader shared = new URLClassLoader(libraries.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
		ClassLoader[] versions = { new URLClassLoader(new URL[] { Path.of(args[0]).toUri().toURL() }, shared),
				new URLClassLoader(ours.toArray(URL[]::new), shared) };
		int runs = Integer.parseInt(args[2]);
		int warmUps = Integer.parseInt(args[3]);
		for (String model : args[1].split(",")) {
			compare(model, versions, runs, warmUps);
		}
	}

	/**
	 * The class path this class came from: its loader's, as under {@code exec:java}, or
	 * the JVM's.
	 */
	private static List<URL> classPath() throws IOException {
		if (AllocationPairedBenchmark.class.getClassLoader() instanceof URLClassLoader loader) {
			return List.of(loader.getURLs());
		}
		List<URL> entries = new ArrayList<>();
		for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
			entries.add(Path.of(entry).toUri().toURL());
		}
		return entries;
	}

	private static void compare(String model, ClassLoader[] versions, int runs, int warmUps) throws Exception {
		Runnable[] run = new Runnable[2];
		int months = 0;
		for (int v = 0; v < 2; v++) {
			Run prepared = Run.of(versions[v], model);
			run[v] = prepared::run;
			months = prepared.months;
			System.out.printf("%s, %s: %s%n", model, v == 0 ? "earlier" : "this build", prepared.digest());
		}
		for (int i = 0; i < warmUps; i++) {
			run[0].run();
			run[1].run();
		}
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		double[][] cpu = new double[2][runs];
		double[] ratio = new double[runs];
		for (int i = 0; i < runs; i++) {
			for (int k = 0; k < 2; k++) {
				// each version goes first in every other pair
				int v = (i + k) % 2;
				long start = threads.getCurrentThreadCpuTime();
				run[v].run();
				cpu[v][i] = (threads.getCurrentThreadCpuTime() - start) / 1e3 / months;
			}
			ratio[i] = cpu[0][i] / cpu[1][i];
		}
		System.out.printf("%s, %d runs each after %d warm-up runs, CPU time a month (load %s):%n", model, runs, warmUps,
				AllocationBenchmark.load());
		for (int v = 0; v < 2; v++) {
			double[] sorted = cpu[v].clone();
			Arrays.sort(sorted);
			System.out.printf("  %-10s median %.2f us, minimum %.2f us, 90th percentile %.2f us%n",
					v == 0 ? "earlier" : "this build", sorted[runs / 2], sorted[0], sorted[runs * 9 / 10]);
		}
		Arrays.sort(ratio);
		System.out.printf("  earlier / this build, paired: median %.3f [%.3f..%.3f]%n", ratio[runs / 2],
				ratio[runs / 10], ratio[runs * 9 / 10]);
	}

	/**
	 * One model's scenario on one version of the engine, reached through its public API.
	 */
	private record Run(Object engine, Object scenario, Object network, int months) {

		static Run of(ClassLoader version, String model) throws Exception {
			Class<?> files = version.loadClass("dk.samspil.allocation.file.ModelFile");
			Class<?> horizons = version.loadClass("dk.samspil.allocation.Horizon");
			Object file = switch (model) {
				case "national" -> version.loadClass("dk.samspil.allocation.file.NationalModel")
					.getMethod("generate", long.class, horizons)
					.invoke(null, 1L, horizons.getMethod("years", int.class, int.class).invoke(null, 2025, 2054));
				case "triangle" ->
					files.getMethod("resource", String.class).invoke(null, "/allocation/triangle-region.json");
				default -> files.getMethod("read", Path.class).invoke(null, Path.of(model));
			};
			Object horizon = call(file, "horizon");
			Object waterModel = call(file, "model");
			Object chosen = switch (model) {
				case "national" -> files.getMethod("scenario", String.class).invoke(file, "ptx-dry");
				case "triangle" -> files.getMethod("scenario", String.class).invoke(file, "hysynergy-1gw-dry-growth");
				default -> ((List<?>) call(file, "scenarios")).get(0);
			};
			Object scenario = waterModel.getClass()
				.getMethod("scenario", chosen.getClass(), horizons)
				.invoke(waterModel, chosen, horizon);
			Object network = call(waterModel, "network");
			Object engine = version.loadClass("dk.samspil.allocation.Engine")
				.getConstructor(network.getClass(), horizons)
				.newInstance(network, horizon);
			return new Run(engine, scenario, network, (Integer) call(horizon, "months"));
		}

		Object result() {
			try {
				return engine.getClass().getMethod("run", scenario.getClass()).invoke(engine, scenario);
			}
			catch (ReflectiveOperationException e) {
				throw new IllegalStateException(e);
			}
		}

		void run() {
			result();
		}

		/** The run's total shortfall, and a hash of every link's flow month by month. */
		String digest() throws Exception {
			Object result = result();
			Method flows = result.getClass().getMethod("flows", String.class);
			long hash = 0;
			for (Object id : (Iterable<?>) call(network, "linkIds")) {
				for (double value : (double[]) flows.invoke(result, id)) {
					hash = 31 * hash + Math.round(value * 1000);
				}
			}
			return String.format("shortfall %.0f in all, flows hash %x", (Double) call(result, "totalShortfall"), hash);
		}

		private static Object call(Object target, String method) throws ReflectiveOperationException {
			return target.getClass().getMethod(method).invoke(target);
		}

	}

}
