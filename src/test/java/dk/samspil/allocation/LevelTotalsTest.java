package dk.samspil.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dk.samspil.allocation.file.ModelFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Unchanged answers where nothing should change: sharing a shortage fairly within a
 * priority level only moves water between the level's own demands, so per month and per
 * level (tier, then rank) the engine delivers what an independent level-by-level LP says
 * each level can get, from the same starting state (what each store holds and what is
 * left of each cap as the months before left them). Checked with GLOP on sampled months
 * of the two scarce benchmark networks, when their folder is there, and on random scarce
 * networks; and the same months exported as MPS and solved by glpsol and clp give every
 * level the engine's total.
 */
class LevelTotalsTest {

	/**
	 * Where the scarce benchmark networks are looked for, first found wins (as the
	 * benchmark does).
	 */
	private static final List<String> FOLDERS = List.of("../shared/data/allocation-bench",
			"../../shared/data/allocation-bench");

	@TempDir
	Path folder;

	@Test
	void everyLevelOfTheSmallScarceNetworkGetsWhatTheLevelByLevelLpSays() throws Exception {
		compareOnScarceFile("r7-scarce", new int[] { 0, 31, 62, 93, 124, 155, 186, 217, 248, 279, 310, 341 },
				new int[] { 7, 200 });
	}

	/**
	 * GLOP takes minutes on each level of the large network's LP, so there glpsol and clp
	 * check an exported month.
	 */
	@Test
	void everyLevelOfTheLargeScarceNetworkGetsWhatGlpsolAndClpGiveItOnAnExportedMonth() throws Exception {
		compareOnScarceFile("n98-scarce", new int[0], new int[] { 17 });
	}

	@Test
	void everyLevelGetsWhatTheLevelByLevelLpSaysOnRandomScarceNetworks() {
		Random random = new Random(20261205);
		Horizon oneMonth = new Horizon(YearMonth.of(2030, 1), 1);
		int ranked = 0;
		for (int i = 0; i < 150; i++) {
			RandomNetworks.Case c = RandomNetworks.scarce(random);
			ScenarioResult result = new Engine(c.network(), oneMonth).run(c.scenario());
			LevelReference.Month month = LevelReference.startOf(c.network(), oneMonth, c.scenario(), result, 0);
			TreeMap<Long, Double> reference = LevelReference.levelTotals(c.network(), month, "GLOP");
			assertLevels(LevelReference.delivered(c.network(), result, 0), reference, c.network().unit, "network " + i);
			ranked += reference.size() > 1 ? 1 : 0;
		}
		assertThat(ranked).as("networks with more than one level").isGreaterThan(50);
	}

	private void compareOnScarceFile(String name, int[] months, int[] exported) throws Exception {
		Path file = FOLDERS.stream()
			.map(Path::of)
			.map(f -> f.resolve(name + ".json"))
			.filter(Files::isRegularFile)
			.findFirst()
			.orElse(null);
		Assumptions.assumeTrue(file != null, "no " + name + ".json in " + FOLDERS);
		ModelFile model = ModelFile.read(file);
		Network network = model.model().network();
		int last = exported[exported.length - 1];
		for (int m : months) {
			last = Math.max(last, m);
		}
		Horizon horizon = new Horizon(model.horizon().start(), last + 1);
		Scenario scenario = model.model().scenario(model.scenarios().get(0), horizon);
		Engine engine = new Engine(network, horizon);
		ScenarioResult result = engine.run(scenario);
		int short_ = 0;
		for (int m : months) {
			LevelReference.Month month = LevelReference.startOf(network, horizon, scenario, result, m);
			TreeMap<Long, Double> reference = LevelReference.levelTotals(network, month, "GLOP");
			TreeMap<Long, Double> engineTotals = LevelReference.delivered(network, result, m);
			assertLevels(engineTotals, reference, network.unit, name + " month " + m);
			short_ += engineTotals.values().stream().mapToDouble(Double::doubleValue).sum() < totalAsked(network, month)
					- 1 ? 1 : 0;
		}
		assertThat(short_).as("sampled months in which water is short").isEqualTo(months.length);
		for (int m : exported) {
			Path mps = folder.resolve(name + "-" + m + ".mps");
			Files.writeString(mps, engine.exportStep(scenario, m, Engine.StepFormat.MPS));
			StepProblem layout = new StepProblem(network);
			for (ExternalSolver solver : ExternalSolver.values()) {
				if (!solver.installed()) {
					continue;
				}
				double[] columns = columns(solver, mps, layout.arcCount());
				TreeMap<Long, Double> theirs = new TreeMap<>();
				for (int a = 0; a < layout.arcCount(); a++) {
					if (layout.kind[a] == StepProblem.DEMAND) {
						Node node = network.nodes.get(layout.owner[a]);
						theirs.merge(node.tier() * 1000L + node.rank(), columns[a] * network.unit, Double::sum);
					}
				}
				assertLevels(LevelReference.delivered(network, result, m), theirs, network.unit,
						name + " month " + m + " exported to " + solver);
			}
		}
	}

	private static double totalAsked(Network network, LevelReference.Month month) {
		double sum = 0;
		for (int n = 0; n < network.nodes.size(); n++) {
			sum += network.nodes.get(n).isDemand() ? month.asked()[n] : 0;
		}
		return sum;
	}

	/**
	 * Every level's total as the reference says, to within the engine's whole units: each
	 * demand's ask and each cap left is rounded to a unit once.
	 */
	private static void assertLevels(TreeMap<Long, Double> engine, TreeMap<Long, Double> reference, double unit,
			String what) {
		assertThat(engine.keySet()).as(what).containsAll(reference.keySet());
		for (Map.Entry<Long, Double> level : reference.entrySet()) {
			double total = level.getValue();
			assertThat(engine.get(level.getKey()))
				.as("%s, tier %d rank %d", what, level.getKey() / 1000, level.getKey() % 1000)
				.isCloseTo(total, within(2 * unit + 1e-6 * Math.max(1, total)));
		}
	}

	/**
	 * The value of each column of the exported step as the solver's solution gives it, in
	 * the order of the arcs.
	 */
	private double[] columns(ExternalSolver solver, Path mps, int count) throws IOException, InterruptedException {
		Path solution = folder.resolve(solver + ".sol");
		List<String> command = solver == ExternalSolver.GLPSOL
				? List.of("glpsol", "--freemps", mps.toString(), "-w", solution.toString())
				: List.of("clp", mps.toString(), "-solve", "-solution", solution.toString());
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(folder.resolve("log").toFile())
			.start();
		assertThat(process.waitFor()).as(solver + " exit").isZero();
		double[] values = new double[count];
		// glpsol: "j <column from 1> <status> <value> <dual>"; clp: "<column from 0>
		// <name> <value> <dual>", by the name
		Pattern line = solver == ExternalSolver.GLPSOL ? Pattern.compile("^j (\\d+) \\S+ (\\S+)")
				: Pattern.compile("^\\s*(?:\\*\\*)?\\s*\\d+\\s+x(\\d+)_\\S*\\s+(\\S+)");
		int found = 0;
		for (String text : Files.readAllLines(solution)) {
			Matcher matcher = line.matcher(text);
			if (matcher.find()) {
				int column = Integer.parseInt(matcher.group(1)) - (solver == ExternalSolver.GLPSOL ? 1 : 0);
				values[column] = Double.parseDouble(matcher.group(2));
				found++;
			}
		}
		if (solver == ExternalSolver.GLPSOL) {
			assertThat(found).as(solver + " columns").isEqualTo(count);
		}
		else {
			// clp lists only the columns that are not zero
			assertThat(found).as(solver + " columns").isBetween(1, count);
		}
		return values;
	}

}
