package dk.samspil.allocation.water;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dk.samspil.allocation.Engine;
import dk.samspil.allocation.Scenario;
import dk.samspil.allocation.ScenarioResult;
import dk.samspil.allocation.file.ModelFile;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The figures a run stores, read with each series looked up once, are exactly the figures
 * the result gives month by month: every demand of a kind and a municipality, every month
 * and year, on the Triangle model in a dry year with 1 GW of PtX, where several kinds go
 * short.
 */
class WaterDetailTest {

	private final ModelFile file = ModelFile.resource("/allocation/triangle-region.json");

	private final WaterModel model = file.model();

	private final Scenario scenario = model.scenario(file.scenario("hysynergy-1gw-dry-growth"), file.horizon());

	private final ScenarioResult result = new Engine(model.network(), file.horizon()).run(scenario);

	@Test
	void eachKindAndMunicipalityHasTheFiguresItsDemandsHaveMonthByMonth() {
		WaterDetail detail = WaterDetail.of(model, scenario, result);
		int months = result.horizon().months();
		Map<String, List<String[]>> uses = uses();
		for (String kind : WaterDetail.KINDS) {
			double[] demand = new double[months];
			double[] delivered = new double[months];
			for (int m = 0; m < months; m++) {
				for (String[] use : uses.get(kind)) {
					demand[m] += result.demand(use[0], m);
					delivered[m] += result.delivered(use[0], m);
				}
			}
			assertThat(detail.demandByKind().get(kind)).as(kind).containsExactly(demand);
			assertThat(detail.deliveredByKind().get(kind)).as(kind).containsExactly(delivered);
		}
		detail.reliabilityByMunicipality().forEach((place, kinds) -> kinds.forEach((kind, reliability) -> {
			List<String> here = uses.get(kind).stream().filter(u -> u[1].equals(place)).map(u -> u[0]).toList();
			int met = 0;
			double shortfall = 0;
			for (int m = 0; m < months; m++) {
				int month = m;
				met += here.stream().allMatch(id -> result.met(id, month)) ? 1 : 0;
				for (String id : here) {
					shortfall += result.shortfall(id, m);
				}
			}
			assertThat(reliability).as(place + " " + kind).isEqualTo(met / (double) months);
			assertThat(detail.shortfallByMunicipality().get(place).get(kind)).as(place + " " + kind)
				.isEqualTo(shortfall);
		}));
		assertThat(detail.shortfallByMunicipality().values().stream().flatMap(k -> k.values().stream()))
			.anySatisfy(shortfall -> assertThat(shortfall).isPositive());
		for (WaterDetail.Abstraction body : detail.groundwater()) {
			for (int y = 0; y < result.horizon().years(); y++) {
				assertThat(body.abstracted()[y]).isEqualTo(result.annualFlow(body.body() + "/wells", y));
			}
		}
	}

	@Test
	void theReportHasTheFiguresTheResultGivesMonthByMonth() {
		WaterReport report = WaterReport.of(model, result);
		Map<String, List<String[]>> uses = uses();
		int months = result.horizon().months();
		for (String kind : WaterDetail.KINDS) {
			int met = 0;
			double shortfall = 0;
			for (int m = 0; m < months; m++) {
				int month = m;
				met += uses.get(kind).stream().allMatch(u -> result.met(u[0], month)) ? 1 : 0;
			}
			for (String[] use : uses.get(kind)) {
				for (int m = 0; m < months; m++) {
					shortfall += result.shortfall(use[0], m);
				}
			}
			assertThat(report.reliabilityByKind().get(kind)).as(kind).isEqualTo(met / (double) months);
			assertThat(report.shortfallByKind().get(kind)).as(kind).isEqualTo(shortfall);
		}
		double unused = 0;
		for (TreatmentPlant plant : model.treatmentPlants()) {
			for (int m = 0; m < months; m++) {
				double usable = Math.min(result.available(plant.id(), m), plant.technicalCapacityPerMonth());
				unused += Math.max(0, usable - result.flow(plant.id() + "/treatment", m));
			}
		}
		assertThat(report.unusedTechnicalWater()).isEqualTo(unused);
		List<Breach> breaches = new ArrayList<>();
		for (int m = 0; m < months; m++) {
			for (GroundwaterBody body : model.groundwaterBodies()) {
				String wells = body.id() + "/wells";
				if (result.capExcess(wells, m) > 0) {
					breaches.add(new Breach(body.id(), "abstraction cap", m, result.capExcess(wells, m)));
				}
				double cut = Math.min(result.shortfall(body.id() + "/stream", m), result.flow(wells, m));
				if (cut > 0) {
					breaches.add(new Breach(body.id(), "stream contribution", m, cut));
				}
			}
			for (SurfaceSource source : model.surfaceSources()) {
				int month = m;
				double taken = model.pipes.stream()
					.filter(pipe -> pipe.from().equals(source.id()))
					.mapToDouble(pipe -> result.flow(pipe.id(), month))
					.sum();
				double cut = Math.min(result.shortfall(source.id() + "/minimum-flow", m), taken);
				if (cut > 0) {
					breaches.add(new Breach(source.id(), "minimum flow", m, cut));
				}
			}
		}
		assertThat(report.breaches()).isEqualTo(breaches);
	}

	/** Each kind's demands as id and municipality, as the engine names them. */
	private Map<String, List<String[]>> uses() {
		Map<String, List<String[]>> uses = Map.of("drinking", new ArrayList<>(), "environment", new ArrayList<>(),
				"industry", new ArrayList<>(), "ptx", new ArrayList<>());
		model.demands()
			.forEach(d -> uses.get(d.kind() == WaterDemand.Kind.DRINKING ? "drinking" : "industry")
				.add(new String[] { d.id(), d.municipality() }));
		model.groundwaterBodies()
			.forEach(g -> uses.get("environment").add(new String[] { g.id() + "/stream", g.municipality() }));
		model.surfaceSources()
			.forEach(s -> uses.get("environment").add(new String[] { s.id() + "/minimum-flow", s.municipality() }));
		model.ptxPlants().forEach(p -> uses.get("ptx").add(new String[] { p.id(), p.municipality() }));
		return uses;
	}

}
