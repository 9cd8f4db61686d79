package dk.samspil.allocation.file;

import dk.samspil.allocation.Engine;
import dk.samspil.allocation.Horizon;
import dk.samspil.allocation.ModelException;
import dk.samspil.allocation.Scenario;
import dk.samspil.allocation.ScenarioResult;
import dk.samspil.allocation.water.Quality;
import dk.samspil.allocation.water.Siting;
import dk.samspil.allocation.water.WaterModel;
import dk.samspil.allocation.water.WaterScenario;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

/**
 * Runs a model file from the command line and writes its results as CSV; see
 * {@link #USAGE}.
 */
public final class AllocationCli {

	static final String USAGE = """
			usage: AllocationCli (--model FILE | --demo | --national SEED) [options]
			  --model FILE          model file in the JSON format (docs/allocation/model-format.md)
			  --demo                the illustrative Triangle Region model
			  --national SEED       a synthetic national model generated from SEED
			  --scenarios A,B       scenarios to run (default: all in the model)
			  --out DIR             folder for the CSV files (default: allocation-results)
			  --threads N           threads for the scenarios (default: all cores)
			  --sources             add each demand's sources per month to demands.csv
			  --siting MW:QUALITY   for a proposed PtX plant of MW, per municipality what it could get (QUALITY potable|technical)
			  --export SCENARIO:MONTH:FILE  write one step as LP (.lp) or MPS (.mps) and stop
			  --write-model FILE    write the model as JSON and stop""";

	private AllocationCli() {
	}

	public static void main(String[] args) throws IOException {
		try {
			run(Arguments.parse(args));
		}
		catch (ModelException | IllegalArgumentException e) {
			System.err.println("error: " + e.getMessage());
			System.exit(2);
		}
	}

	static void run(Arguments arguments) throws IOException {
		ModelFile file = arguments.load();
		if (arguments.writeModel() != null) {
			Files.writeString(arguments.writeModel(), file.toJson());
			System.out.println("wrote " + arguments.writeModel());
			return;
		}
		WaterModel model = file.model();
		Horizon horizon = file.horizon();
		Engine engine = new Engine(model.network(), horizon);
		List<WaterScenario> scenarios = arguments.scenarios(file);
		if (arguments.export() != null) {
			export(engine, model, file, horizon, arguments.export());
			return;
		}
		List<Scenario> series = scenarios.stream().map(s -> model.scenario(s, horizon)).toList();
		long start = System.nanoTime();
		List<ScenarioResult> results = engine.runAll(series, arguments.threads());
		double seconds = (System.nanoTime() - start) / 1e9;
		try (CsvResults csv = new CsvResults(arguments.out(), arguments.sources())) {
			for (int i = 0; i < results.size(); i++) {
				csv.write(model, series.get(i), results.get(i));
			}
		}
		System.out.printf(Locale.ROOT, "%s: %d scenarios x %d months in %.2f s; CSV in %s%n", model.name(),
				results.size(), horizon.months(), seconds, arguments.out());
		if (file.illustrative()) {
			System.out.println("note: the model is marked illustrative; its figures are not for decisions");
		}
		if (arguments.siting() != null) {
			siting(model, scenarios.get(0), horizon, arguments);
		}
	}

	private static void export(Engine engine, WaterModel model, ModelFile file, Horizon horizon, String spec)
			throws IOException {
		String[] parts = spec.split(":", 3);
		if (parts.length != 3) {
			throw new IllegalArgumentException("--export needs SCENARIO:MONTH:FILE, got " + spec);
		}
		int month = Integer.parseInt(parts[1]);
		Path target = Path.of(parts[2]);
		Engine.StepFormat format = target.toString().endsWith(".lp") ? Engine.StepFormat.LP : Engine.StepFormat.MPS;
		Files.writeString(target, engine.exportStep(model.scenario(file.scenario(parts[0]), horizon), month, format));
		System.out.println("wrote step " + month + " of " + parts[0] + " to " + target);
	}

	private static void siting(WaterModel model, WaterScenario scenario, Horizon horizon, Arguments arguments)
			throws IOException {
		String[] parts = arguments.siting().split(":");
		double megawatts = Double.parseDouble(parts[0]);
		Quality quality = parts.length > 1 ? Quality.valueOf(parts[1].toUpperCase()) : Quality.TECHNICAL;
		List<Siting.Option> options = Siting.evaluate(model, scenario, horizon, megawatts, quality);
		Path target = arguments.out().resolve("siting.csv");
		try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(target))) {
			out.println("scenario,municipality,month,wanted_m3,available_m3,cuts_others,sources");
			for (Siting.Option option : options) {
				for (int m = 0; m < horizon.months(); m++) {
					String sources = option.sources()
						.get(m)
						.entrySet()
						.stream()
						.map(e -> e.getKey() + "=" + String.format(Locale.ROOT, "%.1f", e.getValue()))
						.reduce((a, b) -> a + ";" + b)
						.orElse("");
					out.printf(Locale.ROOT, "%s,%s,%s,%.1f,%.1f,%b,%s%n", scenario.name(), option.municipality(),
							horizon.month(m), option.wanted()[m], option.available()[m], option.cutsOthers(), sources);
				}
			}
		}
		System.out.println("siting of " + megawatts + " MW (" + quality.name().toLowerCase() + ") in " + target);
	}

	/** The parsed command line. */
	record Arguments(String model, boolean demo, Long national, List<String> scenarioNames, Path out, int threads,
			boolean sources, String siting, String export, Path writeModel) {

		static Arguments parse(String[] args) {
			String model = null;
			boolean demo = false;
			Long national = null;
			List<String> scenarios = List.of();
			Path out = Path.of("allocation-results");
			int threads = Runtime.getRuntime().availableProcessors();
			boolean sources = false;
			String siting = null;
			String export = null;
			Path writeModel = null;
			for (int i = 0; i < args.length; i++) {
				switch (args[i]) {
					case "--model" -> model = value(args, ++i);
					case "--demo" -> demo = true;
					case "--national" -> national = Long.parseLong(value(args, ++i));
					case "--scenarios" -> scenarios = List.of(value(args, ++i).split(","));
					case "--out" -> out = Path.of(value(args, ++i));
					case "--threads" -> threads = Integer.parseInt(value(args, ++i));
					case "--sources" -> sources = true;
					case "--siting" -> siting = value(args, ++i);
					case "--export" -> export = value(args, ++i);
					case "--write-model" -> writeModel = Path.of(value(args, ++i));
					default -> throw new IllegalArgumentException("unknown option " + args[i] + "\n" + USAGE);
				}
			}
			if ((model == null ? 0 : 1) + (demo ? 1 : 0) + (national == null ? 0 : 1) != 1) {
				throw new IllegalArgumentException("give exactly one of --model, --demo, --national\n" + USAGE);
			}
			return new Arguments(model, demo, national, scenarios, out, threads, sources, siting, export, writeModel);
		}

		ModelFile load() {
			if (demo) {
				return ModelFile.resource("/allocation/triangle-region.json");
			}
			if (national != null) {
				return NationalModel.generate(national, Horizon.years(2025, 2054));
			}
			return ModelFile.read(Path.of(model));
		}

		List<WaterScenario> scenarios(ModelFile file) {
			return scenarioNames.isEmpty() ? file.scenarios() : scenarioNames.stream().map(file::scenario).toList();
		}

		private static String value(String[] args, int index) {
			if (index >= args.length) {
				throw new IllegalArgumentException("option " + args[index - 1] + " needs a value\n" + USAGE);
			}
			return args[index];
		}
	}

}
