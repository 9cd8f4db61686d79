package dk.samspil.allocation;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Small random networks with their data, for comparing the engine with independent
 * solvers.
 */
final class RandomNetworks {

	/**
	 * A network and one month of data; {@code caps} gives each capped link its cap for
	 * the month.
	 */
	record Case(Network network, Scenario scenario, Map<String, Double> inflow, Map<String, Double> demand,
			Map<String, Double> initial, Map<String, Double> caps) {
	}

	private RandomNetworks() {
	}

	/**
	 * The step problem of the case's one month, loaded with its data as the engine would
	 * solve it.
	 */
	static StepProblem loaded(Case c) {
		Simulation simulation = new Simulation(c.network(), new Horizon(YearMonth.of(2030, 1), 1), c.scenario(),
				FlowSolver::new);
		simulation.run(0);
		return simulation.problem();
	}

	static Case generate(Random random, boolean losses) {
		Network.Builder builder = Network.builder();
		Map<String, double[]> series = new HashMap<>();
		Map<String, Double> inflow = new HashMap<>();
		Map<String, Double> demand = new HashMap<>();
		Map<String, Double> initial = new HashMap<>();
		Map<String, Double> caps = new HashMap<>();
		List<String> upstream = new ArrayList<>();
		int stores = 1 + random.nextInt(4);
		for (int i = 0; i < stores; i++) {
			String id = "s" + i;
			double capacity = random.nextBoolean() ? 0 : random.nextInt(200);
			double start = capacity == 0 ? 0 : random.nextInt((int) capacity + 1);
			builder.store(id, capacity, start, "in-" + id);
			double value = random.nextInt(120);
			series.put("in-" + id, new double[] { value });
			inflow.put(id, value);
			initial.put(id, start);
			upstream.add(id);
		}
		int junctions = random.nextInt(4);
		for (int i = 0; i < junctions; i++) {
			String id = "j" + i;
			builder.junction(id);
			link(builder, random, pick(random, upstream), id, losses, series, caps);
			upstream.add(id);
		}
		int demands = 2 + random.nextInt(5);
		for (int i = 0; i < demands; i++) {
			String id = "d" + i;
			int tier = 1 + random.nextInt(3);
			int rank = random.nextInt(4) == 0 ? random.nextInt(3) : 0;
			builder.demand(id, "want-" + id, tier, rank);
			double value = random.nextInt(100);
			series.put("want-" + id, new double[] { value });
			demand.put(id, value);
			int incoming = 1 + random.nextInt(2);
			for (int k = 0; k < incoming; k++) {
				link(builder, random, pick(random, upstream), id, losses, series, caps);
			}
		}
		for (int k = random.nextInt(4); k > 0; k--) {
			link(builder, random, pick(random, upstream), pick(random, upstream), losses, series, caps);
		}
		Network network = builder.build();
		return new Case(network, new Scenario("random", series), inflow, demand, initial, caps);
	}

	/**
	 * A network where water is short: few, small sources, many demands of one tier in two
	 * ranks, most reaching several sources over links that sometimes bind or are capped,
	 * so ranks share shortages among rivals.
	 */
	static Case scarce(Random random) {
		return scarce(random, 1);
	}

	/**
	 * A scarce network over {@code months} months, each with its own inflows and demands
	 * (the case's maps hold the first month's).
	 */
	static Case scarce(Random random, int months) {
		Network.Builder builder = Network.builder();
		Map<String, double[]> series = new HashMap<>();
		Map<String, Double> inflow = new HashMap<>();
		Map<String, Double> demand = new HashMap<>();
		Map<String, Double> initial = new HashMap<>();
		Map<String, Double> caps = new HashMap<>();
		List<String> sources = new ArrayList<>();
		int stores = 2 + random.nextInt(3);
		for (int i = 0; i < stores; i++) {
			String id = "s" + i;
			double capacity = random.nextBoolean() ? 0 : random.nextInt(100);
			double start = capacity == 0 ? 0 : random.nextInt((int) capacity + 1);
			builder.store(id, capacity, start, "in-" + id);
			double[] values = monthly(random, 10, 90, months);
			series.put("in-" + id, values);
			inflow.put(id, values[0]);
			initial.put(id, start);
			sources.add(id);
		}
		for (int i = random.nextInt(3); i > 0; i--) {
			String id = "w" + i;
			builder.junction(id);
			link(builder, random, pick(random, sources), id, false, series, caps);
			link(builder, random, pick(random, sources), id, false, series, caps);
			sources.add(id);
		}
		int demands = 3 + random.nextInt(6);
		for (int i = 0; i < demands; i++) {
			String id = "d" + i;
			int tier = random.nextInt(5) == 0 ? 2 : 1;
			builder.demand(id, "want-" + id, tier, random.nextInt(3) == 0 ? 1 : 0);
			double[] values = monthly(random, 10, 150, months);
			series.put("want-" + id, values);
			demand.put(id, values[0]);
			for (int k = 1 + random.nextInt(3); k > 0; k--) {
				link(builder, random, pick(random, sources), id, false, series, caps);
			}
		}
		return new Case(builder.build(), new Scenario("scarce", series), inflow, demand, initial, caps);
	}

	private static int links;

	private static void link(Network.Builder builder, Random random, String from, String to, boolean losses,
			Map<String, double[]> series, Map<String, Double> caps) {
		String id = "l" + links++;
		double capacity = 1 + random.nextInt(100);
		double cost = random.nextInt(500) / 100.0;
		if (from.equals(to)) {
			return;
		}
		if (!losses && random.nextInt(5) == 0) {
			double cap = random.nextInt(80);
			series.put("cap-" + id, new double[] { cap });
			caps.put(id, cap);
			builder.cappedLink(id, from, to, capacity, cost, "cap-" + id, null);
		}
		else {
			double loss = losses && random.nextBoolean() ? random.nextInt(30) / 100.0 : 0;
			builder.link(id, from, to, capacity, cost, loss);
		}
	}

	private static double[] monthly(Random random, int least, int spread, int months) {
		double[] values = new double[months];
		for (int m = 0; m < months; m++) {
			values[m] = least + random.nextInt(spread);
		}
		return values;
	}

	private static String pick(Random random, List<String> ids) {
		return ids.get(random.nextInt(ids.size()));
	}

}
