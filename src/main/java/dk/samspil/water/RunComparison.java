package dk.samspil.water;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;

import dk.samspil.allocation.water.WaterDetail;
import dk.samspil.allocation.water.WaterScenario;

/**
 * Two runs side by side: what differs in what they ran (scenarios and their figures), and
 * the difference in reliability and shortfall per kind of use, overall and per
 * municipality, between one scenario of each.
 */
record RunComparison(List<ScenarioChange> scenarios, List<KindRow> kinds, List<PlaceRow> places) {

	/** A scenario only in one run, or in both under one name with different figures. */
	record ScenarioChange(String name, ModelComparison.Kind change, List<ModelComparison.Field> fields) {
	}

	/** One kind of use in both scenarios; shortfalls in m³, reliability as a share. */
	record KindRow(String kind, double reliabilityA, double reliabilityB, double shortfallA, double shortfallB) {

		public double reliabilityChange() {
			return reliabilityB - reliabilityA;
		}

		public double shortfallChange() {
			return shortfallB - shortfallA;
		}
	}

	/**
	 * A municipality's kinds in both scenarios; a kind the municipality has no need of is
	 * absent.
	 */
	record PlaceRow(String code, String name, List<KindRow> kinds) {
	}

	static RunComparison of(List<WaterScenario> ranA, List<WaterScenario> ranB, ScenarioReport a, ScenarioReport b,
			Function<String, String> names) {
		List<KindRow> kinds = new ArrayList<>();
		for (String kind : WaterDetail.KINDS) {
			kinds
				.add(new KindRow(kind, a.reliability(kind), b.reliability(kind), a.shortfall(kind), b.shortfall(kind)));
		}
		List<PlaceRow> places = new ArrayList<>();
		TreeSet<String> codes = new TreeSet<>(a.municipalities().keySet());
		codes.addAll(b.municipalities().keySet());
		for (String code : codes) {
			ScenarioReport.Place pa = a.municipalities().get(code);
			ScenarioReport.Place pb = b.municipalities().get(code);
			List<KindRow> rows = new ArrayList<>();
			for (String kind : WaterDetail.KINDS) {
				boolean inA = pa != null && pa.reliability().containsKey(kind);
				boolean inB = pb != null && pb.reliability().containsKey(kind);
				if (inA || inB) {
					rows.add(new KindRow(kind, inA ? pa.reliability().get(kind) : 1,
							inB ? pb.reliability().get(kind) : 1, inA ? pa.shortfall().getOrDefault(kind, 0.0) : 0,
							inB ? pb.shortfall().getOrDefault(kind, 0.0) : 0));
				}
			}
			places.add(new PlaceRow(code, names.apply(code), rows));
		}
		return new RunComparison(scenarios(ranA, ranB), kinds, places);
	}

	static List<ScenarioChange> scenarios(List<WaterScenario> a, List<WaterScenario> b) {
		Map<String, WaterScenario> before = byName(a);
		Map<String, WaterScenario> after = byName(b);
		List<ScenarioChange> changes = new ArrayList<>();
		before.forEach((name, s) -> {
			WaterScenario other = after.get(name);
			if (other == null) {
				changes.add(new ScenarioChange(name, ModelComparison.Kind.REMOVED, List.of()));
			}
			else {
				List<ModelComparison.Field> fields = fields(s, other);
				if (!fields.isEmpty()) {
					changes.add(new ScenarioChange(name, ModelComparison.Kind.CHANGED, fields));
				}
			}
		});
		after.forEach((name, s) -> {
			if (!before.containsKey(name)) {
				changes.add(new ScenarioChange(name, ModelComparison.Kind.ADDED, List.of()));
			}
		});
		return changes;
	}

	private static List<ModelComparison.Field> fields(WaterScenario a, WaterScenario b) {
		List<ModelComparison.Field> fields = new ArrayList<>();
		field(fields, "drinkingGrowth", a.drinkingGrowth(), b.drinkingGrowth());
		field(fields, "industryGrowth", a.industryGrowth(), b.industryGrowth());
		field(fields, "rechargeChange", a.rechargeChange(), b.rechargeChange());
		field(fields, "summerFactor", a.summerFactor(), b.summerFactor());
		field(fields, "ptx", stages(a), stages(b));
		return fields;
	}

	private static String stages(WaterScenario s) {
		return String.join(", ",
				s.ptx().stream().map(p -> p.plant() + " " + p.from() + " " + p.megawatts() + " MW").toList());
	}

	private static void field(List<ModelComparison.Field> fields, String name, Object a, Object b) {
		if (!Objects.equals(a, b)) {
			fields.add(new ModelComparison.Field(name, String.valueOf(a), String.valueOf(b)));
		}
	}

	private static Map<String, WaterScenario> byName(List<WaterScenario> scenarios) {
		Map<String, WaterScenario> named = new LinkedHashMap<>();
		scenarios.forEach(s -> named.putIfAbsent(s.name(), s));
		return named;
	}
}
