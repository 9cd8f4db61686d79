package dk.samspil.goals;

import java.util.ArrayList;
import java.util.List;

/** The straight lines from the baseline through the milestones to the target. */
record Path(List<Point> points) {

	record Point(double time, double value) {
	}

	static Path of(Goal goal, double baseline, double target) {
		List<Point> points = new ArrayList<>();
		points.add(new Point(goal.baselineYear(), baseline));
		goal.milestones().forEach(m -> points.add(new Point(m.year(), m.value())));
		points.add(new Point(goal.targetYear(), target));
		return new Path(List.copyOf(points));
	}

	double baseline() {
		return points.get(0).value();
	}

	double target() {
		return points.get(points.size() - 1).value();
	}

	/**
	 * The value the path expects at a time; before the baseline the baseline, after the
	 * target the target.
	 */
	double valueAt(double time) {
		if (time <= points.get(0).time()) {
			return baseline();
		}
		for (int i = 1; i < points.size(); i++) {
			Point from = points.get(i - 1);
			Point to = points.get(i);
			if (time <= to.time()) {
				return from.value() + (to.value() - from.value()) * (time - from.time()) / (to.time() - from.time());
			}
		}
		return target();
	}

	/**
	 * The same path for a part with its own baseline and target: the region's milestones
	 * as the same fraction of the way, so a municipality is measured against the shape
	 * the region agreed.
	 */
	Path scaledTo(double baseline, double target) {
		double span = target() - baseline();
		List<Point> scaled = points.stream()
			.map(p -> new Point(p.time(),
					Math.abs(span) < Progress.EPSILON
							? baseline + (target - baseline) * (p.time() - points.get(0).time())
									/ (points.get(points.size() - 1).time() - points.get(0).time())
							: baseline + (p.value() - baseline()) / span * (target - baseline)))
			.toList();
		return new Path(scaled);
	}
}
