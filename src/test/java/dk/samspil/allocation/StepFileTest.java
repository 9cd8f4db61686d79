package dk.samspil.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.google.ortools.modelbuilder.ModelBuilder;
import com.google.ortools.modelbuilder.ModelSolver;
import com.google.ortools.modelbuilder.SolveStatus;

import dk.samspil.allocation.file.ModelFile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A step written as MPS or LP is the step the engine solved: read back by GLOP, glpsol
 * and clp it has the engine's optimum to the ten digits the solvers print.
 */
class StepFileTest {

	@TempDir
	Path folder;

	@Test
	void suppliesThatSixDigitsWouldRoundAreWrittenExactly() throws Exception {
		ModelFile file = ModelFile.resource("/allocation/triangle-region.json");
		Engine engine = new Engine(file.model().network(), file.horizon());
		Scenario scenario = file.model().scenario(file.scenario("hysynergy-1gw-dry-growth"), file.horizon());
		StepProblem problem = loaded(engine, scenario, 66);
		assertThat(Arrays.stream(problem.supply).anyMatch(supply -> supply > 1_000_000 && supply % 10 != 0)).isTrue();
		everySolverFindsTheEnginesOptimum(engine, scenario, 66, problem);
	}

	@Test
	void namesThatDifferOnlyInDanishLettersStayApart() throws Exception {
		Network network = Network.builder()
			.store("Søby", 0, 0, "søby")
			.store("Såby", 0, 0, "såby")
			.demand("Sæby", "sæby", 1, 0)
			.link("fra Søby", "Søby", "Sæby", 1e9, 1, 0)
			.link("fra Såby", "Såby", "Sæby", 1e9, 2, 0)
			.build();
		Horizon month = new Horizon(YearMonth.of(2030, 1), 1);
		Scenario scenario = new Scenario("test",
				Map.of("søby", new double[] { 40 }, "såby", new double[] { 100 }, "sæby", new double[] { 90 }));
		Engine engine = new Engine(network, month);
		everySolverFindsTheEnginesOptimum(engine, scenario, 0, loaded(engine, scenario, 0));
	}

	private static StepProblem loaded(Engine engine, Scenario scenario, int month) {
		Simulation simulation = new Simulation(engine.network(), engine.horizon(), scenario, engine::solverFor);
		simulation.run(month);
		return simulation.problem();
	}

	private void everySolverFindsTheEnginesOptimum(Engine engine, Scenario scenario, int month, StepProblem problem)
			throws Exception {
		FlowSolver solver = new FlowSolver(problem);
		assertThat(solver.solve(new double[problem.arcCount()])).isTrue();
		long optimum = solver.optimalCost();
		String mps = engine.exportStep(scenario, month, Engine.StepFormat.MPS);
		OrTools.load();
		ModelBuilder model = new ModelBuilder();
		assertThat(model.importFromMpsString(mps)).isTrue();
		ModelSolver glop = new ModelSolver("glop");
		assertThat(glop.solve(model)).isEqualTo(SolveStatus.OPTIMAL);
		assertThat(glop.getObjectiveValue()).as("GLOP").isCloseTo(optimum, within(1e-9 * Math.abs(optimum)));
		Files.writeString(folder.resolve("step.mps"), mps);
		Files.writeString(folder.resolve("step.lp"), engine.exportStep(scenario, month, Engine.StepFormat.LP));
		for (ExternalSolver external : ExternalSolver.values()) {
			if (!external.installed()) {
				continue;
			}
			for (String name : new String[] { "step.mps", "step.lp" }) {
				assertThat(external.solve(folder.resolve(name), folder).objective()).as("%s on %s", external, name)
					.isCloseTo(optimum, within(1e-9 * Math.abs(optimum)));
			}
		}
	}

}
