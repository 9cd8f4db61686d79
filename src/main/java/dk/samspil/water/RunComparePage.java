package dk.samspil.water;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dk.samspil.allocation.water.WaterDetail;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The page that sets two finished runs side by side: what changed in model version and
 * scenarios, the difference per kind and municipality between one scenario of each, their
 * charts overlaid, and for ensembles their spreads.
 */
@Component
class RunComparePage {

	private final Runs runs;

	private final Models models;

	private final ResultPage results;

	private final MessageSource messages;

	RunComparePage(Runs runs, Models models, ResultPage results, MessageSource messages) {
		this.runs = runs;
		this.models = models;
		this.results = results;
		this.messages = messages;
	}

	void fill(Run a, ModelInfo infoA, Run b, ModelInfo infoB, Integer scenarioA, Integer scenarioB, Model model,
			Locale locale) {
		List<ScenarioReport> reportsA = listed(a);
		List<ScenarioReport> reportsB = listed(b);
		model.addAttribute("reportsA", reportsA);
		model.addAttribute("reportsB", reportsB);
		if (reportsA.isEmpty() || reportsB.isEmpty()) {
			return;
		}
		ScenarioReport ra = pick(a, reportsA, scenarioA, null);
		ScenarioReport rb = pick(b, reportsB, scenarioB, ra.scenario());
		model.addAttribute("a", ra);
		model.addAttribute("b", rb);
		Map<String, String> names = results.names();
		model.addAttribute("comparison", RunComparison.of(FrozenScenarios.read(runs.scenarios(a.id())),
				FrozenScenarios.read(runs.scenarios(b.id())), ra, rb, code -> names.getOrDefault(code, code)));
		model.addAttribute("modelChanges", modelChanges(a, infoA, b, infoB));
		model.addAttribute("summaryA", runs.summary(a.id()).orElse(null));
		model.addAttribute("summaryB", runs.summary(b.id()).orElse(null));
		Optional<ResultSeries> sa = runs.series(a.id(), ra.index());
		Optional<ResultSeries> sb = runs.series(b.id(), rb.index());
		boolean sameHorizon = sa.isPresent() && sb.isPresent() && sa.get().start().equals(sb.get().start())
				&& ra.months() == rb.months();
		model.addAttribute("sameHorizon", sameHorizon);
		if (sameHorizon) {
			model.addAttribute("overlays", overlays(a, sa.get(), b, sb.get(), locale));
		}
	}

	private List<ScenarioReport> listed(Run run) {
		return run.done() > ResultPage.LISTED ? runs.worst(run.id(), ResultPage.WORST) : runs.reports(run.id());
	}

	private ScenarioReport pick(Run run, List<ScenarioReport> listed, Integer index, String sameName) {
		if (index != null) {
			return listed.stream()
				.filter(r -> r.index() == index)
				.findFirst()
				.or(() -> runs.report(run.id(), index))
				.orElseThrow(ModelAccess::notFound);
		}
		return listed.stream().filter(r -> r.scenario().equals(sameName)).findFirst().orElse(listed.get(0));
	}

	/**
	 * Changes between the two model versions, or null when both ran the same version or
	 * different models.
	 */
	private ModelComparison modelChanges(Run a, ModelInfo infoA, Run b, ModelInfo infoB) {
		if (!infoA.id().equals(infoB.id()) || a.modelVersion() == b.modelVersion()) {
			return null;
		}
		String before = models.version(infoA.id(), a.modelVersion()).orElseThrow().content();
		String after = models.version(infoB.id(), b.modelVersion()).orElseThrow().content();
		return ModelComparison.of(before, after);
	}

	private List<ResultPage.Shown> overlays(Run a, ResultSeries sa, Run b, ResultSeries sb, Locale locale) {
		List<ResultPage.Shown> charts = new ArrayList<>();
		for (String kind : WaterDetail.KINDS) {
			long[] demandA = sa.demand().get(kind);
			long[] demandB = sb.demand().get(kind);
			if (demandA == null || demandB == null
					|| Arrays.stream(demandA).sum() + Arrays.stream(demandB).sum() == 0) {
				continue;
			}
			int step = Chart.step(demandA.length);
			String runA = messages.getMessage("water.compare.runLabel", new Object[] { a.id() }, locale);
			String runB = messages.getMessage("water.compare.runLabel", new Object[] { b.id() }, locale);
			String demand = messages.getMessage("water.chart.demand", null, locale);
			String delivered = messages.getMessage("water.chart.delivered", null, locale);
			Chart chart = new Chart(
					Chart.monthLabels(YearMonth.parse(sa.start()), demandA.length, step, messages, locale), "m³",
					List.of(new Chart.Line(runA + ": " + demand, Chart.summed(demandA, step), "#4a4f55", true, false),
							new Chart.Line(runA + ": " + delivered, Chart.summed(sa.delivered().get(kind), step),
									ResultPage.COLOURS.get(kind), false, false),
							new Chart.Line(runB + ": " + demand, Chart.summed(demandB, step), "#b9770e", true, false),
							new Chart.Line(runB + ": " + delivered, Chart.summed(sb.delivered().get(kind), step),
									"#d35400", false, false)));
			charts.add(new ResultPage.Shown("overlay-" + kind, messages.getMessage("water.use." + kind, null, locale),
					chart, ResultJson.write(chart)));
		}
		return charts;
	}

}
