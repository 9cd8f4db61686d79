package dk.samspil.allocation.water;

import dk.samspil.allocation.Horizon;
import dk.samspil.allocation.ModelException;
import dk.samspil.allocation.Scenario;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/** Builds the monthly and yearly series of one scenario from a model's mean figures. */
final class ScenarioSeries {

	private final WaterScenario scenario;

	private final Horizon horizon;

	private final int firstYear;

	private ScenarioSeries(WaterScenario scenario, Horizon horizon) {
		this.scenario = scenario;
		this.horizon = horizon;
		this.firstYear = horizon.start().getYear();
	}

	static Scenario of(WaterModel model, WaterScenario scenario, Horizon horizon) {
		ScenarioSeries series = new ScenarioSeries(scenario, horizon);
		Map<String, double[]> values = new HashMap<>();
		for (GroundwaterBody body : model.groundwater) {
			values.put("recharge:" + body.id(), series.climatic(body.recharge()));
			values.put("stream:" + body.id(), series.constant(body.minStreamPerMonth()));
			values.put("cap:" + body.id(), series.yearlyCap(body));
		}
		for (SurfaceSource source : model.surface) {
			values.put("flow:" + source.id(), series.climatic(source.flow()));
			values.put("minimum:" + source.id(), series.constant(source.minFlowPerMonth()));
		}
		for (OtherSource source : model.other) {
			values.put("capacity:" + source.id(), series.constant(source.capacityPerMonth()));
		}
		for (WaterDemand demand : model.demands) {
			double growth = demand.kind() == WaterDemand.Kind.DRINKING ? scenario.drinkingGrowth()
					: scenario.industryGrowth();
			values.put("demand:" + demand.id(), series.growing(demand.perYear() / 12, growth));
		}
		for (PtxPlant plant : model.ptx) {
			values.put("demand:" + plant.id(), series.ptx(plant));
		}
		for (PtxStage stage : scenario.ptx()) {
			if (model.ptx.stream().noneMatch(plant -> plant.id().equals(stage.plant()))) {
				throw new ModelException(
						"scenario '" + scenario.name() + "' stages unknown PtX plant '" + stage.plant() + "'");
			}
		}
		return new Scenario(scenario.name(), values);
	}

	private double climate(int year, int calendarMonth) {
		boolean summer = calendarMonth >= 4 && calendarMonth <= 9;
		return Math.pow(1 + scenario.rechargeChange(), year - firstYear) * (summer ? scenario.summerFactor() : 1);
	}

	private double[] climatic(double[] monthly) {
		double[] values = new double[horizon.months()];
		for (int m = 0; m < values.length; m++) {
			var month = horizon.month(m);
			values[m] = monthly[month.getMonthValue() - 1] * climate(month.getYear(), month.getMonthValue());
		}
		return values;
	}

	private double[] yearlyCap(GroundwaterBody body) {
		double[] caps = new double[horizon.years()];
		for (int y = 0; y < caps.length; y++) {
			double recharge = 0;
			for (int month = 1; month <= 12; month++) {
				recharge += body.recharge()[month - 1] * climate(firstYear + y, month);
			}
			caps[y] = body.capShare() * recharge;
		}
		return caps;
	}

	private double[] constant(double value) {
		double[] values = new double[horizon.months()];
		Arrays.fill(values, value);
		return values;
	}

	private double[] growing(double monthly, double growth) {
		double[] values = new double[horizon.months()];
		for (int m = 0; m < values.length; m++) {
			values[m] = monthly * Math.pow(1 + growth, horizon.yearIndex(m));
		}
		return values;
	}

	private double[] ptx(PtxPlant plant) {
		double[] values = new double[horizon.months()];
		for (int m = 0; m < values.length; m++) {
			double megawatts = 0;
			var month = horizon.month(m);
			YearMonth since = null;
			for (PtxStage stage : scenario.ptx()) {
				boolean started = !stage.from().isAfter(month) && (since == null || !stage.from().isBefore(since));
				if (stage.plant().equals(plant.id()) && started) {
					megawatts = stage.megawatts();
					since = stage.from();
				}
			}
			values[m] = plant.monthlyWater(megawatts);
		}
		return values;
	}

}
