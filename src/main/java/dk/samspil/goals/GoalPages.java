package dk.samspil.goals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import dk.samspil.region.Municipality;
import dk.samspil.region.MunicipalityCode;
import dk.samspil.region.Region;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the goal pages show, worked out once for the signed-in pages and the public
 * dashboard alike.
 */
@Component
class GoalPages {

	/** A goal at a glance, for the overviews. */
	record Summary(Goal goal, Status status, Double share, Progress.Regional latest) {
	}

	/** A municipality's row in a goal's table, with its name. */
	record Row(String name, Progress.Municipal progress) {
	}

	private final Goals goals;

	private final Figures figures;

	private final Region region;

	private final MessageSource messages;

	private final JsonMapper json;

	GoalPages(Goals goals, Figures figures, Region region, MessageSource messages, JsonMapper json) {
		this.json = json;
		this.goals = goals;
		this.figures = figures;
		this.region = region;
		this.messages = messages;
	}

	Map<MunicipalityCode, Municipality> municipalities() {
		return region.municipalities()
			.stream()
			.collect(Collectors.toMap(Municipality::code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
	}

	Progress progress(Goal goal) {
		return progress(goal, figures.ofGoal(goal.id()));
	}

	Progress progress(Goal goal, List<Figure> reported) {
		Map<MunicipalityCode, Integer> populations = new LinkedHashMap<>();
		municipalities().forEach((code, m) -> populations.put(code, m.population()));
		return new Progress(goal, populations, reported);
	}

	List<Summary> summaries(List<Goal> all) {
		Map<GoalId, List<Figure>> byGoal = figures.ofGoals(all.stream().map(Goal::id).toList())
			.stream()
			.collect(Collectors.groupingBy(Figure::goal));
		List<Summary> summaries = new ArrayList<>();
		for (Goal goal : all) {
			Progress progress = progress(goal, byGoal.getOrDefault(goal.id(), List.of()));
			Progress.Regional latest = progress.regional()
				.stream()
				.filter(Progress.Regional::complete)
				.reduce((a, b) -> b)
				.orElse(null);
			summaries.add(new Summary(goal, progress.regionalStatus(), progress.regionalShareOfTarget(), latest));
		}
		return summaries;
	}

	/**
	 * Fills the model for a goal's page: its progress, the table per municipality, the
	 * chart and the map.
	 */
	void fill(Model model, Goal goal, Locale locale) {
		Progress progress = progress(goal);
		Map<MunicipalityCode, Municipality> names = municipalities();
		List<Row> rows = progress.municipalities()
			.stream()
			.map(p -> new Row(
					names.containsKey(p.municipality()) ? names.get(p.municipality()).name() : p.municipality().value(),
					p))
			.toList();
		model.addAttribute("goal", goal);
		model.addAttribute("progress", progress);
		model.addAttribute("rows", rows);
		model.addAttribute("regional", progress.regional());
		model.addAttribute("regionalStatus", progress.regionalStatus());
		model.addAttribute("catchments", progress.catchments());
		model.addAttribute("atRiskFrom", Math.round(Status.AT_RISK_FROM * 100));
		model.addAttribute("chartJson", json.writeValueAsString(chart(goal, progress)));
		model.addAttribute("mapJson", json.writeValueAsString(map(rows, names, locale)));
		model.addAttribute("municipalityNames",
				names.values().stream().collect(Collectors.toMap(m -> m.code().value(), Municipality::name)));
	}

	/**
	 * The region's figures against the path, year by year (quarter by quarter for a
	 * quarterly goal).
	 */
	private Map<String, Object> chart(Goal goal, Progress progress) {
		Map<Period, Double> figuresByPeriod = new LinkedHashMap<>();
		progress.regional()
			.stream()
			.filter(Progress.Regional::complete)
			.forEach(r -> figuresByPeriod.put(r.period(), r.value()));
		List<String> labels = new ArrayList<>();
		List<Double> path = new ArrayList<>();
		List<Double> reported = new ArrayList<>();
		List<Double> milestones = new ArrayList<>();
		for (Period p : goal.periods()) {
			labels.add(p.toString());
			path.add(round(progress.path().valueAt(p.time())));
			reported.add(figuresByPeriod.containsKey(p) ? round(figuresByPeriod.get(p)) : null);
			Double milestone = null;
			if (!p.isQuarter() || p.quarter() == 1) {
				for (Milestone m : goal.milestones()) {
					if (m.year() == p.year()) {
						milestone = m.value();
					}
				}
				if (p.year() == goal.targetYear()) {
					milestone = round(progress.target());
				}
			}
			milestones.add(milestone);
		}
		Map<String, Object> chart = new LinkedHashMap<>();
		chart.put("labels", labels);
		chart.put("path", path);
		chart.put("figures", reported);
		chart.put("milestones", milestones);
		chart.put("unit", goal.unit());
		return chart;
	}

	private List<Map<String, Object>> map(List<Row> rows, Map<MunicipalityCode, Municipality> municipalities,
			Locale locale) {
		List<Map<String, Object>> all = new ArrayList<>();
		for (Row row : rows) {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("code", row.progress().municipality().value());
			entry.put("name", row.name());
			entry.put("share",
					row.progress().shareOfTarget() == null ? null : round(row.progress().shareOfTarget() * 100));
			entry.put("status", row.progress().status().name());
			entry.put("statusText", messages.getMessage("goals.status." + row.progress().status(), null, locale));
			Municipality m = municipalities.get(row.progress().municipality());
			if (m != null) {
				entry.put("lat", m.latitude());
				entry.put("lon", m.longitude());
			}
			all.add(entry);
		}
		return all;
	}

	private static Double round(double value) {
		return Math.round(value * 100) / 100.0;
	}

	Goals goals() {
		return goals;
	}

}
