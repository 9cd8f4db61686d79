package dk.samspil.water;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dk.samspil.allocation.water.WaterDetail;
import dk.samspil.region.Municipality;
import dk.samspil.region.Region;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The results part of a run's page, from what the run stored: the spread over an
 * ensemble's scenarios, the scenarios side by side, and one scenario in detail with its
 * charts, tables and map. Nothing is recomputed.
 */
@Component
class ResultPage {

	/**
	 * Above this many scenarios the page lists the worst few; the export has them all.
	 */
	static final int LISTED = 50;

	/** How many of the worst scenarios a page lists above {@link #LISTED}. */
	static final int WORST = 10;

	static final Map<String, String> COLOURS = Map.of("drinking", "#1f5f99", "environment", "#0b5345", "industry",
			"#7d3c98", "ptx", "#b03a2e");

	/**
	 * Upper bounds of the map's shortfall classes, m³ over the horizon (the first class
	 * is "none").
	 */
	static final long[] LEVELS = { 0, 10_000, 100_000, 1_000_000 };

	private final Runs runs;

	private final Region region;

	private final MessageSource messages;

	ResultPage(Runs runs, Region region, MessageSource messages) {
		this.runs = runs;
		this.region = region;
		this.messages = messages;
	}

	/** A chart with its element id and title, and its data as the script reads it. */
	record Shown(String id, String title, Chart chart, String json) {
	}

	/**
	 * A municipality's row: its figures in the scenario and the map's class for its
	 * shortfall.
	 */
	record PlaceRow(String code, String name, ScenarioReport.Place place, int level, Double lat, Double lon) {
	}

	void fill(Run run, Integer scenario, String body, Model model, Locale locale) {
		model.addAttribute("kinds", WaterDetail.KINDS);
		model.addAttribute("levels", LEVELS);
		model.addAttribute("exportTables", ResultTables.NAMES);
		Optional<RunSummary> summary = runs.summary(run.id());
		model.addAttribute("summary", summary.orElse(null));
		summary.filter(s -> s.scenarios() > 1).ifPresent(s -> model.addAttribute("bands", bands(s, locale)));
		List<ScenarioReport> listed = run.done() > LISTED ? runs.worst(run.id(), WORST) : runs.reports(run.id());
		model.addAttribute("rows", listed);
		model.addAttribute("allListed", run.done() <= LISTED);
		if (listed.isEmpty()) {
			return;
		}
		int index = scenario == null ? listed.get(0).index() : scenario;
		ScenarioReport selected = listed.stream()
			.filter(r -> r.index() == index)
			.findFirst()
			.or(() -> runs.report(run.id(), index))
			.orElseThrow(ModelAccess::notFound);
		model.addAttribute("selected", selected);
		List<PlaceRow> places = places(selected);
		model.addAttribute("places", places);
		model.addAttribute("municipalityNames", names());
		model.addAttribute("mapJson", ResultJson.write(places));
		runs.series(run.id(), selected.index()).ifPresent(series -> {
			model.addAttribute("monthly", monthly(series, locale));
			List<ResultSeries.Body> bodies = series.groundwater()
				.stream()
				.sorted(Comparator.comparingDouble(ResultSeries.Body::peakShare).reversed())
				.toList();
			model.addAttribute("bodies", bodies);
			bodies.stream()
				.filter(b -> b.body().equals(body))
				.findFirst()
				.or(() -> bodies.stream().findFirst())
				.ifPresent(b -> {
					model.addAttribute("body", b);
					model.addAttribute("bodyChart", abstraction(b, selected.firstYear(), locale));
				});
		});
	}

	List<PlaceRow> places(ScenarioReport report) {
		Map<String, Municipality> known = new HashMap<>();
		region.municipalities().forEach(m -> known.put(m.code().value(), m));
		List<PlaceRow> rows = new ArrayList<>();
		report.municipalities().forEach((code, place) -> {
			Optional<Municipality> found = Optional.ofNullable(known.get(code));
			rows.add(new PlaceRow(code, found.map(Municipality::name).orElse(code), place,
					level(place.totalShortfall()), found.map(Municipality::latitude).orElse(null),
					found.map(Municipality::longitude).orElse(null)));
		});
		return rows;
	}

	/**
	 * Each municipality's name by its code, read once for the tables and files that name
	 * many.
	 */
	Map<String, String> names() {
		Map<String, String> names = new HashMap<>();
		region.names().forEach((code, name) -> names.put(code.value(), name));
		return names;
	}

	static int level(double shortfall) {
		int level = 0;
		for (long bound : LEVELS) {
			level += shortfall > bound ? 1 : 0;
		}
		return level;
	}

	List<Shown> monthly(ResultSeries series, Locale locale) {
		List<Shown> charts = new ArrayList<>();
		for (String kind : WaterDetail.KINDS) {
			long[] demand = series.demand().get(kind);
			long[] delivered = series.delivered().get(kind);
			if (demand == null || delivered == null || Arrays.stream(demand).sum() == 0) {
				continue;
			}
			int step = Chart.step(demand.length);
			String title = text("water.use." + kind, locale);
			Chart chart = new Chart(
					Chart.monthLabels(YearMonth.parse(series.start()), demand.length, step, messages, locale), "m³",
					List.of(new Chart.Line(text("water.chart.demand", locale), Chart.summed(demand, step), "#4a4f55",
							true, false),
							new Chart.Line(text("water.chart.delivered", locale), Chart.summed(delivered, step),
									COLOURS.get(kind), false, false)));
			charts.add(new Shown("monthly-" + kind, title, chart, ResultJson.write(chart)));
		}
		return charts;
	}

	Shown abstraction(ResultSeries.Body body, int firstYear, Locale locale) {
		double[] abstracted = Arrays.stream(body.abstracted()).asDoubleStream().toArray();
		double[] cap = Arrays.stream(body.cap()).asDoubleStream().toArray();
		Chart chart = new Chart(Chart.years(firstYear, abstracted.length), "m³",
				List.of(new Chart.Line(text("water.chart.cap", locale), cap, "#4a4f55", true, false),
						new Chart.Line(text("water.chart.abstracted", locale), abstracted, "#1f5f99", false, false)));
		return new Shown("groundwater-chart", body.body(), chart, ResultJson.write(chart));
	}

	/**
	 * For each kind that went short in some year of some scenario, its band of yearly
	 * reliability.
	 */
	List<Shown> bands(RunSummary summary, Locale locale) {
		List<Shown> charts = new ArrayList<>();
		for (String kind : WaterDetail.KINDS) {
			List<RunSummary.Band> years = summary.yearly().getOrDefault(kind, List.of());
			if (years.stream().allMatch(b -> b.p10() >= 1)) {
				continue;
			}
			String colour = COLOURS.get(kind);
			Chart chart = new Chart(Chart.years(summary.firstYear(), years.size()), "%",
					List.of(new Chart.Line("P10", Chart.values(years.size(), y -> 100 * years.get(y).p10()), colour,
							true, false),
							new Chart.Line("P90", Chart.values(years.size(), y -> 100 * years.get(y).p90()), colour,
									true, true),
							new Chart.Line("P50", Chart.values(years.size(), y -> 100 * years.get(y).p50()), colour,
									false, false)));
			charts.add(new Shown("band-" + kind, text("water.use." + kind, locale), chart, ResultJson.write(chart)));
		}
		return charts;
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

}
