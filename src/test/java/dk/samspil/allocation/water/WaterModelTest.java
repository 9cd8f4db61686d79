package dk.samspil.allocation.water;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dk.samspil.allocation.Engine;
import dk.samspil.allocation.Horizon;
import dk.samspil.allocation.ModelException;
import dk.samspil.allocation.ScenarioResult;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The water plan's questions, asked of a small town with an aquifer, a treatment plant
 * and a PtX plant.
 */
class WaterModelTest {

	private static final double RECHARGE = 100_000;

	private final Horizon horizon = Horizon.years(2030, 2032);

	@Test
	void aPtxPlantNeedsMegawattsTimesHoursTimesWaterPerMegawattHourFromTheMonthItStarts() {
		WaterModel model = town(false, 0);
		ScenarioResult result = run(model, stages(300));
		PtxPlant plant = model.ptxPlants().get(0);

		assertThat(result.demand("ptx", 5)).isZero();
		assertThat(result.demand("ptx", 6))
			.isCloseTo(300 * plant.hoursPerMonth() * (plant.processM3PerMWh() + plant.coolingM3PerMWh()), within(1.0));
	}

	@Test
	void ptxNeverTakesWaterFromTheStreamsOrBeyondTheCap() {
		WaterModel model = town(false, 0);
		ScenarioResult result = run(model, stages(1000));
		WaterReport report = WaterReport.of(model, result);

		assertThat(report.breaches()).isEmpty();
		assertThat(report.reliabilityByKind().get("environment")).isEqualTo(1.0);
		assertThat(report.reliabilityByKind().get("ptx")).isLessThan(1.0);
		for (int year = 0; year < horizon.years(); year++) {
			assertThat(result.annualFlow("aquifer/wells", year)).isLessThanOrEqualTo(0.30 * 12 * RECHARGE + 1);
		}
	}

	@Test
	void drinkingWaterBreaksTheCapOnlyWhereAllowedAndTheReportSaysWhereAndHowMuch() {
		double households = 0.40 * 12 * RECHARGE;
		WaterReport strict = WaterReport.of(town(false, households), run(town(false, households), stages(0)));
		WaterModel lenient = town(true, households);
		WaterReport allowed = WaterReport.of(lenient, run(lenient, stages(0)));

		assertThat(strict.breaches()).isEmpty();
		assertThat(strict.reliabilityByKind().get("drinking")).isLessThan(1.0);
		assertThat(allowed.reliabilityByKind().get("drinking")).isEqualTo(1.0);
		assertThat(allowed.breaches()).isNotEmpty()
			.allSatisfy(breach -> assertThat(breach.element()).isEqualTo("aquifer"));
		double excess = allowed.breaches().stream().mapToDouble(Breach::amount).sum();
		assertThat(excess).isCloseTo(strict.shortfallByKind().get("drinking"), within(horizon.months() * 2.0));
	}

	@Test
	void treatedWastewaterServesPtxWhenGroundwaterIsCapped() {
		WaterModel model = town(false, 0);
		ScenarioResult result = run(model, stages(300));

		assertThat(result.annualFlow("aquifer/wells", 1)).isCloseTo(0.30 * 12 * RECHARGE, within(1.0));
		assertThat(result.sources("ptx", 23)).containsKey("wwtp");
		assertThat(WaterReport.of(model, result).unusedTechnicalWater()).isGreaterThanOrEqualTo(0);
	}

	@Test
	void householdsStillGetTheirWaterInDecemberAfterPtxDrewOnTheCapAllYear() {
		ScenarioResult result = run(town(false, 0), stages(1000));

		for (int m = 0; m < horizon.months(); m++) {
			assertThat(result.shortfall("homes", m)).as("month %d", m).isZero();
		}
		assertThat(result.annualFlow("aquifer/wells", 1)).isCloseTo(0.30 * 12 * RECHARGE, within(12.0));
	}

	@Test
	void technicalWaterCannotBePipedToADemandThatTakesOnlyPotableWater() {
		assertThatThrownBy(() -> WaterModel.builder("bad")
			.add(new TreatmentPlant("wwtp", "0607", 0.9, 1000, List.of()))
			.add(new WaterDemand("homes", "0607", WaterDemand.Kind.DRINKING, 1000, Quality.POTABLE, Tiers.DRINKING, 0))
			.add(new Pipe("reuse", "wwtp", "homes", 1000, 0, 0))
			.build()).isInstanceOf(ModelException.class)
			.hasMessageContaining("pipe 'reuse'")
			.hasMessageContaining("potable");
	}

	@Test
	void aProposedPlantIsOfferedOnlyWaterThatNoOtherUseNeeds() {
		WaterModel model = town(false, 0);
		List<Siting.Option> options = Siting.evaluate(model, WaterScenario.baseline("base", List.of()), horizon, 50,
				Quality.TECHNICAL);

		assertThat(options).hasSize(1);
		Siting.Option option = options.get(0);
		assertThat(option.municipality()).isEqualTo("0607");
		assertThat(option.cutsOthers()).isFalse();
		assertThat(Arrays.stream(option.available()).sum()).isPositive();
		assertThat(option.sources().get(0).keySet()).isSubsetOf("aquifer", "wwtp");
	}

	@Test
	void aMunicipalityWhoseWaterworksNoPipeReachesIsOfferedNothingRatherThanAnError() {
		WaterModel model = townBuilder(false, 0).add(new Waterworks("island-works", "0563", 1e6)).build();

		List<Siting.Option> options = Siting.evaluate(model, WaterScenario.baseline("base", List.of()), horizon, 50,
				Quality.TECHNICAL, YearMonth.of(2031, 1));

		Siting.Option island = options.stream().filter(o -> o.municipality().equals("0563")).findFirst().orElseThrow();
		assertThat(Arrays.stream(island.available()).sum()).isZero();
		assertThat(island.wanted()[0]).isZero();
		assertThat(island.wanted()[horizon.months() - 1]).isPositive();
		assertThat(options.stream().filter(o -> o.municipality().equals("0607")).findFirst().orElseThrow().available())
			.as("the other municipality is tried as before")
			.matches(available -> Arrays.stream(available).sum() > 0);
	}

	private ScenarioResult run(WaterModel model, List<PtxStage> stages) {
		return new Engine(model.network(), horizon)
			.run(model.scenario(WaterScenario.baseline("test", stages), horizon));
	}

	private static List<PtxStage> stages(double megawatts) {
		return List.of(new PtxStage("ptx", YearMonth.of(2030, 7), megawatts));
	}

	static WaterModel town(boolean drinkingMayBreak, double extraHouseholds) {
		return townBuilder(drinkingMayBreak, extraHouseholds).build();
	}

	private static WaterModel.Builder townBuilder(boolean drinkingMayBreak, double extraHouseholds) {
		double[] recharge = new double[12];
		Arrays.fill(recharge, RECHARGE);
		return WaterModel.builder("town")
			.add(new GroundwaterBody("aquifer", "0607", 5e6, 2e6, recharge, 0.30, 20_000, drinkingMayBreak))
			.add(new Waterworks("works", "0607", 1e6))
			.add(new TreatmentPlant("wwtp", "0607", 0.9, 50_000, List.of("homes")))
			.add(new WaterDemand("homes", "0607", WaterDemand.Kind.DRINKING, 150_000 + extraHouseholds, Quality.POTABLE,
					Tiers.DRINKING, 0))
			.add(new PtxPlant("ptx", "0607", 500, PtxPlant.DEFAULT_PROCESS_M3_PER_MWH,
					PtxPlant.DEFAULT_COOLING_M3_PER_MWH, Quality.TECHNICAL, Tiers.PTX, 0))
			.add(new Pipe("intake", "aquifer", "works", 1e9, 0.5, 0))
			.add(new Pipe("mains", "works", "homes", 1e9, 1, 0))
			.add(new Pipe("mains-ptx", "works", "ptx", 1e9, 1, 0))
			.add(new Pipe("reuse", "wwtp", "ptx", 1e9, 2, 0));
	}

}
