package dk.samspil.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** An ensemble gives the same answers whether it runs on one thread or many. */
class EnsembleTest {

	@Test
	void resultsDoNotDependOnTheNumberOfThreads() {
		Network network = Network.builder()
			.store("aquifer", 5000, 2000, "recharge")
			.junction("abstraction")
			.demand("households", "households", 1, 0)
			.demand("industry", "industry", 3, 0)
			.demand("ptx", "ptx", 3, 0)
			.cappedLink("wells", "aquifer", "abstraction", 400, 1, "cap", 1)
			.link("a", "abstraction", "households", 1e9, 0, 0)
			.link("b", "abstraction", "industry", 1e9, 1, 0)
			.link("c", "abstraction", "ptx", 150, 0, 0)
			.build();
		Horizon horizon = Horizon.years(2030, 2034);
		List<Scenario> scenarios = new ArrayList<>();
		Random random = new Random(7);
		for (int s = 0; s < 24; s++) {
			Map<String, double[]> series = new HashMap<>();
			series.put("recharge", values(random, horizon.months(), 50, 400));
			series.put("households", values(random, horizon.months(), 100, 200));
			series.put("industry", values(random, horizon.months(), 50, 150));
			series.put("ptx", values(random, horizon.months(), 0, 200));
			series.put("cap", values(random, horizon.years(), 1500, 3000));
			scenarios.add(new Scenario("s" + s, series));
		}
		Engine engine = new Engine(network, horizon);

		List<double[]> one = engine.runAll(scenarios, 1, EnsembleTest::fingerprint);
		List<double[]> four = engine.runAll(scenarios, 4, EnsembleTest::fingerprint);

		for (int s = 0; s < scenarios.size(); s++) {
			assertThat(four.get(s)).as(scenarios.get(s).name()).containsExactly(one.get(s));
		}
		assertThat(one.stream().map(Arrays::toString).distinct().count()).as("scenarios differ").isGreaterThan(1);
	}

	private static double[] fingerprint(ScenarioResult result) {
		int months = result.horizon().months();
		double[] values = new double[months * 4];
		for (int m = 0; m < months; m++) {
			values[4 * m] = result.delivered("households", m);
			values[4 * m + 1] = result.delivered("industry", m);
			values[4 * m + 2] = result.delivered("ptx", m);
			values[4 * m + 3] = result.storage("aquifer", m);
		}
		return values;
	}

	private static double[] values(Random random, int length, int low, int high) {
		double[] values = new double[length];
		for (int i = 0; i < length; i++) {
			values[i] = low + random.nextInt(high - low);
		}
		return values;
	}

}
