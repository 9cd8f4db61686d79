package dk.samspil.goals;

import static dk.samspil.goals.GoalsDemoData.BILLUND;
import static dk.samspil.goals.GoalsDemoData.FREDERICIA;
import static dk.samspil.goals.GoalsDemoData.HADERSLEV;
import static dk.samspil.goals.GoalsDemoData.KOLDING;
import static dk.samspil.goals.GoalsDemoData.MIDDELFART;
import static dk.samspil.goals.GoalsDemoData.VEJEN;
import static dk.samspil.goals.GoalsDemoData.VEJLE;
import static dk.samspil.goals.GoalsDemoData.shares;
import static dk.samspil.goals.GoalsDemoData.years;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dk.samspil.goals.GoalsDemoData.DemoGoal;
import dk.samspil.region.MunicipalityCode;

/**
 * The demo's goals. Facts from DOMAIN.md are named as such; every other number is
 * illustrative, and says so.
 */
final class GoalsDemo {

	private static final String LILLEBAELT = "Lillebælt/Jylland";

	private static final String VADEHAVET = "Vadehavet";

	private static final String VIDAA = "Vidå-Kruså";

	static final List<DemoGoal> ALL = List.of(land(), nitrogen(), climate(), cycling(), charging(), commuting());

	private GoalsDemo() {
	}

	private static Goal goal(String title, String description, Theme theme, String unit, UnitKind kind,
			Direction direction, RollUp rollUp, String weightName, PeriodKind periods, int from, int to, int dueDays,
			boolean isPublic, List<Milestone> milestones, List<MunicipalTarget> targets, List<Catchment> catchments) {
		return new Goal(null, title, description, theme, unit, kind, direction, rollUp, weightName, periods, from, to,
				dueDays, null, isPublic, true, milestones, targets, catchments, 0);
	}

	private static DemoGoal land() {
		return new DemoGoal(goal("Omlægning af landbrugsjord (grøn trepart)",
				"Den lokale trepart for Lillebælt/Jylland har aftalt omlægning af knap 25.000 ha på tværs af ni kommuner "
						+ "(aftalt 29. oktober 2025). Haderslev ligger også i Vidå-Kruså og Vadehavet, Billund i Vadehavet. "
						+ "Kommunernes andele og de to andre oplandes mål er illustrative.",
				Theme.TRIPARTITE, "ha", UnitKind.AMOUNT, Direction.INCREASE, RollUp.CATCHMENT, null, PeriodKind.YEAR,
				2024, 2030, 90, true, List.of(), List.of(), catchments(25_000, 18_000, 9_000)), "plan",
				years(2025, 2025), null, null, 1.0);
	}

	private static DemoGoal nitrogen() {
		return new DemoGoal(goal("Kvælstofreduktion (grøn trepart)",
				"Reduktion af kvælstoftilførslen til kystvandene, fordelt pr. kystvandopland som treparten aftaler. "
						+ "Det nationale mål er 13.780 t N om året; oplandenes mål og kommunernes andele her er illustrative.",
				Theme.TRIPARTITE, "t N/år", UnitKind.AMOUNT, Direction.INCREASE, RollUp.CATCHMENT, null,
				PeriodKind.YEAR, 2024, 2027, 90, false, List.of(), List.of(), catchments(1_000, 700, 350)), "plan",
				years(2025, 2025), null, null, 0.6);
	}

	/**
	 * Lillebælt/Jylland with the Jutland municipalities (Middelfart is on Funen),
	 * Vadehavet, Vidå-Kruså.
	 */
	private static List<Catchment> catchments(double lillebaelt, double vadehavet, double vidaa) {
		return List.of(
				new Catchment(LILLEBAELT, 0, lillebaelt,
						shares(BILLUND, 0.03, FREDERICIA, 0.03, HADERSLEV, 0.07, KOLDING, 0.11, VEJEN, 0.06, VEJLE,
								0.14)),
				new Catchment(VADEHAVET, 0, vadehavet, shares(BILLUND, 0.06, HADERSLEV, 0.05)),
				new Catchment(VIDAA, 0, vidaa, shares(HADERSLEV, 0.12)));
	}

	private static DemoGoal climate() {
		Map<MunicipalityCode, Double> baselines = Map.of(BILLUND, 115_000.0, FREDERICIA, 260_000.0, HADERSLEV,
				210_000.0, KOLDING, 360_000.0, MIDDELFART, 150_000.0, VEJEN, 175_000.0, VEJLE, 430_000.0);
		List<MunicipalTarget> targets = new ArrayList<>();
		baselines.forEach((m, b) -> targets.add(new MunicipalTarget(m, b, b * 0.45, null)));
		return new DemoGoal(goal("CO₂e fra transport og energi",
				"Udledningen fra transport (ca. 29 % af regionens drivhusgasser) og energi (ca. 31 %) skal mere end "
						+ "halveres fra 2020 til 2030. Andelene er fra regionens opgørelse; kommunernes tal og mål er illustrative.",
				Theme.CLIMATE, "t CO₂e", UnitKind.AMOUNT, Direction.DECREASE, RollUp.SUM, null, PeriodKind.YEAR, 2020,
				2030, 120, false, List.of(new Milestone(2025, 1_275_000)), targets, List.of()), "klima",
				years(2021, 2025), Period.year(2025), KOLDING, 1.0);
	}

	private static DemoGoal cycling() {
		Map<MunicipalityCode, Double> baselines = Map.of(BILLUND, 8.0, FREDERICIA, 14.0, HADERSLEV, 11.0, KOLDING, 16.0,
				MIDDELFART, 12.0, VEJEN, 9.0, VEJLE, 15.0);
		List<MunicipalTarget> targets = new ArrayList<>();
		baselines.forEach((m, b) -> targets.add(new MunicipalTarget(m, b, b + 6, null)));
		return new DemoGoal(goal("Cykelandel af pendlerture",
				"Andelen af ture til og fra arbejde på cykel, vægtet med kommunernes indbyggertal. Tallene er illustrative.",
				Theme.MOBILITY, "%", UnitKind.PERCENT, Direction.INCREASE, RollUp.POPULATION, null, PeriodKind.YEAR,
				2020, 2030, 90, true, List.of(), targets, List.of()), "mobilitet", years(2021, 2025), null, null, 1.3);
	}

	private static DemoGoal charging() {
		Map<MunicipalityCode, Double> baselines = Map.of(BILLUND, 40.0, FREDERICIA, 120.0, HADERSLEV, 90.0, KOLDING,
				210.0, MIDDELFART, 70.0, VEJEN, 50.0, VEJLE, 260.0);
		List<MunicipalTarget> targets = new ArrayList<>();
		baselines.forEach((m, b) -> targets.add(new MunicipalTarget(m, b, b * 4, null)));
		List<Period> quarters = new ArrayList<>();
		for (int q = 1; q <= 4; q++) {
			quarters.add(new Period(2024, q));
		}
		for (int q = 1; q <= 3; q++) {
			quarters.add(new Period(2025, q));
		}
		return new DemoGoal(goal("Offentlige ladestandere",
				"Antal offentligt tilgængelige ladepunkter til elbiler, opgjort hvert kvartal. Tallene er illustrative.",
				Theme.MOBILITY, "ladepunkter", UnitKind.AMOUNT, Direction.INCREASE, RollUp.SUM, null,
				PeriodKind.QUARTER, 2023, 2027, 45, true, List.of(), targets, List.of()), "mobilitet", quarters, null,
				null, 1.25);
	}

	private static DemoGoal commuting() {
		Map<MunicipalityCode, double[]> parts = Map.of(BILLUND, new double[] { 12, 6_000 }, FREDERICIA,
				new double[] { 20, 9_500 }, HADERSLEV, new double[] { 15, 4_500 }, KOLDING, new double[] { 22, 13_000 },
				MIDDELFART, new double[] { 18, 4_000 }, VEJEN, new double[] { 11, 3_500 }, VEJLE,
				new double[] { 21, 12_500 });
		List<MunicipalTarget> targets = new ArrayList<>();
		parts.forEach((m, p) -> targets.add(new MunicipalTarget(m, p[0], p[0] + 8, p[1])));
		return new DemoGoal(goal("Pendlere over kommunegrænsen med bus, tog eller cykel",
				"I 2023 pendlede ca. 53.000 ind over en kommunegrænse i regionen (23 % af ca. 234.000 job). Andelen, der "
						+ "rejser kollektivt eller cykler, vægtes med hver kommunes indpendlere; fordelingen og andelene er illustrative.",
				Theme.MOBILITY, "%", UnitKind.PERCENT, Direction.INCREASE, RollUp.NAMED_WEIGHT, "indpendlere",
				PeriodKind.YEAR, 2023, 2030, 90, false, List.of(), targets, List.of()), "mobilitet", years(2024, 2025),
				null, null, 0.6);
	}

}
