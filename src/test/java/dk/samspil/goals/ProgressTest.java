package dk.samspil.goals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dk.samspil.region.MunicipalityCode;

/** Roll-ups and statuses against figures worked out by hand. */
class ProgressTest {

	static final MunicipalityCode HADERSLEV = new MunicipalityCode("0510");

	static final MunicipalityCode KOLDING = new MunicipalityCode("0621");

	static final MunicipalityCode VEJLE = new MunicipalityCode("0630");

	static Goal goal(RollUp rollUp, Direction direction, UnitKind unit, List<MunicipalTarget> targets,
			List<Catchment> catchments, List<Milestone> milestones) {
		return new Goal(new GoalId(1), "Goal", "", Theme.CLIMATE, "t", unit, direction, rollUp,
				rollUp == RollUp.NAMED_WEIGHT ? "jobs" : null, PeriodKind.YEAR, 2020, 2030, 90, null, false, false,
				milestones, targets, catchments, 0);
	}

	static MunicipalTarget target(MunicipalityCode m, double baseline, double target) {
		return new MunicipalTarget(m, baseline, target, null);
	}

	static Figure figure(MunicipalityCode m, int year, double value) {
		return Figure.reported(m, "", Period.year(year), value);
	}

	@Test
	void aSumAddsTheMunicipalitiesBaselinesTargetsAndFigures() {
		Goal emissions = goal(RollUp.SUM, Direction.DECREASE, UnitKind.AMOUNT,
				List.of(target(HADERSLEV, 100, 50), target(KOLDING, 200, 100), target(VEJLE, 300, 150)), List.of(),
				List.of());
		var progress = new Progress(emissions, Map.of(),
				List.of(figure(HADERSLEV, 2025, 80), figure(KOLDING, 2025, 150), figure(VEJLE, 2025, 250)));

		assertThat(progress.baseline()).isEqualTo(600);
		assertThat(progress.target()).isEqualTo(300);
		var regional = progress.regional().get(0);
		assertThat(regional.value()).isEqualTo(480);
		assertThat(regional.expected()).isCloseTo(450, within(1e-9));
		// (480 - 600) / (450 - 600) = 0.8: exactly the edge of "at risk"
		assertThat(progress.regionalStatus()).isEqualTo(Status.AT_RISK);
		assertThat(progress.regionalShareOfTarget()).isCloseTo(0.4, within(1e-9));
	}

	@Test
	void theRegionHasNoFigureForAPeriodUntilEveryMunicipalityReportedIt() {
		Goal emissions = goal(RollUp.SUM, Direction.DECREASE, UnitKind.AMOUNT,
				List.of(target(HADERSLEV, 100, 50), target(KOLDING, 200, 100)), List.of(), List.of());
		var progress = new Progress(emissions, Map.of(), List.of(figure(HADERSLEV, 2025, 80)));

		assertThat(progress.regional().get(0).value()).isNull();
		assertThat(progress.regional().get(0).reported()).isEqualTo(1);
		assertThat(progress.regionalStatus()).isEqualTo(Status.NO_FIGURE);
		assertThat(progress.municipal(KOLDING).status()).isEqualTo(Status.NO_FIGURE);
	}

	@Test
	void aShareIsWeightedByPopulation() {
		Goal cycling = goal(RollUp.POPULATION, Direction.INCREASE, UnitKind.PERCENT,
				List.of(target(KOLDING, 20, 30), target(VEJLE, 10, 25)), List.of(), List.of());
		var progress = new Progress(cycling, Map.of(KOLDING, 100_000, VEJLE, 50_000),
				List.of(figure(KOLDING, 2025, 25), figure(VEJLE, 2025, 10)));

		// (100,000 × 20 + 50,000 × 10) / 150,000 and (100,000 × 30 + 50,000 × 25) /
		// 150,000
		assertThat(progress.baseline()).isCloseTo(16.6667, within(1e-4));
		assertThat(progress.target()).isCloseTo(28.3333, within(1e-4));
		// (100,000 × 25 + 50,000 × 10) / 150,000 = 20
		assertThat(progress.regional().get(0).value()).isCloseTo(20, within(1e-9));
	}

	@Test
	void aShareMayBeWeightedByAWeightTheGoalNames() {
		Goal commuting = goal(RollUp.NAMED_WEIGHT, Direction.INCREASE, UnitKind.PERCENT,
				List.of(new MunicipalTarget(KOLDING, 10, 20, 3.0), new MunicipalTarget(VEJLE, 40, 60, 1.0)), List.of(),
				List.of());
		var progress = new Progress(commuting, Map.of(KOLDING, 1, VEJLE, 1_000_000),
				List.of(figure(KOLDING, 2024, 14), figure(VEJLE, 2024, 44)));

		assertThat(progress.baseline()).isCloseTo((3 * 10 + 40) / 4.0, within(1e-9));
		assertThat(progress.regional().get(0).value()).isCloseTo((3 * 14 + 44) / 4.0, within(1e-9));
	}

	@Test
	void aCatchmentGoalSplitsEachCatchmentByTheMunicipalitiesSharesAndOneMunicipalityMayLieInTwo() {
		Goal land = goal(RollUp.CATCHMENT, Direction.INCREASE, UnitKind.AMOUNT, List.of(),
				List.of(new Catchment("Lillebælt/Jylland", 0, 25_000, Map.of(HADERSLEV, 0.1, KOLDING, 0.2)),
						new Catchment("Vadehavet", 0, 10_000, Map.of(HADERSLEV, 0.2))),
				List.of());
		var progress = new Progress(land, Map.of(),
				List.of(Figure.reported(HADERSLEV, "Lillebælt/Jylland", Period.year(2025), 500),
						Figure.reported(HADERSLEV, "Vadehavet", Period.year(2025), 300),
						Figure.reported(KOLDING, "Lillebælt/Jylland", Period.year(2025), 1000)));

		// Haderslev: 0.1 × 25,000 + 0.2 × 10,000 = 4,500; Kolding: 0.2 × 25,000 = 5,000
		assertThat(progress.municipal(HADERSLEV).target()).isCloseTo(4_500, within(1e-9));
		assertThat(progress.municipal(KOLDING).target()).isCloseTo(5_000, within(1e-9));
		assertThat(progress.target()).isCloseTo(9_500, within(1e-9));
		assertThat(progress.municipal(HADERSLEV).value()).isEqualTo(800);
		assertThat(progress.regional().get(0).value()).isEqualTo(1_800);
		var lillebaelt = progress.catchments().get(0);
		assertThat(lillebaelt.regionShare()).isCloseTo(0.3, within(1e-9));
		assertThat(lillebaelt.regionTarget()).isCloseTo(7_500, within(1e-9));
		assertThat(lillebaelt.regionValue()).isEqualTo(1_500);
	}

	@Test
	void aMunicipalityInTwoCatchmentsHasNoFigureUntilItReportedBoth() {
		Goal land = goal(RollUp.CATCHMENT, Direction.INCREASE, UnitKind.AMOUNT, List.of(),
				List.of(new Catchment("Lillebælt/Jylland", 0, 25_000, Map.of(HADERSLEV, 0.1)),
						new Catchment("Vadehavet", 0, 10_000, Map.of(HADERSLEV, 0.2))),
				List.of());
		var progress = new Progress(land, Map.of(),
				List.of(Figure.reported(HADERSLEV, "Lillebælt/Jylland", Period.year(2025), 500)));

		assertThat(progress.municipal(HADERSLEV).status()).isEqualTo(Status.NO_FIGURE);
		assertThat(progress.regional().get(0).value()).isNull();
	}

	@Test
	void statusesAtTheEdgesOfTheRule() {
		// more is better: baseline 0, the path expects 100 by now
		assertThat(Status.of(Direction.INCREASE, 0, 100, 100)).isEqualTo(Status.ON_TRACK);
		assertThat(Status.of(Direction.INCREASE, 0, 100, 99.99)).isEqualTo(Status.AT_RISK);
		assertThat(Status.of(Direction.INCREASE, 0, 100, 80)).isEqualTo(Status.AT_RISK);
		assertThat(Status.of(Direction.INCREASE, 0, 100, 79.99)).isEqualTo(Status.OFF_TRACK);
		assertThat(Status.of(Direction.INCREASE, 0, 100, -5)).isEqualTo(Status.OFF_TRACK);
		// less is better: baseline 1,000, the path expects 800 by now
		assertThat(Status.of(Direction.DECREASE, 1000, 800, 800)).isEqualTo(Status.ON_TRACK);
		assertThat(Status.of(Direction.DECREASE, 1000, 800, 840)).isEqualTo(Status.AT_RISK);
		assertThat(Status.of(Direction.DECREASE, 1000, 800, 840.01)).isEqualTo(Status.OFF_TRACK);
		// the path expects no change yet: the baseline itself is on track, worse is not
		assertThat(Status.of(Direction.DECREASE, 1000, 1000, 1000)).isEqualTo(Status.ON_TRACK);
		assertThat(Status.of(Direction.DECREASE, 1000, 1000, 1001)).isEqualTo(Status.OFF_TRACK);
	}

	@Test
	void aMunicipalityIsMeasuredAgainstTheRegionsMilestonesScaledToItsOwnTarget() {
		// the region: 0 in 2020, 800 by 2025 (a milestone), 1,000 by 2030; Kolding holds
		// half of it
		Goal land = goal(RollUp.SUM, Direction.INCREASE, UnitKind.AMOUNT,
				List.of(target(KOLDING, 0, 500), target(VEJLE, 0, 500)), List.of(), List.of(new Milestone(2025, 800)));
		var progress = new Progress(land, Map.of(), List.of(figure(KOLDING, 2025, 400), figure(VEJLE, 2025, 320)));

		assertThat(progress.municipal(KOLDING).expected()).isCloseTo(400, within(1e-9));
		assertThat(progress.municipal(KOLDING).status()).isEqualTo(Status.ON_TRACK);
		assertThat(progress.municipal(VEJLE).status()).isEqualTo(Status.AT_RISK);
		assertThat(progress.municipal(VEJLE).shareOfTarget()).isCloseTo(0.64, within(1e-9));
		assertThat(progress.regional().get(0).expected()).isCloseTo(800, within(1e-9));
	}

	@Test
	void aGoalRefusesATargetYearBeforeItsBaselineAndAPercentageOverAHundred() {
		assertThatThrownBy(() -> new Goal(new GoalId(1), "G", "", Theme.CLIMATE, "%", UnitKind.PERCENT,
				Direction.INCREASE, RollUp.POPULATION, null, PeriodKind.YEAR, 2030, 2025, 90, null, false, false,
				List.of(), List.of(target(KOLDING, 10, 20)), List.of(), 0))
			.hasMessage("goals.rule.targetBeforeBaseline");
		assertThatThrownBy(() -> goal(RollUp.POPULATION, Direction.INCREASE, UnitKind.PERCENT,
				List.of(target(KOLDING, 10, 120)), List.of(), List.of()))
			.hasMessage("goals.rule.percent");
	}

	@Test
	void aGoalRefusesAFigureOutsideItsMunicipalitiesPeriodsOrUnit() {
		Goal cycling = goal(RollUp.POPULATION, Direction.INCREASE, UnitKind.PERCENT, List.of(target(KOLDING, 20, 30)),
				List.of(), List.of());
		assertThatThrownBy(() -> cycling.checkFigure(VEJLE, "", Period.year(2025), 20))
			.hasMessage("goals.rule.municipalityOutside");
		assertThatThrownBy(() -> cycling.checkFigure(KOLDING, "", Period.year(2019), 20))
			.hasMessage("goals.rule.periodOutside");
		assertThatThrownBy(() -> cycling.checkFigure(KOLDING, "", new Period(2025, 2), 20))
			.hasMessage("goals.rule.yearNeeded");
		assertThatThrownBy(() -> cycling.checkFigure(KOLDING, "", Period.year(2025), 100.5))
			.hasMessage("goals.rule.percent");
	}

	@Test
	void periodsAreReadAsPeopleWriteThem() {
		assertThat(Period.parse("2025")).isEqualTo(Period.year(2025));
		assertThat(Period.parse("2025-Q3")).isEqualTo(new Period(2025, 3));
		assertThat(Period.parse(" 2025 K2 ")).isEqualTo(new Period(2025, 2));
		assertThatThrownBy(() -> Period.parse("25")).hasMessage("goals.rule.period");
	}

}
