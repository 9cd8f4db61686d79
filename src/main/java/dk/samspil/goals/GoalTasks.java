package dk.samspil.goals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import dk.samspil.meetings.ExternalTask;
import dk.samspil.meetings.ExternalTasks;
import dk.samspil.region.MunicipalityCode;
import dk.samspil.region.Region;

/**
 * The figures people are to report: for each goal and municipality, the latest period
 * falling due by the day that has no figure yet goes to the people named responsible, so
 * they see it on their task list and in their daily digest before the due date (and after
 * it, until it is reported). So does each open action, to its owner, from shortly before
 * its due date until it is done.
 */
@Component
class GoalTasks implements ExternalTasks {

	private final Goals goals;

	private final Figures figures;

	private final Responsibles responsibles;

	private final Region region;

	private final MessageSource messages;

	private final Actions actions;

	GoalTasks(Goals goals, Figures figures, Responsibles responsibles, Region region, MessageSource messages,
			Actions actions) {
		this.actions = actions;
		this.goals = goals;
		this.figures = figures;
		this.responsibles = responsibles;
		this.region = region;
		this.messages = messages;
	}

	@Override
	public List<ExternalTask> openDueBy(LocalDate day, Locale locale) {
		Map<GoalId, Goal> all = goals.findAll().stream().collect(Collectors.toMap(Goal::id, Function.identity()));
		Map<MunicipalityCode, String> names = region.names();
		Map<GoalId, Set<String>> reported = figures.ofGoals(all.keySet())
			.stream()
			.collect(Collectors.groupingBy(Figure::goal, Collectors
				.mapping(f -> FigureImport.key(f.municipality(), f.catchment(), f.period()), Collectors.toSet())));
		List<ExternalTask> tasks = new ArrayList<>();
		for (Responsibles.Responsible r : responsibles.all()) {
			Goal goal = all.get(r.goal());
			Period due = goal == null ? null : latestDue(goal, day);
			if (due == null || complete(goal, r.municipality(), due, reported.getOrDefault(goal.id(), Set.of()))) {
				continue;
			}
			tasks
				.add(new ExternalTask(r.person(),
						messages.getMessage("goals.task.report", new Object[] { goal.title(),
								names.getOrDefault(r.municipality(), r.municipality().value()), due.toString() },
								locale),
						goal.dueOn(due), "/goals/" + goal.id() + "#report"));
		}
		for (Action action : actions.openDueBy(day)) {
			Goal goal = all.get(action.goal());
			if (goal != null) {
				tasks.add(new ExternalTask(action.owner(),
						messages.getMessage("goals.task.action", new Object[] { goal.title(), action.title() }, locale),
						action.dueOn(), "/goals/" + goal.id() + "#action-" + action.id()));
			}
		}
		return tasks;
	}

	/** The latest period of the goal whose figure is due on or before the day. */
	static Period latestDue(Goal goal, LocalDate day) {
		Period latest = null;
		for (Period p : goal.periods()) {
			if (!goal.dueOn(p).isAfter(day)) {
				latest = p;
			}
		}
		return latest;
	}

	private static boolean complete(Goal goal, MunicipalityCode m, Period period, Set<String> reported) {
		if (!goal.splitByCatchment()) {
			return reported.contains(FigureImport.key(m, "", period));
		}
		return goal.catchmentsOf(m).stream().allMatch(c -> reported.contains(FigureImport.key(m, c, period)));
	}

}
