package dk.samspil.water;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import dk.samspil.allocation.water.PtxStage;
import dk.samspil.allocation.water.WaterScenario;

/**
 * N scenarios drawn between bounds the group gives. The draw comes from a generator
 * seeded with {@link #seed()}, in a fixed order, so the same ensemble is drawn again
 * figure for figure, on any instance and after any restart.
 */
record Ensemble(long id, WaterModelId model, String name, int size, long seed, Bounds drinkingGrowth,
		Bounds industryGrowth, Bounds rechargeChange, Bounds summerFactor, List<StageRange> ptx, String savedBy,
		Instant savedAt) {

	static final int SMALLEST = 2;

	static final int LARGEST = 1000;

	Ensemble {
		ptx = List.copyOf(ptx);
		if (size < SMALLEST || size > LARGEST) {
			throw new IllegalArgumentException("an ensemble has " + SMALLEST + " to " + LARGEST + " scenarios");
		}
	}

	/**
	 * A figure drawn evenly between {@code low} and {@code high}; equal bounds give that
	 * figure.
	 */
	record Bounds(double low, double high) {

		Bounds {
			if (!(low <= high)) {
				throw new IllegalArgumentException("low " + low + " above high " + high);
			}
		}

		double draw(SplittableRandom random) {
			double u = random.nextDouble();
			return low == high ? low : low + (high - low) * u;
		}
	}

	/** A PtX stage whose size is drawn between bounds. */
	record StageRange(String plant, YearMonth from, Bounds megawatts) {
	}

	/** The scenarios of this ensemble, named after it and numbered from 1. */
	List<WaterScenario> draw() {
		SplittableRandom random = new SplittableRandom(seed);
		List<WaterScenario> scenarios = new ArrayList<>(size);
		String format = "%s-%0" + String.valueOf(size).length() + "d";
		for (int n = 1; n <= size; n++) {
			double drinking = drinkingGrowth.draw(random);
			double industry = industryGrowth.draw(random);
			double recharge = rechargeChange.draw(random);
			double summer = summerFactor.draw(random);
			List<PtxStage> stages = new ArrayList<>();
			for (StageRange stage : ptx) {
				stages.add(new PtxStage(stage.plant(), stage.from(), stage.megawatts().draw(random)));
			}
			scenarios
				.add(new WaterScenario(String.format(format, name, n), drinking, industry, recharge, summer, stages));
		}
		return scenarios;
	}
}
