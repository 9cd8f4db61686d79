package dk.samspil.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Random;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exported steps solved by GLPK's and COIN-OR's own command-line solvers give the
 * engine's optimum.
 */
class ExternalSolversTest {

	@TempDir
	Path folder;

	@Test
	void glpsolAgreesWithTheEngineOnExportedSteps() throws Exception {
		Assumptions.assumeTrue(ExternalSolver.GLPSOL.installed(),
				"glpsol not on PATH: install Debian package glpk-utils");
		compare(ExternalSolver.GLPSOL);
	}

	@Test
	void clpAgreesWithTheEngineOnExportedSteps() throws Exception {
		Assumptions.assumeTrue(ExternalSolver.CLP.installed(), "clp not on PATH: install Debian package coinor-clp");
		compare(ExternalSolver.CLP);
	}

	private void compare(ExternalSolver external) throws IOException, InterruptedException {
		Random random = new Random(11);
		for (int i = 0; i < 40; i++) {
			RandomNetworks.Case c = RandomNetworks.generate(random, false);
			Horizon horizon = new Horizon(YearMonth.of(2030, 1), 1);
			StepProblem problem = RandomNetworks.loaded(c);
			long engine;
			try (FlowSolver solver = new FlowSolver(problem)) {
				solver.solve(new double[problem.arcCount()]);
				engine = solver.optimalCost();
			}
			Path mps = folder.resolve("step" + i + ".mps");
			Files.writeString(mps, new Engine(c.network(), horizon).exportStep(c.scenario(), 0, Engine.StepFormat.MPS));
			double theirs = external.solve(mps, folder).objective();
			assertThat(theirs).as("%s on network %d", external, i)
				.isCloseTo(engine, within(1e-6 * Math.max(1, Math.abs(engine))));
		}
	}

}
