package dk.samspil.water;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.samspil.allocation.water.WaterDetail;

/**
 * A scenario's monthly and yearly series as stored with the run, in whole m³: demand and
 * delivered per kind of use each month, and per groundwater body the abstraction of each
 * year against its cap. Read only for the one scenario a page shows.
 */
record ResultSeries(String start, Map<String, long[]> demand, Map<String, long[]> delivered, List<Body> groundwater) {

	/** A groundwater body's abstraction and cap for each calendar year of the horizon. */
	record Body(String body, String municipality, long[] abstracted, long[] cap) {

		/**
		 * The highest share of its cap the body gave in any year (0 where the cap is
		 * nil).
		 */
		public double peakShare() {
			double peak = 0;
			for (int y = 0; y < abstracted.length; y++) {
				peak = Math.max(peak, cap[y] <= 0 ? 0 : abstracted[y] / (double) cap[y]);
			}
			return peak;
		}
	}

	static ResultSeries of(String start, WaterDetail detail) {
		return new ResultSeries(start, whole(detail.demandByKind()), whole(detail.deliveredByKind()),
				detail.groundwater()
					.stream()
					.map(a -> new Body(a.body(), a.municipality(), whole(a.abstracted()), whole(a.cap())))
					.toList());
	}

	private static Map<String, long[]> whole(Map<String, double[]> series) {
		Map<String, long[]> whole = new LinkedHashMap<>();
		series.forEach((kind, values) -> whole.put(kind, whole(values)));
		return whole;
	}

	private static long[] whole(double[] values) {
		long[] whole = new long[values.length];
		for (int i = 0; i < values.length; i++) {
			whole[i] = Math.round(values[i]);
		}
		return whole;
	}
}
