package dk.samspil.allocation;

import com.google.ortools.modelbuilder.ModelBuilder;
import com.google.ortools.modelbuilder.ModelSolver;
import com.google.ortools.modelbuilder.SolveStatus;

import dk.samspil.allocation.file.ModelFile;
import dk.samspil.allocation.file.NationalModel;
import dk.samspil.allocation.water.PtxStage;
import dk.samspil.allocation.water.WaterModel;
import dk.samspil.allocation.water.WaterReport;
import dk.samspil.allocation.water.WaterScenario;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prints the engine's speed on the Triangle Region, the synthetic national model and,
 * when their folder is there, the two scarce benchmark networks with pywr's figures for
 * them; an ensemble of 1,000 scenarios; and the same exported steps solved side by side
 * by GLOP (in process), glpsol and clp. Times within a run (warm: each month starts from
 * the basis of the month before, as pywr carries its LP from month to month) are only
 * ever set beside other warm times; a step solved from nothing beside the LP solvers
 * reading the same step cold. One run of a model in a fresh JVM gives the first-run time
 * and the peak resident memory of such a run. Every figure is printed with the load
 * average at the time, as the machine may be shared, and a summary ends the output: per
 * model the warm time a month (median, min..max), the cold first run, peak resident
 * memory, pywr's figure and the ratio to it (warm against warm), and one exported step
 * from nothing by the engine, GLOP, glpsol and clp (cold against cold). Not a test: run
 * it with {@code mvn -q test-compile exec:exec@allocation-benchmark}.
 */
public final class AllocationBenchmark {

	private AllocationBenchmark() {
	}

	/**
	 * Where the scarce benchmark networks and pywr's figures for them are looked for,
	 * first found wins.
	 */
	private static final List<String> SCARCE_FOLDERS = List.of("../shared/data/allocation-bench",
			"../../shared/data/allocation-bench");

	/**
	 * The heap a single run in a fresh JVM gets, so that its resident memory says what
	 * such a run needs.
	 */
	static final String ONE_RUN_HEAP = "-Xmx320m";

	public static void main(String[] args) throws Exception {
		if (args.length > 0 && args[0].equals("--one-run")) {
			oneRun(args[1]);
			return;
		}
		System.out.printf("Allocation benchmark: %d cores, Java %s, load average %s%n%n",
				Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), load());
		// "--warm-only": the times within a run and the single runs, without the ensemble
		// and the LP solvers
		boolean warmOnly = args.length > 0 && args[0].equals("--warm-only");
		List<Row> rows = new ArrayList<>();
		ModelFile triangle = ModelFile.resource("/allocation/triangle-region.json");
		Row triangleRow = new Row("Triangle (dry, growth)", triangle(triangle), null);
		triangleRow.cold = oneRunInFreshJvm("Triangle Region, hysynergy-1gw-dry-growth", "triangle");
		rows.add(triangleRow);
		ModelFile national = NationalModel.generate(1, Horizon.years(2025, 2054));
		Row nationalRow = new Row("national (ptx-dry)", national(national), null);
		nationalRow.cold = oneRunInFreshJvm("national model, ptx-dry", "national");
		rows.add(nationalRow);
		rows.addAll(scarce(warmOnly));
		if (!warmOnly) {
			ensemble(triangle);
			triangleRow.steps = sideBySide("Triangle", triangle, "hysynergy-1gw-dry-growth", 12,
					median(triangleRow.warm));
			nationalRow.steps = sideBySide("national", national, "ptx-dry", 3, median(nationalRow.warm));
			System.out.printf(
					"%npeak memory of this benchmark process (all of the above in one JVM): resident %s, heap %.0f MB%n",
					peakResident(), peakHeap() / 1e6);
		}
		summary(rows);
	}

	/**
	 * What the benchmark measured of one model: warm times a month (one per timed run),
	 * the first run in a fresh JVM, pywr's figure, and the median times of the exported
	 * steps solved from nothing (the engine, GLOP, glpsol, clp; NaN where not run).
	 */
	private static final class Row {

		private final String label;

		private final double[] warm;

		private final Double pywr;

		private String[] cold = { "-", "-" };

		private double[] steps = { Double.NaN, Double.NaN, Double.NaN, Double.NaN };

		Row(String label, double[] warm, Double pywr) {
			this.label = label;
			this.warm = warm;
			this.pywr = pywr;
		}

	}

	/**
	 * One line per model with every headline figure: warm against warm (pywr's figure
	 * from its README), cold against cold (the exported step from nothing).
	 */
	private static void summary(List<Row> rows) {
		System.out.printf("%nSummary, us a month (load %s); warm: median [min..max] within a run; cold: a first run"
				+ " in a fresh JVM; a step from nothing: engine / GLOP / glpsol / clp%n", load());
		System.out.printf("  %-22s %-28s %-10s %-12s %-24s %s%n", "model", "warm", "cold", "peak RSS",
				"pywr warm, pywr/engine", "a step from nothing");
		for (Row row : rows) {
			String warm = String.format("%.1f [%.1f..%.1f]", median(row.warm), Arrays.stream(row.warm).min().orElse(0),
					Arrays.stream(row.warm).max().orElse(0));
			String pywr = row.pywr == null ? "-" : String.format("%.0f, %.1fx", row.pywr, row.pywr / median(row.warm));
			StringBuilder steps = new StringBuilder();
			for (double step : row.steps) {
				steps.append(steps.isEmpty() ? "" : " / ")
					.append(Double.isNaN(step) ? "-" : String.format("%.0f", step));
			}
			System.out.printf("  %-22s %-28s %-10s %-12s %-24s %s%n", row.label, warm, row.cold[0], row.cold[1], pywr,
					steps);
		}
	}

	/**
	 * The two scarce networks: every month short, thousands of demands sharing a priority
	 * level. Warm as the README beside them measured Samspil (R7 30 warm-up + 10 timed
	 * runs, N98 5 + 5), set beside pywr's run-loop time per month; then a first run and
	 * its peak memory in a fresh JVM; then exported steps solved cold by every solver.
	 */
	private static List<Row> scarce(boolean warmOnly) throws IOException, InterruptedException {
		List<Row> rows = new ArrayList<>();
		Path folder = SCARCE_FOLDERS.stream().map(Path::of).filter(Files::isDirectory).findFirst().orElse(null);
		if (folder == null) {
			System.out.printf("%nScarce networks: skipped, no folder %s here%n", String.join(" or ", SCARCE_FOLDERS));
			return rows;
		}
		Map<String, Double> pywr = pywrMicrosPerStep(folder.resolve("README.md"));
		for (String name : List.of("r7-scarce", "n98-scarce")) {
			Path path = folder.resolve(name + ".json");
			if (!Files.isRegularFile(path)) {
				System.out.printf("%nScarce network %s: skipped, no file %s%n", name, path);
				continue;
			}
			ModelFile file = ModelFile.read(path);
			boolean small = name.startsWith("r7");
			int warmUps = small ? 30 : 5;
			int timed = small ? 10 : 5;
			System.out.printf("%nScarce network %s: %d nodes, %d links in the core network, %d months (load %s)%n",
					name, file.model().network().nodeIds().size(), file.model().network().linkIds().size(),
					file.horizon().months(), load());
			Engine engine = new Engine(file.model().network(), file.horizon());
			Scenario scenario = file.model().scenario(file.scenarios().get(0), file.horizon());
			for (int i = 0; i < warmUps; i++) {
				engine.run(scenario);
			}
			double[] micros = new double[timed];
			ScenarioResult result = null;
			for (int i = 0; i < timed; i++) {
				long start = System.nanoTime();
				result = engine.run(scenario);
				micros[i] = (System.nanoTime() - start) / 1e3 / file.horizon().months();
			}
			double warm = median(micros);
			Double reference = pywr.get(name);
			System.out.printf(
					"  warm, a month within a run: median %.1f us [%.1f..%.1f] of %d runs after %d warm-up runs"
							+ " (load %s)%n",
					warm, Arrays.stream(micros).min().orElse(0), Arrays.stream(micros).max().orElse(0), timed, warmUps,
					load());
			if (reference != null) {
				System.out
					.printf("  pywr + GLPK, warm, a month within a run (its README): %.0f us; pywr / engine = %.1fx"
							+ " (target at least 20x)%n", reference, reference / warm);
			}
			System.out.printf("  delivered per rank over the horizon, 1000 m3: %s%n", deliveredPerRank(file, result));
			System.out.printf("  %s%n", counts(file.model().network(), file.horizon(), scenario));
			Row row = new Row(name, micros, reference);
			row.cold = oneRunInFreshJvm(name, path.toString());
			if (!warmOnly) {
				row.steps = sideBySide(name, file, file.scenarios().get(0).name(), small ? 12 : 3, warm);
			}
			rows.add(row);
		}
		return rows;
	}

	/**
	 * What a run does a month, from one more run of the same scenario: solves of the step
	 * (one to check the shares the month before left, one more for each rank whose totals
	 * or groups of equal share change), simplex pivots over all of them, arcs that went
	 * over to their other bound within a pivot instead of entering, and months that ended
	 * after {@link FairShares#ROUNDS} solves with shares not yet checked.
	 */
	static String counts(Network network, Horizon horizon, Scenario scenario) {
		FlowSolver[] solver = new FlowSolver[1];
		Simulation simulation = new Simulation(network, horizon, scenario,
				problem -> solver[0] = new FlowSolver(problem));
		simulation.run(horizon.months());
		return String.format(
				"%.2f solves, %.1f pivots and %.1f bound flips a month; %d of %d months unfinished after %d solves (cap)",
				simulation.shares().allRounds() / (double) horizon.months(),
				solver[0].pivots() / (double) horizon.months(), solver[0].flips() / (double) horizon.months(),
				simulation.shares().unfinished(), horizon.months(), FairShares.ROUNDS);
	}

	/**
	 * Rank 0/1/2 totals, the id of each demand ending in -t1/-t2/-t3, as in the README's
	 * table.
	 */
	private static String deliveredPerRank(ModelFile file, ScenarioResult result) {
		double[] ranks = new double[3];
		for (var demand : file.model().demands()) {
			int rank = demand.id().endsWith("-t1") ? 0 : demand.id().endsWith("-t2") ? 1 : 2;
			for (int m = 0; m < file.horizon().months(); m++) {
				ranks[rank] += result.delivered(demand.id(), m);
			}
		}
		return String.format("%,.0f / %,.0f / %,.0f", ranks[0] / 1000, ranks[1] / 1000, ranks[2] / 1000);
	}

	/**
	 * pywr's median microseconds a step for each file, read from the table in the README
	 * beside the files.
	 */
	static Map<String, Double> pywrMicrosPerStep(Path readme) throws IOException {
		Map<String, Double> figures = new HashMap<>();
		if (!Files.isRegularFile(readme)) {
			return figures;
		}
		Pattern row = Pattern.compile("^\\|\\s*([a-z0-9-]+-scarce)\\s*\\|\\s*([0-9,.]+)\\s*\\[");
		for (String line : Files.readAllLines(readme)) {
			Matcher matcher = row.matcher(line);
			if (matcher.find()) {
				figures.putIfAbsent(matcher.group(1), Double.parseDouble(matcher.group(2).replace(",", "")));
			}
		}
		return figures;
	}

	/**
	 * Runs one model once in a new JVM with a small heap and prints what that run took:
	 * the first run, from reading the file to the last month, and the process's peak
	 * resident memory; returns the two.
	 */
	private static String[] oneRunInFreshJvm(String label, String model) throws IOException, InterruptedException {
		String java = ProcessHandle.current().info().command().orElse("java");
		Process process = new ProcessBuilder(java, ONE_RUN_HEAP, "-cp", System.getProperty("java.class.path"),
				AllocationBenchmark.class.getName(), "--one-run", model)
			.redirectErrorStream(true)
			.start();
		String output = new String(process.getInputStream().readAllBytes()).trim();
		process.waitFor();
		System.out.printf("  one run of the %s in a fresh JVM (%s): %s (load %s)%n", label, ONE_RUN_HEAP, output,
				load());
		Matcher cold = Pattern.compile("([0-9.]+) us a month").matcher(output);
		Matcher resident = Pattern.compile("peak resident (.+)$").matcher(output);
		return new String[] { cold.find() ? cold.group(1) : "-", resident.find() ? resident.group(1) : "-" };
	}

	private static void oneRun(String model) throws IOException {
		long start = System.nanoTime();
		ModelFile file = model.equals("national") ? NationalModel.generate(1, Horizon.years(2025, 2054))
				: model.equals("triangle") ? ModelFile.resource("/allocation/triangle-region.json")
						: ModelFile.read(Path.of(model));
		String scenarioName = model.equals("national") ? "ptx-dry"
				: model.equals("triangle") ? "hysynergy-1gw-dry-growth" : file.scenarios().get(0).name();
		long read = System.nanoTime();
		Engine engine = new Engine(file.model().network(), file.horizon());
		engine.run(file.model().scenario(file.scenario(scenarioName), file.horizon()));
		long end = System.nanoTime();
		System.out.printf(
				"cold, a first run from nothing: %.1f us a month (reading the model %.2f s before it), peak resident %s",
				(end - read) / 1e3 / file.horizon().months(), (read - start) / 1e9, peakResident());
	}

	/**
	 * The load average over the last minute, five and fifteen minutes, as uptime prints
	 * it.
	 */
	static String load() {
		try {
			String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
			return parts[0] + " " + parts[1] + " " + parts[2];
		}
		catch (IOException | RuntimeException e) {
			return "unknown";
		}
	}

	/** Warm times a month of both scenarios; returns those of the dry one, the last. */
	private static double[] triangle(ModelFile file) {
		WaterModel model = file.model();
		Engine engine = new Engine(model.network(), file.horizon());
		System.out.printf("Triangle Region: %d nodes, %d links in the core network, %d months%n",
				model.network().nodeIds().size(), model.network().linkIds().size(), file.horizon().months());
		double[] micros = null;
		for (String name : List.of("baseline", "hysynergy-1gw-dry-growth")) {
			Scenario scenario = model.scenario(file.scenario(name), file.horizon());
			// enough runs for the JIT compiler to finish with the solver's loops
			for (int i = 0; i < 30; i++) {
				engine.run(scenario);
			}
			micros = new double[10];
			for (int i = 0; i < micros.length; i++) {
				long start = System.nanoTime();
				engine.run(scenario);
				micros[i] = (System.nanoTime() - start) / 1e3 / file.horizon().months();
			}
			double median = median(micros);
			System.out.printf(
					"  %-26s median %7.1f us a step [%.1f..%.1f] = %7.0f steps/s on one core (target 20,000) (load %s)%n",
					name, median, Arrays.stream(micros).min().orElse(0), Arrays.stream(micros).max().orElse(0),
					1e6 / median, load());
			System.out.printf("  %-26s %s%n", "", counts(model.network(), file.horizon(), scenario));
		}
		return micros;
	}

	/** Warm times a month, in microseconds. */
	private static double[] national(ModelFile file) {
		Horizon horizon = file.horizon();
		Network network = file.model().network();
		System.out.printf("%nNational model: %d elements, %d pipes; %d nodes, %d links in the core network%n",
				file.model().groundwaterBodies().size() + file.model().waterworks().size()
						+ file.model().demands().size() + file.model().treatmentPlants().size()
						+ file.model().ptxPlants().size(),
				file.model().pipes().size(), network.nodeIds().size(), network.linkIds().size());
		double[] first = new double[5];
		for (int i = 0; i < first.length; i++) {
			Horizon oneMonth = new Horizon(horizon.start(), 1);
			Scenario scenario = file.model().scenario(file.scenario("ptx-dry"), oneMonth);
			long start = System.nanoTime();
			new Engine(network, oneMonth).run(scenario);
			first[i] = (System.nanoTime() - start) / 1e6;
		}
		Engine engine = new Engine(network, horizon);
		Scenario scenario = file.model().scenario(file.scenario("ptx-dry"), horizon);
		engine.run(scenario);
		double[] micros = new double[5];
		for (int i = 0; i < micros.length; i++) {
			long start = System.nanoTime();
			engine.run(scenario);
			micros[i] = (System.nanoTime() - start) / 1e3 / horizon.months();
		}
		System.out.printf("  ptx-dry, %d months: median %.2f ms a step [%.2f..%.2f] (target at most 5 ms) (load %s)%n",
				horizon.months(), median(micros) / 1e3, Arrays.stream(micros).min().orElse(0) / 1e3,
				Arrays.stream(micros).max().orElse(0) / 1e3, load());
		System.out.printf("  %s%n", counts(network, horizon, scenario));
		System.out.printf("  a run of one month, the graph and its first basis built from nothing: median %.1f ms%n",
				median(first));
		return micros;
	}

	private static void ensemble(ModelFile file) {
		Horizon horizon = Horizon.years(2025, 2054);
		WaterModel model = file.model();
		Random random = new Random(2025);
		List<Scenario> scenarios = new ArrayList<>();
		for (int i = 0; i < 1000; i++) {
			List<PtxStage> stages = List.of(new PtxStage("ptx-hysynergy", YearMonth.of(2025, 1), 20), new PtxStage(
					"ptx-hysynergy", YearMonth.of(2027 + random.nextInt(4), 1), 100 + random.nextInt(900)));
			WaterScenario scenario = new WaterScenario("ensemble-" + i, random.nextDouble() * 0.006,
					random.nextDouble() * 0.02, -random.nextDouble() * 0.01, 0.6 + random.nextDouble() * 0.4, stages);
			scenarios.add(model.scenario(scenario, horizon));
		}
		Engine engine = new Engine(model.network(), horizon);
		int threads = Runtime.getRuntime().availableProcessors();
		long start = System.nanoTime();
		List<Double> drinking = engine.runAll(scenarios, threads,
				result -> WaterReport.of(model, result).reliabilityByKind().get("drinking"));
		double seconds = (System.nanoTime() - start) / 1e9;
		System.out.printf(
				"%nEnsemble: 1,000 scenarios x 30 years of the Triangle Region on %d threads: %.1f s (target at most 60 s"
						+ " on 2 cores); %.0f steps/s; lowest drinking-water reliability %.3f%n",
				threads, seconds, 1000.0 * horizon.months() / seconds,
				drinking.stream().mapToDouble(Double::doubleValue).min().orElse(1));
	}

	/**
	 * Solves exported steps with every solver and prints the medians; returns them: the
	 * engine from nothing, GLOP, glpsol, clp (NaN where not installed).
	 */
	private static double[] sideBySide(String label, ModelFile file, String scenarioName, int steps,
			double engineMicros) throws IOException, InterruptedException {
		Horizon horizon = new Horizon(file.horizon().start(), Math.min(file.horizon().months(), steps * 12));
		Engine engine = new Engine(file.model().network(), horizon);
		Scenario scenario = file.model().scenario(file.scenario(scenarioName), horizon);
		Path folder = Files.createTempDirectory("allocation-benchmark");
		List<double[]> times = new ArrayList<>();
		double worstGap = 0;
		for (int s = 0; s < steps; s++) {
			int month = s * horizon.months() / steps;
			Path mps = folder.resolve("step-" + month + ".mps");
			Files.writeString(mps, engine.exportStep(scenario, month, Engine.StepFormat.MPS));
			double[] fromNothing = fromNothing(engine, scenario, month);
			double[] row = { engineMicros, fromNothing[0], Double.NaN, Double.NaN, Double.NaN };
			double[] objective = { fromNothing[1], glop(mps, row), Double.NaN, Double.NaN };
			int column = 3;
			for (ExternalSolver solver : ExternalSolver.values()) {
				if (solver.installed()) {
					ExternalSolver.Solution solution = solver.solve(mps, folder);
					row[column] = solution.seconds() * 1e6;
					objective[column - 1] = solution.objective();
				}
				column++;
			}
			for (double value : objective) {
				if (!Double.isNaN(value)) {
					worstGap = Math.max(worstGap, Math.abs(value - objective[0]) / Math.max(1, Math.abs(objective[0])));
				}
			}
			times.add(row);
		}
		System.out.printf("%nSide by side, %d exported steps of the %s model (%s), median per step (load %s):%n", steps,
				label, scenarioName, load());
		if (!Double.isNaN(engineMicros)) {
			System.out.printf("  %-34s %10.1f us  (warm: compare only with other warm figures)%n",
					"engine, step within a run", engineMicros);
		}
		// cold against cold: the engine on a new graph with no basis, the LP solvers on
		// the same step read afresh
		String[] names = { null, "engine, same step from nothing", "GLOP in process, same LP", "glpsol, same MPS file",
				"clp, same MPS file" };
		double cold = median(times.stream().mapToDouble(row -> row[1]).toArray());
		for (int c = 1; c < names.length; c++) {
			int column = c;
			double median = median(times.stream().mapToDouble(row -> row[column]).toArray());
			if (Double.isNaN(median)) {
				System.out.printf("  %-34s not installed (Debian package %s)%n", names[c],
						c == 3 ? "glpk-utils" : "coinor-clp");
			}
			else {
				System.out.printf("  %-34s %10.1f us  (%.1fx the engine from nothing)%n", names[c], median,
						median / cold);
			}
		}
		System.out.printf("  largest relative difference from the engine's optimum: %.2e%n", worstGap);
		double[] medians = new double[4];
		for (int c = 1; c < names.length; c++) {
			int column = c;
			medians[c - 1] = median(times.stream().mapToDouble(row -> row[column]).toArray());
		}
		return medians;
	}

	/**
	 * The microseconds the engine takes for one month on a new graph, with no basis and
	 * no groups of equal share from the month before (all its solves of the month: more
	 * than the one LP the other solvers get), and the optimum of the exported LP as the
	 * engine's simplex finds it.
	 */
	private static double[] fromNothing(Engine engine, Scenario scenario, int month) {
		Simulation simulation = new Simulation(engine.network(), engine.horizon(), scenario, engine::solverFor);
		simulation.run(month);
		StepProblem problem = simulation.problem();
		double[] flow = new double[problem.arcCount()];
		long optimum;
		try (FlowSolver solver = new FlowSolver(problem)) {
			solver.solve(flow);
			optimum = solver.optimalCost();
		}
		double[] micros = new double[5];
		for (int i = 0; i < micros.length; i++) {
			long start = System.nanoTime();
			FlowSolver solver = new FlowSolver(problem);
			new FairShares(problem).solve(solver, flow);
			micros[i] = (System.nanoTime() - start) / 1e3;
		}
		return new double[] { median(micros), optimum };
	}

	private static double glop(Path mps, double[] row) throws IOException {
		OrTools.load();
		ModelBuilder model = new ModelBuilder();
		model.importFromMpsString(Files.readString(mps));
		ModelSolver solver = new ModelSolver("glop");
		long start = System.nanoTime();
		SolveStatus status = solver.solve(model);
		row[2] = (System.nanoTime() - start) / 1e3;
		return status == SolveStatus.OPTIMAL ? solver.getObjectiveValue() : Double.NaN;
	}

	private static double median(double[] values) {
		double[] finite = Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
		return finite.length == 0 ? Double.NaN : finite[finite.length / 2];
	}

	private static String peakResident() throws IOException {
		return Files.readAllLines(Path.of("/proc/self/status"))
			.stream()
			.filter(line -> line.startsWith("VmHWM"))
			.map(line -> line.replace("VmHWM:", "").trim())
			.findFirst()
			.orElse("unknown");
	}

	private static long peakHeap() {
		return ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter(pool -> pool.getType() == MemoryType.HEAP)
			.mapToLong(pool -> pool.getPeakUsage().getUsed())
			.sum();
	}

}
