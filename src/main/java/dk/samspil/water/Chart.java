package dk.samspil.water;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;

import org.springframework.context.MessageSource;

/**
 * What a chart draws and its table shows: the same labels and lines, already thinned on
 * the server so that a national run of 360 months draws as quickly as a small one.
 * Monthly series longer than {@link #MAX_POINTS} are summed into quarters, half-years or
 * years, so a shortfall still shows as the gap it is.
 *
 * @param fill for a band: fill from the line before to this one
 */
record Chart(List<String> labels, String unit, List<Line> lines) {

	static final int MAX_POINTS = 150;

	record Line(String label, double[] values, String colour, boolean dashed, boolean fill) {
	}

	/**
	 * Months per point: 1, 3, 6 or 12, the fewest that keep the chart within
	 * {@link #MAX_POINTS}.
	 */
	static int step(int months) {
		for (int step : new int[] { 1, 3, 6, 12 }) {
			if ((months + step - 1) / step <= MAX_POINTS) {
				return step;
			}
		}
		return (months + MAX_POINTS - 1) / MAX_POINTS;
	}

	/**
	 * Labels of the points of a monthly series from {@code start}, {@code step} months
	 * each.
	 */
	static List<String> monthLabels(YearMonth start, int months, int step, MessageSource messages, Locale locale) {
		return LABELS.computeIfAbsent(start + " " + months + " " + step + " " + locale,
				k -> List.copyOf(labels(start, months, step, messages, locale)));
	}

	/**
	 * Labels by horizon, step and language: few of them, and formatting each quarter's
	 * label anew for every chart of every page made MessageFormat's lock the busiest
	 * place of a result page under load.
	 */
	private static final Map<String, List<String>> LABELS = new ConcurrentHashMap<>();

	private static List<String> labels(YearMonth start, int months, int step, MessageSource messages, Locale locale) {
		List<String> labels = new ArrayList<>();
		for (int m = 0; m < months; m += step) {
			YearMonth month = start.plusMonths(m);
			labels.add(switch (step) {
				case 1 -> month.toString();
				case 3 -> messages.getMessage("water.chart.quarter",
						new Object[] { String.valueOf(month.getYear()), (month.getMonthValue() - 1) / 3 + 1 }, locale);
				case 6 -> messages.getMessage("water.chart.half",
						new Object[] { String.valueOf(month.getYear()), (month.getMonthValue() - 1) / 6 + 1 }, locale);
				case 12 -> String.valueOf(month.getYear());
				default -> month + " +" + step;
			});
		}
		return labels;
	}

	/** Sums {@code values} over runs of {@code step}. */
	static double[] summed(long[] values, int step) {
		double[] sums = new double[(values.length + step - 1) / step];
		for (int i = 0; i < values.length; i++) {
			sums[i / step] += values[i];
		}
		return sums;
	}

	/** Labels of a yearly series. */
	static List<String> years(int first, int count) {
		List<String> labels = new ArrayList<>();
		for (int y = 0; y < count; y++) {
			labels.add(String.valueOf(first + y));
		}
		return labels;
	}

	static double[] values(int count, IntFunction<Double> value) {
		double[] values = new double[count];
		for (int i = 0; i < count; i++) {
			values[i] = value.apply(i);
		}
		return values;
	}

	public boolean empty() {
		return labels.isEmpty();
	}
}
