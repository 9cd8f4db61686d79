package dk.samspil.goals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import dk.samspil.region.MunicipalityCode;

/**
 * A goal's progress worked out from its targets and figures: each municipality's
 * baseline, target, latest figure, status and share of its target; the region's baseline,
 * target and figure per period (a sum, or an average weighted by population or the goal's
 * named weight); and per catchment the region's part. Plain Java, no database.
 *
 * <p>
 * The region's figure for a period is worked out only when every municipality of the goal
 * has reported it (for a goal split by catchment: in every catchment it lies in), so a
 * missing figure never looks like a fall.
 */
final class Progress {

	static final double EPSILON = 1e-9;

	record Municipal(MunicipalityCode municipality, double baseline, double target, double weight, Period latest,
			Double value, Double expected, Status status, Double shareOfTarget) {
	}

	record Regional(Period period, Double value, double expected, int reported, int expectedReports) {

		public boolean complete() {
			return value != null;
		}
	}

	record CatchmentPart(String name, double baseline, double target, double regionShare, double regionBaseline,
			double regionTarget, Period latest, Double regionValue) {
	}

	private final Goal goal;

	private final Map<MunicipalityCode, Double> weights;

	private final Map<MunicipalityCode, double[]> parts = new TreeMap<>();

	private final Map<Period, Map<MunicipalityCode, Map<String, Double>>> byPeriod = new TreeMap<>();

	private final Path path;

	/**
	 * @param populations each municipality's population, used when the goal is weighted
	 * by population
	 */
	Progress(Goal goal, Map<MunicipalityCode, Integer> populations, List<Figure> figures) {
		this.goal = goal;
		this.weights = weights(goal, populations);
		for (MunicipalityCode m : goal.municipalities()) {
			parts.put(m, baselineAndTarget(m));
		}
		for (Figure f : figures) {
			byPeriod.computeIfAbsent(f.period(), p -> new TreeMap<>())
				.computeIfAbsent(f.municipality(), m -> new LinkedHashMap<>())
				.put(f.catchment(), f.value());
		}
		this.path = Path.of(goal, roll(m -> parts.get(m)[0], parts.keySet()),
				roll(m -> parts.get(m)[1], parts.keySet()));
	}

	private static Map<MunicipalityCode, Double> weights(Goal goal, Map<MunicipalityCode, Integer> populations) {
		Map<MunicipalityCode, Double> weights = new TreeMap<>();
		for (MunicipalityCode m : goal.municipalities()) {
			double weight = switch (goal.rollUp()) {
				case POPULATION -> populations.getOrDefault(m, 0);
				case NAMED_WEIGHT -> goal.targets()
					.stream()
					.filter(t -> t.municipality().equals(m))
					.findFirst()
					.map(MunicipalTarget::weight)
					.orElse(0.0);
				case SUM, CATCHMENT -> 1;
			};
			weights.put(m, weight);
		}
		return weights;
	}

	private double[] baselineAndTarget(MunicipalityCode m) {
		if (goal.splitByCatchment()) {
			double baseline = 0;
			double target = 0;
			for (Catchment c : goal.catchments()) {
				baseline += c.share(m) * c.baseline();
				target += c.share(m) * c.target();
			}
			return new double[] { baseline, target };
		}
		MunicipalTarget t = goal.targets().stream().filter(x -> x.municipality().equals(m)).findFirst().orElseThrow();
		return new double[] { t.baseline(), t.target() };
	}

	/** The region's value from the municipalities': a sum, or the weighted average. */
	private double roll(Function<MunicipalityCode, Double> value, Set<MunicipalityCode> of) {
		double sum = 0;
		double weight = 0;
		for (MunicipalityCode m : of) {
			double w = weights.get(m);
			sum += goal.rollUp().weighted() ? w * value.apply(m) : value.apply(m);
			weight += w;
		}
		if (!goal.rollUp().weighted()) {
			return sum;
		}
		return weight == 0 ? 0 : sum / weight;
	}

	public Path path() {
		return path;
	}

	public double baseline() {
		return path.baseline();
	}

	public double target() {
		return path.target();
	}

	/**
	 * A municipality's figure for a period, or null when it has not reported all of it.
	 */
	public Double figure(MunicipalityCode m, Period period) {
		Map<String, Double> reported = byPeriod.getOrDefault(period, Map.of()).get(m);
		if (reported == null) {
			return null;
		}
		if (!goal.splitByCatchment()) {
			return reported.get("");
		}
		double sum = 0;
		for (String catchment : goal.catchmentsOf(m)) {
			Double value = reported.get(catchment);
			if (value == null) {
				return null;
			}
			sum += value;
		}
		return sum;
	}

	public List<Municipal> municipalities() {
		List<Municipal> all = new ArrayList<>();
		for (MunicipalityCode m : parts.keySet()) {
			all.add(municipal(m));
		}
		return all;
	}

	public Municipal municipal(MunicipalityCode m) {
		double baseline = parts.get(m)[0];
		double target = parts.get(m)[1];
		Period latest = null;
		Double value = null;
		for (Period p : byPeriod.keySet()) {
			Double v = figure(m, p);
			if (v != null) {
				latest = p;
				value = v;
			}
		}
		if (value == null) {
			return new Municipal(m, baseline, target, weights.get(m), null, null, null, Status.NO_FIGURE, null);
		}
		double expected = path.scaledTo(baseline, target).valueAt(latest.time());
		return new Municipal(m, baseline, target, weights.get(m), latest, value, expected,
				Status.of(goal.direction(), baseline, expected, value), shareOfTarget(baseline, target, value));
	}

	/**
	 * How much of the way from baseline to target a figure has come: 0 at the baseline, 1
	 * at the target.
	 */
	public double shareOfTarget(double baseline, double target, double value) {
		if (Math.abs(target - baseline) < EPSILON) {
			return goal.direction().notWorse(value, target) ? 1 : 0;
		}
		return (value - baseline) / (target - baseline);
	}

	/**
	 * The region's figure for each period anyone reported, with how many municipalities
	 * reported it.
	 */
	public List<Regional> regional() {
		List<Regional> all = new ArrayList<>();
		for (Period p : byPeriod.keySet()) {
			Set<MunicipalityCode> reported = new TreeSet<>();
			parts.keySet().stream().filter(m -> figure(m, p) != null).forEach(reported::add);
			Double value = reported.size() == parts.size() ? roll(m -> figure(m, p), parts.keySet()) : null;
			all.add(new Regional(p, value, path.valueAt(p.time()), reported.size(), parts.size()));
		}
		return all;
	}

	/** The region's status by its latest complete period. */
	public Status regionalStatus() {
		Regional latest = null;
		for (Regional r : regional()) {
			if (r.complete()) {
				latest = r;
			}
		}
		return latest == null ? Status.NO_FIGURE
				: Status.of(goal.direction(), baseline(), latest.expected(), latest.value());
	}

	/**
	 * The region's latest complete figure as a share of the way to its target, or null.
	 */
	public Double regionalShareOfTarget() {
		Double share = null;
		for (Regional r : regional()) {
			if (r.complete()) {
				share = shareOfTarget(baseline(), target(), r.value());
			}
		}
		return share;
	}

	/**
	 * Per catchment: its own target, and the part the collaboration's municipalities hold
	 * and have reached.
	 */
	public List<CatchmentPart> catchments() {
		List<CatchmentPart> all = new ArrayList<>();
		for (Catchment c : goal.catchments()) {
			double share = c.shares().values().stream().mapToDouble(Double::doubleValue).sum();
			Period latest = null;
			Double value = null;
			for (Period p : byPeriod.keySet()) {
				Map<MunicipalityCode, Map<String, Double>> reported = byPeriod.get(p);
				if (c.shares()
					.keySet()
					.stream()
					.allMatch(m -> reported.containsKey(m) && reported.get(m).containsKey(c.name()))) {
					latest = p;
					value = c.shares().keySet().stream().mapToDouble(m -> reported.get(m).get(c.name())).sum();
				}
			}
			all.add(new CatchmentPart(c.name(), c.baseline(), c.target(), share, share * c.baseline(),
					share * c.target(), latest, value));
		}
		return all;
	}

}
