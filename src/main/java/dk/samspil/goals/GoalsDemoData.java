package dk.samspil.goals;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import dk.samspil.accounts.Accounts;
import dk.samspil.accounts.PersonId;
import dk.samspil.region.MunicipalityCode;

/**
 * The shared goals of the Triangle Region's demo: the green tripartite's land conversion
 * and nitrogen for the Lillebælt/Jylland catchment (with Vadehavet and Vidå-Kruså, where
 * Haderslev and Billund also lie), a climate goal for transport and energy, and the
 * mobility working group's indicators, with a few years of figures in which some
 * municipalities keep to the path and some do not. Every number not in DOMAIN.md is
 * marked illustrative.
 */
@Component
@Order(60)
class GoalsDemoData implements ApplicationRunner {

	static final MunicipalityCode BILLUND = new MunicipalityCode("0530");

	static final MunicipalityCode FREDERICIA = new MunicipalityCode("0607");

	static final MunicipalityCode HADERSLEV = new MunicipalityCode("0510");

	static final MunicipalityCode KOLDING = new MunicipalityCode("0621");

	static final MunicipalityCode MIDDELFART = new MunicipalityCode("0410");

	static final MunicipalityCode VEJEN = new MunicipalityCode("0575");

	static final MunicipalityCode VEJLE = new MunicipalityCode("0630");

	static final Map<MunicipalityCode, String> NAMES = Map.of(BILLUND, "billund", FREDERICIA, "fredericia", HADERSLEV,
			"haderslev", KOLDING, "kolding", MIDDELFART, "middelfart", VEJEN, "vejen", VEJLE, "vejle");

	/**
	 * How much of the expected progress each municipality makes in the demo: above 1 on
	 * track, below 0.8 off.
	 */
	static final Map<MunicipalityCode, Double> PACE = Map.of(BILLUND, 1.15, FREDERICIA, 0.55, HADERSLEV, 0.9, KOLDING,
			1.05, MIDDELFART, 1.2, VEJEN, 0.7, VEJLE, 1.0);

	private final GoalDesk desk;

	private final Goals goals;

	private final Figures figures;

	private final Responsibles responsibles;

	private final Accounts accounts;

	private final Clock clock;

	private final Actions actions;

	private final boolean enabled;

	GoalsDemoData(GoalDesk desk, Goals goals, Figures figures, Responsibles responsibles, Accounts accounts,
			Clock clock, Actions actions, @Value("${samspil.demo.enabled}") boolean enabled) {
		this.actions = actions;
		this.desk = desk;
		this.goals = goals;
		this.figures = figures;
		this.responsibles = responsibles;
		this.accounts = accounts;
		this.clock = clock;
		this.enabled = enabled;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (enabled && accounts.findByUsername("sekretariat").isPresent() && goals.count() == 0) {
			load();
		}
	}

	void load() {
		List<GoalId> ids = new ArrayList<>();
		for (DemoGoal demo : GoalsDemo.ALL) {
			GoalId id = desk.define(demo.goal());
			ids.add(id);
			Goal goal = goals.find(id).orElseThrow();
			for (MunicipalityCode m : goal.municipalities()) {
				accounts.findByUsername(NAMES.get(m) + "." + demo.reporter()).ifPresent(p -> {
					responsibles.name(id, m, p);
					report(goal, m, p, demo);
				});
			}
		}
		actions(ids.get(2), ids.get(4));
	}

	/**
	 * A municipal action past its date (so it is on Kolding's climate manager's tasks)
	 * and a joint one ahead.
	 */
	private void actions(GoalId climate, GoalId charging) {
		LocalDate today = LocalDate.now(clock);
		accounts.findByUsername("kolding.klima")
			.ifPresent(owner -> actions.insert(new Action(0, climate, "Elbusser på alle bybuslinjer i Kolding", KOLDING,
					owner, Action.Status.STARTED, today.minusWeeks(3), "ca. 2.500 t CO₂e mindre om året (illustrativt)",
					null, null, 0)));
		accounts.findByUsername("billund.mobilitet")
			.ifPresent(owner -> actions.insert(new Action(0, charging,
					"Fælles udbud af ladestandere ved pendlerpladser", null, owner, Action.Status.PLANNED,
					today.plusMonths(5), "120 nye ladepunkter (illustrativt)", null, null, 0)));
	}

	/**
	 * Figures along each municipality's own path at its pace, for the demo's years (one
	 * left out where it says).
	 */
	private void report(Goal goal, MunicipalityCode m, PersonId by, DemoGoal demo) {
		Progress plan = new Progress(goal, Map.of(), List.of());
		Progress.Municipal part = plan.municipal(m);
		Path path = plan.path().scaledTo(part.baseline(), part.target());
		for (Period period : demo.reported()) {
			if (period.equals(demo.missing()) && m.equals(demo.missingFor())) {
				continue;
			}
			double expected = path.valueAt(period.time());
			double value = part.baseline() + (expected - part.baseline()) * PACE.get(m) * demo.pace();
			if (goal.splitByCatchment()) {
				double total = part.target() - part.baseline();
				for (Catchment c : goal.catchments()) {
					if (c.share(m) > 0) {
						double weight = total == 0 ? 0 : c.share(m) * (c.target() - c.baseline()) / total;
						insert(goal, Figure.reported(m, c.name(), period,
								round(c.share(m) * c.baseline() + (value - part.baseline()) * weight)), by);
					}
				}
			}
			else {
				insert(goal, Figure.reported(m, "", period, round(value)), by);
			}
		}
	}

	private void insert(Goal goal, Figure figure, PersonId by) {
		goal.checkFigure(figure.municipality(), figure.catchment(), figure.period(), figure.value());
		figures.insert(goal.id(), figure, by, clock.instant());
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

	/**
	 * A goal of the demo, whose people report it, the periods reported, one figure left
	 * for the demo to add, and how fast the region as a whole goes (1 keeps to the path),
	 * so that some goals are on track and some are not.
	 */
	record DemoGoal(Goal goal, String reporter, List<Period> reported, Period missing, MunicipalityCode missingFor,
			double pace) {
	}

	static List<Period> years(int from, int to) {
		List<Period> all = new ArrayList<>();
		for (int y = from; y <= to; y++) {
			all.add(Period.year(y));
		}
		return all;
	}

	static Map<MunicipalityCode, Double> shares(Object... codeShare) {
		Map<MunicipalityCode, Double> all = new LinkedHashMap<>();
		for (int i = 0; i < codeShare.length; i += 2) {
			all.put((MunicipalityCode) codeShare[i], (Double) codeShare[i + 1]);
		}
		return all;
	}

}
