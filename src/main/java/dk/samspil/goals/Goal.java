package dk.samspil.goals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import dk.samspil.region.MunicipalityCode;
import dk.samspil.rules.FieldRefusal;

/**
 * A shared goal: one indicator (unit, direction), a baseline and target year, milestones
 * on the way, and the municipalities' own targets (or the catchments' targets and the
 * municipalities' shares of them) that make the region's. Its rules refuse what cannot be
 * a goal, and figures that do not belong to it.
 */
record Goal(GoalId id, String title, String description, Theme theme, String unit, UnitKind unitKind,
		Direction direction, RollUp rollUp, String weightName, PeriodKind periodKind, int baselineYear, int targetYear,
		int dueDays, Long decisionId, boolean isPublic, boolean illustrative, List<Milestone> milestones,
		List<MunicipalTarget> targets, List<Catchment> catchments, int version) {

	Goal {
		milestones = milestones.stream().sorted(Comparator.comparingInt(Milestone::year)).toList();
		targets = List.copyOf(targets);
		catchments = List.copyOf(catchments);
		checkYears(baselineYear, targetYear, milestones);
		checkParts(rollUp, weightName, targets, catchments);
		checkValues(unitKind, targets, milestones);
	}

	/** Targets and milestones in the goal's unit: a percentage between 0 and 100. */
	private static void checkValues(UnitKind unitKind, List<MunicipalTarget> targets, List<Milestone> milestones) {
		try {
			for (MunicipalTarget t : targets) {
				unitKind.check(t.baseline());
				unitKind.check(t.target());
			}
			for (Milestone m : milestones) {
				unitKind.check(m.value());
			}
		}
		catch (FieldRefusal ex) {
			// on the goal's form, a value that does not fit the unit is the unit's
			// mistake as much as the value's
			throw new FieldRefusal("unitKind", ex.messageKey(), ex.arguments());
		}
	}

	private static void checkYears(int baselineYear, int targetYear, List<Milestone> milestones) {
		if (targetYear <= baselineYear) {
			throw new FieldRefusal("targetYear", "goals.rule.targetBeforeBaseline", targetYear, baselineYear);
		}
		for (Milestone m : milestones) {
			if (m.year() <= baselineYear || m.year() >= targetYear) {
				throw new FieldRefusal("milestones", "goals.rule.milestoneYear", m.year(), baselineYear, targetYear);
			}
		}
	}

	private static void checkParts(RollUp rollUp, String weightName, List<MunicipalTarget> targets,
			List<Catchment> catchments) {
		if (rollUp == RollUp.CATCHMENT) {
			if (catchments.isEmpty() || catchments.stream().allMatch(c -> c.shares().isEmpty())) {
				throw new FieldRefusal("catchments", "goals.rule.noCatchment");
			}
			return;
		}
		if (targets.isEmpty()) {
			throw new FieldRefusal("baseline", "goals.rule.noMunicipality");
		}
		if (rollUp == RollUp.NAMED_WEIGHT) {
			if (weightName == null || weightName.isBlank()) {
				throw new FieldRefusal("weightName", "goals.rule.weightName");
			}
			if (targets.stream().anyMatch(t -> t.weight() == null || t.weight() <= 0)) {
				throw new FieldRefusal("weight", "goals.rule.weight");
			}
		}
	}

	/** The municipalities the goal is built from, in the order of their codes. */
	Set<MunicipalityCode> municipalities() {
		Set<MunicipalityCode> all = new TreeSet<>();
		targets.forEach(t -> all.add(t.municipality()));
		catchments.forEach(c -> all.addAll(c.shares().keySet()));
		return all;
	}

	/** The catchments a municipality lies in, for a goal split by catchment. */
	Set<String> catchmentsOf(MunicipalityCode municipality) {
		Set<String> names = new LinkedHashSet<>();
		catchments.stream().filter(c -> c.share(municipality) > 0).forEach(c -> names.add(c.name()));
		return names;
	}

	/**
	 * Refuses a figure that does not belong to this goal: its municipality, period,
	 * catchment or value.
	 */
	void checkFigure(MunicipalityCode municipality, String catchment, Period period, double value) {
		if (!municipalities().contains(municipality)) {
			throw new FieldRefusal("municipality", "goals.rule.municipalityOutside", municipality.value());
		}
		checkPeriod(period);
		String name = catchment == null ? "" : catchment.strip();
		if (rollUp == RollUp.CATCHMENT && !catchmentsOf(municipality).contains(name)) {
			throw new FieldRefusal("catchment", "goals.rule.catchment", name, municipality.value());
		}
		if (rollUp != RollUp.CATCHMENT && !name.isEmpty()) {
			throw new FieldRefusal("catchment", "goals.rule.noCatchmentHere", name);
		}
		unitKind.check(value);
	}

	/** Refuses a corrected value that does not fit the goal's unit. */
	void checkValue(double value) {
		unitKind.check(value);
	}

	void checkPeriod(Period period) {
		if (period.isQuarter() != (periodKind == PeriodKind.QUARTER)) {
			throw new FieldRefusal("period",
					periodKind == PeriodKind.QUARTER ? "goals.rule.quarterNeeded" : "goals.rule.yearNeeded",
					period.toString());
		}
		if (period.year() < baselineYear || period.year() > targetYear) {
			throw new FieldRefusal("period", "goals.rule.periodOutside", period.toString(), baselineYear, targetYear);
		}
	}

	/** The day a period's figure is due. */
	LocalDate dueOn(Period period) {
		return period.end().plusDays(dueDays);
	}

	/** The periods whose figures fall due from the baseline year to the target year. */
	public List<Period> periods() {
		List<Period> periods = new ArrayList<>();
		for (int year = baselineYear; year <= targetYear; year++) {
			if (periodKind == PeriodKind.YEAR) {
				periods.add(Period.year(year));
			}
			else {
				for (int q = 1; q <= 4; q++) {
					periods.add(new Period(year, q));
				}
			}
		}
		return periods;
	}

	/**
	 * The latest period that has ended by the day, within the goal's years; the first
	 * period before any has.
	 */
	Period latestEnded(LocalDate today) {
		List<Period> periods = periods();
		Period latest = periods.get(0);
		for (Period p : periods) {
			if (!p.end().isAfter(today)) {
				latest = p;
			}
		}
		return latest;
	}

	/**
	 * A municipality's code as typed or sent by a form; refused beside the municipality
	 * field when it is none.
	 */
	static MunicipalityCode code(String text) {
		try {
			return MunicipalityCode.parse(text);
		}
		catch (IllegalArgumentException ex) {
			throw new FieldRefusal("municipality", "goals.import.code", text == null ? "" : text);
		}
	}

	public boolean splitByCatchment() {
		return rollUp == RollUp.CATCHMENT;
	}
}
