package dk.samspil.allocation.file;

import dk.samspil.allocation.Scenario;
import dk.samspil.allocation.ScenarioResult;
import dk.samspil.allocation.water.Breach;
import dk.samspil.allocation.water.GroundwaterBody;
import dk.samspil.allocation.water.Pipe;
import dk.samspil.allocation.water.PtxPlant;
import dk.samspil.allocation.water.WaterDemand;
import dk.samspil.allocation.water.WaterModel;
import dk.samspil.allocation.water.WaterReport;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes runs as CSV files, one row per element and month, for spreadsheets and batch
 * comparisons.
 */
final class CsvResults implements AutoCloseable {

	private final PrintWriter demands;

	private final PrintWriter groundwater;

	private final PrintWriter pipes;

	private final PrintWriter summary;

	private final PrintWriter breaches;

	private final boolean sources;

	CsvResults(Path folder, boolean sources) {
		this.sources = sources;
		try {
			Files.createDirectories(folder);
			demands = open(folder, "demands.csv", "scenario,month,element,kind,tier,demand_m3,delivered_m3,shortfall_m3"
					+ (sources ? ",sources" : ""));
			groundwater = open(folder, "groundwater.csv",
					"scenario,month,element,storage_m3,abstracted_m3,cap_excess_m3,year_abstracted_m3,year_cap_m3");
			pipes = open(folder, "pipes.csv", "scenario,month,pipe,flow_m3");
			summary = open(folder, "summary.csv",
					"scenario,reliability_drinking,reliability_environment,"
							+ "reliability_industry,reliability_ptx,shortfall_drinking_m3,shortfall_environment_m3,"
							+ "shortfall_industry_m3,shortfall_ptx_m3,"
							+ "total_shortfall_m3,unused_technical_m3,environmental_breaches,breached_m3");
			breaches = open(folder, "breaches.csv", "scenario,month,element,limit,amount_m3");
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	void write(WaterModel model, Scenario series, ScenarioResult result) {
		String name = result.scenario();
		for (int m = 0; m < result.horizon().months(); m++) {
			String month = result.horizon().month(m).toString();
			for (WaterDemand d : model.demands()) {
				demand(name, month, m, d.id(), d.kind().name().toLowerCase(), d.tier(), result);
			}
			for (PtxPlant p : model.ptxPlants()) {
				demand(name, month, m, p.id(), "ptx", p.tier(), result);
			}
			for (GroundwaterBody g : model.groundwaterBodies()) {
				int year = result.horizon().yearIndex(m);
				groundwater.printf(Locale.ROOT, "%s,%s,%s,%.1f,%.1f,%.1f,%.1f,%.1f%n", name, month, g.id(),
						result.storage(g.id(), m), result.flow(g.id() + "/wells", m),
						result.capExcess(g.id() + "/wells", m), result.annualFlow(g.id() + "/wells", year),
						series.series().get("cap:" + g.id())[year]);
			}
			for (Pipe p : model.pipes()) {
				pipes.printf(Locale.ROOT, "%s,%s,%s,%.1f%n", name, month, p.id(), result.flow(p.id(), m));
			}
		}
		WaterReport report = WaterReport.of(model, result);
		Map<String, Double> reliability = report.reliabilityByKind();
		Map<String, Double> shortfall = report.shortfallByKind();
		double breached = report.breaches().stream().mapToDouble(Breach::amount).sum();
		summary.printf(Locale.ROOT, "%s,%.4f,%.4f,%.4f,%.4f,%.1f,%.1f,%.1f,%.1f,%.1f,%.1f,%d,%.1f%n", name,
				reliability.get("drinking"), reliability.get("environment"), reliability.get("industry"),
				reliability.get("ptx"), shortfall.get("drinking"), shortfall.get("environment"),
				shortfall.get("industry"), shortfall.get("ptx"), report.totalShortfall(), report.unusedTechnicalWater(),
				report.breaches().size(), breached);
		for (Breach b : report.breaches()) {
			breaches.printf(Locale.ROOT, "%s,%s,%s,%s,%.1f%n", name, result.horizon().month(b.month()), b.element(),
					b.limit(), b.amount());
		}
	}

	private void demand(String scenario, String month, int m, String id, String kind, int tier, ScenarioResult result) {
		demands.printf(Locale.ROOT, "%s,%s,%s,%s,%d,%.1f,%.1f,%.1f", scenario, month, id, kind, tier,
				result.demand(id, m), result.delivered(id, m), result.shortfall(id, m));
		if (sources) {
			String mix = result.sources(id, m)
				.entrySet()
				.stream()
				.map(e -> e.getKey() + "=" + String.format(Locale.ROOT, "%.1f", e.getValue()))
				.collect(Collectors.joining(";"));
			demands.print("," + mix);
		}
		demands.println();
	}

	private static PrintWriter open(Path folder, String file, String header) throws IOException {
		PrintWriter writer = new PrintWriter(Files.newBufferedWriter(folder.resolve(file)));
		writer.println(header);
		return writer;
	}

	@Override
	public void close() {
		for (PrintWriter writer : new PrintWriter[] { demands, groundwater, pipes, summary, breaches }) {
			writer.close();
		}
	}

}
