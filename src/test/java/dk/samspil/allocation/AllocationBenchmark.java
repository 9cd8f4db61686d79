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
import java.util.List;
import java.util.Random;

/**
 * Prints the engine's speed on the Triangle Region and the synthetic national model, an ensemble of 1,000
 * scenarios, and the same exported steps solved side by side by GLOP (in process), glpsol and clp.
 * Not a test: run it with {@code mvn -q test-compile exec:exec@allocation-benchmark}.
 */
public final class AllocationBenchmark {

	private AllocationBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		System.out.printf("Allocation benchmark: %d cores, Java %s%n%n", Runtime.getRuntime().availableProcessors(),
				System.getProperty("java.version"));
		ModelFile triangle = ModelFile.resource("/allocation/triangle-region.json");
		double triangleStep = triangle(triangle);
		ModelFile national = NationalModel.generate(1, Horizon.years(2025, 2054));
		double nationalStep = national(national);
		ensemble(triangle);
		sideBySide("Triangle", triangle, "hysynergy-1gw-dry-growth", 12, triangleStep);
		sideBySide("national", national, "ptx-dry", 3, nationalStep);
		System.out.printf("%npeak memory: resident %s, heap %.0f MB%n", peakResident(), peakHeap() / 1e6);
	}

	private static double triangle(ModelFile file) {
		WaterModel model = file.model();
		Engine engine = new Engine(model.network(), file.horizon());
		System.out.printf("Triangle Region: %d nodes, %d links in the core network, %d months%n",
				model.network().nodeIds().size(), model.network().linkIds().size(), file.horizon().months());
		double worst = 0;
		for (String name : List.of("baseline", "hysynergy-1gw-dry-growth")) {
			Scenario scenario = model.scenario(file.scenario(name), file.horizon());
			// enough runs for the JIT compiler to finish with the solver's loops
			for (int i = 0; i < 30; i++) {
				engine.run(scenario);
			}
			double[] micros = new double[10];
			for (int i = 0; i < micros.length; i++) {
				long start = System.nanoTime();
				engine.run(scenario);
				micros[i] = (System.nanoTime() - start) / 1e3 / file.horizon().months();
			}
			double median = median(micros);
			worst = Math.max(worst, median);
			System.out.printf("  %-26s median %7.1f us a step = %7.0f steps/s on one core (target 20,000)%n", name, median,
					1e6 / median);
		}
		return worst;
	}

	private static double national(ModelFile file) {
		Horizon horizon = file.horizon();
		Network network = file.model().network();
		System.out.printf("%nNational model: %d elements, %d pipes; %d nodes, %d links in the core network%n",
				file.model().groundwaterBodies().size() + file.model().waterworks().size() + file.model().demands().size()
						+ file.model().treatmentPlants().size() + file.model().ptxPlants().size(),
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
		double[] millis = new double[3];
		for (int i = 0; i < millis.length; i++) {
			long start = System.nanoTime();
			engine.run(scenario);
			millis[i] = (System.nanoTime() - start) / 1e6 / horizon.months();
		}
		System.out.printf("  ptx-dry, %d months: median %.2f ms a step (target at most 5 ms)%n", horizon.months(),
				median(millis));
		System.out.printf("  a run of one month, the graph and its first basis built from nothing: median %.1f ms%n",
				median(first));
		return median(millis) * 1e3;
	}

	private static void ensemble(ModelFile file) {
		Horizon horizon = Horizon.years(2025, 2054);
		WaterModel model = file.model();
		Random random = new Random(2025);
		List<Scenario> scenarios = new ArrayList<>();
		for (int i = 0; i < 1000; i++) {
			List<PtxStage> stages = List.of(new PtxStage("ptx-hysynergy", YearMonth.of(2025, 1), 20),
					new PtxStage("ptx-hysynergy", YearMonth.of(2027 + random.nextInt(4), 1), 100 + random.nextInt(900)));
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
		System.out.printf("%nEnsemble: 1,000 scenarios x 30 years of the Triangle Region on %d threads: %.1f s (target at most 60 s"
				+ " on 2 cores); %.0f steps/s; lowest drinking-water reliability %.3f%n", threads, seconds,
				1000.0 * horizon.months() / seconds, drinking.stream().mapToDouble(Double::doubleValue).min().orElse(1));
	}

	private static void sideBySide(String label, ModelFile file, String scenarioName, int steps, double engineMicros)
			throws IOException, InterruptedException {
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
		System.out.printf("%nSide by side, %d exported steps of the %s model (%s), median per step:%n", steps, label, scenarioName);
		String[] names = { "engine, step within a run", "engine, same step from nothing", "GLOP in process, same LP",
				"glpsol, same MPS file", "clp, same MPS file" };
		for (int c = 0; c < names.length; c++) {
			int column = c;
			double median = median(times.stream().mapToDouble(row -> row[column]).toArray());
			if (Double.isNaN(median)) {
				System.out.printf("  %-30s not installed (Debian package %s)%n", names[c], c == 3 ? "glpk-utils" : "coinor-clp");
			} else {
				System.out.printf("  %-30s %10.1f us  (%.1fx the engine)%n", names[c], median, median / engineMicros);
			}
		}
		System.out.printf("  largest relative difference from the engine's optimum: %.2e%n", worstGap);
	}

	/**
	 * The microseconds the engine takes for one step on a new graph, with no basis from the month before, and the
	 * optimum it finds.
	 */
	private static double[] fromNothing(Engine engine, Scenario scenario, int month) {
		Simulation simulation = new Simulation(engine.network(), engine.horizon(), scenario,
				Engine.Options.defaults().segments(), engine::solverFor);
		simulation.run(month);
		StepProblem problem = simulation.problem();
		double[] flow = new double[problem.arcCount()];
		double[] micros = new double[5];
		long optimum = 0;
		for (int i = 0; i < micros.length; i++) {
			long start = System.nanoTime();
			FlowSolver solver = new FlowSolver(problem);
			solver.solve(flow);
			micros[i] = (System.nanoTime() - start) / 1e3;
			optimum = solver.optimalCost();
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
		return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(line -> line.startsWith("VmHWM"))
				.map(line -> line.replace("VmHWM:", "").trim()).findFirst().orElse("unknown");
	}

	private static long peakHeap() {
		return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
				.mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
	}

}
