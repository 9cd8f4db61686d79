package dk.samspil.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.google.ortools.modelbuilder.ModelBuilder;
import com.google.ortools.modelbuilder.ModelSolver;
import com.google.ortools.modelbuilder.SolveStatus;

import dk.samspil.allocation.file.ModelFile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A step written as MPS or LP is the step the engine solved, to the last unit: read back by another solver it has
 * the engine's optimum to the ten digits the solvers print. The month chosen has supplies above a million that
 * six significant digits, as OR-Tools' own writers use, would round.
 */
class StepFileTest {

	private static final int MONTH = 66;

	@TempDir
	Path folder;

	private Engine engine;
	private Scenario scenario;
	private long optimum;

	@BeforeEach
	void solveTheStep() {
		ModelFile file = ModelFile.resource("/allocation/triangle-region.json");
		engine = new Engine(file.model().network(), file.horizon());
		scenario = file.model().scenario(file.scenario("hysynergy-1gw-dry-growth"), file.horizon());
		Simulation simulation = new Simulation(engine.network(), engine.horizon(), scenario,
				Engine.Options.defaults().segments(), engine::solverFor);
		simulation.run(MONTH);
		StepProblem problem = simulation.problem();
		assertThat(Arrays.stream(problem.supply).anyMatch(supply -> supply > 1_000_000 && supply % 10 != 0)).isTrue();
		FlowSolver solver = new FlowSolver(problem);
		assertThat(solver.solve(new double[problem.arcCount()])).isTrue();
		optimum = solver.optimalCost();
	}

	@Test
	void glopReadingTheMpsFileFindsTheEnginesOptimum() {
		OrTools.load();
		ModelBuilder model = new ModelBuilder();
		assertThat(model.importFromMpsString(engine.exportStep(scenario, MONTH, Engine.StepFormat.MPS))).isTrue();
		ModelSolver glop = new ModelSolver("glop");
		assertThat(glop.solve(model)).isEqualTo(SolveStatus.OPTIMAL);
		assertThat(glop.getObjectiveValue()).isCloseTo(optimum, within(1e-9 * Math.abs(optimum)));
	}

	@Test
	void glpsolAndClpReadingTheLpFileFindTheEnginesOptimum() throws Exception {
		Assumptions.assumeTrue(ExternalSolver.GLPSOL.installed() && ExternalSolver.CLP.installed(),
				"glpsol and clp not on PATH: install Debian packages glpk-utils and coinor-clp");
		Path lp = folder.resolve("step.lp");
		Files.writeString(lp, engine.exportStep(scenario, MONTH, Engine.StepFormat.LP));
		for (ExternalSolver solver : ExternalSolver.values()) {
			assertThat(solver.solve(lp, folder).objective()).as("%s", solver)
				.isCloseTo(optimum, within(1e-9 * Math.abs(optimum)));
		}
	}
}
