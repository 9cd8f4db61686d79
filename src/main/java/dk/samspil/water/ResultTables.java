package dk.samspil.water;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import dk.samspil.allocation.water.WaterDetail;

import org.springframework.stereotype.Component;

/**
 * A finished run's stored results as tables, the same for the CSV files and the
 * workbook's sheets. Summary and breaches have the command line's columns; the command
 * line's per-element month rows are not stored, so demand is per kind of use each month
 * and groundwater per body each year, as the result page shows them. Rows are read one
 * scenario at a time, so an ensemble is exported without holding it all in memory.
 */
@Component
class ResultTables {

	/** The tables, by file name without ".csv". */
	static final List<String> NAMES = List.of("summary", "municipalities", "breaches", "monthly", "groundwater");

	/**
	 * A table's columns and a way to hand out its rows; numbers stay numbers for the
	 * workbook.
	 */
	record Table(String name, List<String> header, Consumer<Consumer<List<Object>>> rows) {
	}

	private final Runs runs;

	private final ResultPage page;

	ResultTables(Runs runs, ResultPage page) {
		this.runs = runs;
		this.page = page;
	}

	List<Table> all(Run run) {
		return NAMES.stream().map(name -> table(run, name)).toList();
	}

	Table table(Run run, String name) {
		return switch (name) {
			case "summary" -> new Table(name,
					List.of("scenario", "reliability_drinking", "reliability_environment", "reliability_industry",
							"reliability_ptx", "shortfall_drinking_m3", "shortfall_environment_m3",
							"shortfall_industry_m3", "shortfall_ptx_m3", "total_shortfall_m3", "unused_technical_m3",
							"environmental_breaches", "breached_m3"),
					out -> summary(run, out));
			case "municipalities" ->
				new Table(name, List.of("scenario", "municipality", "name", "kind", "reliability", "shortfall_m3"),
						out -> municipalities(run, out));
			case "breaches" -> new Table(name, List.of("scenario", "month", "element", "limit", "amount_m3"),
					out -> breaches(run, out));
			case "monthly" ->
				new Table(name, List.of("scenario", "month", "kind", "demand_m3", "delivered_m3", "shortfall_m3"),
						out -> monthly(run, out));
			case "groundwater" ->
				new Table(name, List.of("scenario", "year", "element", "municipality", "abstracted_m3", "year_cap_m3"),
						out -> groundwater(run, out));
			default -> throw ModelAccess.notFound();
		};
	}

	private void summary(Run run, Consumer<List<Object>> out) {
		for (ScenarioReport r : runs.reports(run.id())) {
			out.accept(List.of(r.scenario(), r.reliability("drinking"), r.reliability("environment"),
					r.reliability("industry"), r.reliability("ptx"), r.shortfall("drinking"),
					r.shortfall("environment"), r.shortfall("industry"), r.shortfall("ptx"), r.totalShortfall(),
					r.unusedTechnicalWater(), r.breaches(), r.breachedAmount()));
		}
	}

	private void municipalities(Run run, Consumer<List<Object>> out) {
		Map<String, String> names = page.names();
		for (ScenarioReport r : runs.reports(run.id())) {
			r.municipalities().forEach((code, place) -> {
				for (String kind : WaterDetail.KINDS) {
					if (place.reliability().containsKey(kind)) {
						out.accept(List.of(r.scenario(), code, names.getOrDefault(code, code), kind,
								place.reliability().get(kind), place.shortfall().getOrDefault(kind, 0.0)));
					}
				}
			});
		}
	}

	private void breaches(Run run, Consumer<List<Object>> out) {
		for (ScenarioReport r : runs.reports(run.id())) {
			r.breachList()
				.forEach(b -> out.accept(List.of(r.scenario(), b.month(), b.element(), b.limit(), b.amount())));
		}
	}

	private void monthly(Run run, Consumer<List<Object>> out) {
		for (ScenarioReport r : runs.reports(run.id())) {
			runs.series(run.id(), r.index()).ifPresent(series -> {
				YearMonth start = YearMonth.parse(series.start());
				for (String kind : WaterDetail.KINDS) {
					long[] demand = series.demand().get(kind);
					long[] delivered = series.delivered().get(kind);
					for (int m = 0; demand != null && m < demand.length; m++) {
						out.accept(List.of(r.scenario(), start.plusMonths(m).toString(), kind, (double) demand[m],
								(double) delivered[m], (double) Math.max(0, demand[m] - delivered[m])));
					}
				}
			});
		}
	}

	private void groundwater(Run run, Consumer<List<Object>> out) {
		for (ScenarioReport r : runs.reports(run.id())) {
			runs.series(run.id(), r.index()).ifPresent(series -> {
				for (ResultSeries.Body body : series.groundwater()) {
					for (int y = 0; y < body.abstracted().length; y++) {
						out.accept(List.of(r.scenario(), String.valueOf(r.firstYear() + y), body.body(),
								body.municipality(), (double) body.abstracted()[y], (double) body.cap()[y]));
					}
				}
			});
		}
	}

	/** Every row of a table, for tests and small tables. */
	static List<List<Object>> rows(Table table) {
		List<List<Object>> rows = new ArrayList<>();
		table.rows().accept(rows::add);
		return rows;
	}

}
