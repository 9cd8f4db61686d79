package dk.samspil.allocation.water;

import java.util.List;

/**
 * One possible future for a water model.
 *
 * @param drinkingGrowth yearly growth of drinking-water demand (0.01 is 1 % a year)
 * @param industryGrowth yearly growth of industrial demand
 * @param rechargeChange yearly change of recharge and stream flow, compounded (-0.005 is
 * half a percent drier a year)
 * @param summerFactor multiplies recharge and stream flow from April to September (0.8 is
 * a fifth drier)
 * @param ptx which PtX plants run at what size from which month
 */
public record WaterScenario(String name, double drinkingGrowth, double industryGrowth, double rechargeChange,
		double summerFactor, List<PtxStage> ptx) {

	public WaterScenario {
		ptx = List.copyOf(ptx);
	}

	public static WaterScenario baseline(String name, List<PtxStage> ptx) {
		return new WaterScenario(name, 0, 0, 0, 1, ptx);
	}
}
