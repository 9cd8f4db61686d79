package dk.samspil.allocation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Runs a {@link Network} over a {@link Horizon} for one or many {@link Scenario}s.
 *
 * <p>
 * Each month is a min-cost flow. Tiers and ranks become lexicographic costs (MODSIM's
 * approach), so a single solve replaces an LP per tier; a shortage within a rank is
 * shared by equal percentage exactly (max-min fair, to a unit) by a few more solves of
 * the same graph with other shares and worths on the demand arcs ({@link FairShares}).
 * The graph is built once per run and only capacities and supplies change between months,
 * so each month starts from the optimal basis of the month before
 * ({@link NetworkSimplex}, a dual network simplex in plain Java): a month like the last
 * takes a few pivots or none. That is what makes a step of a hundred nodes take tens of
 * microseconds; a call into a native solver costs more than that before it starts, and
 * OR-Tools' min-cost flow cannot be warm-started. OR-Tools stays as the solver that
 * always ends should the simplex give up on a step, and GLOP solves the LP path. Two
 * things a pure network cannot express are handled around it: effluent returns in the
 * month after the water was delivered, and links that lose water send the whole run down
 * the LP path (GLOP, warm-started from the previous month's basis).
 *
 * <p>
 * Scenarios are independent; an ensemble runs them on a fixed pool of threads and returns
 * results in the order of its scenarios, so the results do not depend on the number of
 * threads.
 */
public final class Engine {

	/** How steps are solved. AUTO takes min-cost flow unless some link loses water. */
	public enum Path {

		AUTO, FLOW, LP

	}

	/** The formats a single step can be written in. */
	public enum StepFormat {

		LP, MPS

	}

	/**
	 * @param path how steps are solved
	 */
	public record Options(Path path) {

		public Options {
			if (path == null) {
				throw new ModelException("a path must be given");
			}
		}

		public static Options defaults() {
			return new Options(Path.AUTO);
		}
	}

	private final Network network;

	private final Horizon horizon;

	private final Options options;

	public Engine(Network network, Horizon horizon) {
		this(network, horizon, Options.defaults());
	}

	public Engine(Network network, Horizon horizon, Options options) {
		this.network = network;
		this.horizon = horizon;
		this.options = options;
		if (options.path() == Path.FLOW && network.hasLosses()) {
			throw new ModelException("the flow path cannot model link losses; use Path.LP or Path.AUTO");
		}
	}

	public Network network() {
		return network;
	}

	public Horizon horizon() {
		return horizon;
	}

	/** Runs one scenario over the whole horizon. */
	public ScenarioResult run(Scenario scenario) {
		return new Simulation(network, horizon, scenario, this::solverFor).run(horizon.months());
	}

	/**
	 * Runs every scenario on {@code threads} threads; results come in the order of
	 * {@code scenarios}.
	 */
	public List<ScenarioResult> runAll(List<Scenario> scenarios, int threads) {
		return runAll(scenarios, threads, Function.identity());
	}

	/**
	 * Runs every scenario and keeps only {@code summary} of each, so large ensembles need
	 * not hold every month of every scenario in memory at once.
	 */
	public <T> List<T> runAll(List<Scenario> scenarios, int threads, Function<ScenarioResult, T> summary) {
		ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
		try {
			List<Future<T>> futures = new ArrayList<>();
			for (Scenario scenario : scenarios) {
				futures.add(pool.submit(() -> summary.apply(run(scenario))));
			}
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(Ensemble.await(future));
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}

	/**
	 * Writes the LP of month {@code month} of a scenario, with storage and caps as the
	 * months before left them and every demand's share its whole demand, so that any
	 * other LP solver can check the step: its optimum gives each tier and rank the total
	 * the engine delivers (the engine's solves of the month only share those totals out
	 * fairly).
	 */
	public String exportStep(Scenario scenario, int month, StepFormat format) {
		Simulation simulation = new Simulation(network, horizon, scenario, this::solverFor);
		simulation.run(month);
		return format == StepFormat.LP ? StepFile.lp(simulation.problem()) : StepFile.mps(simulation.problem());
	}

	StepSolver solverFor(StepProblem problem) {
		boolean lp = options.path() == Path.LP || (options.path() == Path.AUTO && network.hasLosses());
		return lp ? new LpSolver(problem, "GLOP") : new FlowSolver(problem);
	}

	/** Unwraps what a scenario's thread threw, so callers see the model's own error. */
	static final class Ensemble {

		private Ensemble() {
		}

		static <T> T await(Future<T> future) {
			try {
				return future.get();
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("ensemble interrupted", e);
			}
			catch (ExecutionException e) {
				if (e.getCause() instanceof RuntimeException runtime) {
					throw runtime;
				}
				throw new IllegalStateException(e.getCause());
			}
		}

	}

}
