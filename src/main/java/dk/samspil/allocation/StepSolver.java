package dk.samspil.allocation;

import java.util.List;

/** Solves the steps of one {@link StepProblem}, keeping whatever it can between steps. */
interface StepSolver extends AutoCloseable {

	/**
	 * Solves the problem's current data into {@code flow} (one value per arc); false when
	 * not optimal.
	 */
	boolean solve(double[] flow);

	/** The solver's last status, for error messages. */
	String status();

	/** Balance rows and bounds that could be involved when the last solve failed. */
	default List<String> suspects(StepProblem problem) {
		return Suspects.of(problem);
	}

	@Override
	void close();

}
