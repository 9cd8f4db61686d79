package dk.samspil.water;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import dk.samspil.allocation.Horizon;
import dk.samspil.allocation.water.Siting;

/**
 * The engine's siting answer as people read it: per municipality how much of what the
 * plant wants it could get, the months it would go short, and where the water would come
 * from, summed per year for the page and month by month for the download.
 */
record SitingAnswer(List<Place> places, YearMonth from, Horizon horizon) {

	/**
	 * A month counts as short when more than one m³ is missing, so rounding in the solver
	 * is not called a shortage.
	 */
	static final double SHORT = 1;

	/**
	 * One municipality.
	 *
	 * @param wantedPerMonth m³ the plant wants in a month at full size (the most of any
	 * month)
	 * @param share of everything it wants over the horizon, the share it could get (0 to
	 * 1)
	 * @param shortMonths the months it would get less than it wants
	 * @param sources m³ over the horizon by source, largest first
	 */
	record Place(String code, String name, double wantedPerMonth, double wanted, double available, double share,
			List<YearMonth> shortMonths, Map<String, Double> sources, boolean cutsOthers, List<Year> years,
			Siting.Option option) {

		public int monthsShort() {
			return shortMonths.size();
		}

		/**
		 * The short months as runs of consecutive months ("2031-06 – 2031-09"), at most
		 * {@code limit} of them.
		 */
		public List<String> shortSpans(int limit) {
			List<String> spans = new ArrayList<>();
			for (int i = 0; i < shortMonths.size() && spans.size() < limit; i++) {
				YearMonth first = shortMonths.get(i);
				YearMonth last = first;
				while (i + 1 < shortMonths.size() && shortMonths.get(i + 1).equals(last.plusMonths(1))) {
					last = shortMonths.get(++i);
				}
				spans.add(first.equals(last) ? first.toString() : first + " – " + last);
			}
			return spans;
		}

		public int spans() {
			return shortSpans(Integer.MAX_VALUE).size();
		}
	}

	/**
	 * One calendar year of a municipality: m³ wanted and available, and the months short
	 * (1 to 12).
	 */
	record Year(int year, double wanted, double available, List<Integer> shortMonths) {
	}

	static SitingAnswer of(List<Siting.Option> options, Horizon horizon, YearMonth from,
			Function<String, String> names) {
		List<Place> places = new ArrayList<>();
		for (Siting.Option option : options) {
			places.add(place(option, horizon, names.apply(option.municipality())));
		}
		places.sort(Comparator.comparingDouble(Place::share).reversed().thenComparing(Place::name));
		return new SitingAnswer(List.copyOf(places), from, horizon);
	}

	private static Place place(Siting.Option option, Horizon horizon, String name) {
		double wanted = 0;
		double available = 0;
		double most = 0;
		List<YearMonth> shortMonths = new ArrayList<>();
		Map<String, Double> sources = new LinkedHashMap<>();
		Map<Integer, double[]> perYear = new LinkedHashMap<>();
		Map<Integer, List<Integer>> shortPerYear = new LinkedHashMap<>();
		for (int m = 0; m < horizon.months(); m++) {
			YearMonth month = horizon.month(m);
			double want = option.wanted()[m];
			double got = option.available()[m];
			wanted += want;
			available += got;
			most = Math.max(most, want);
			if (want > 0) {
				double[] year = perYear.computeIfAbsent(month.getYear(), y -> new double[2]);
				year[0] += want;
				year[1] += got;
				List<Integer> shortOfYear = shortPerYear.computeIfAbsent(month.getYear(), y -> new ArrayList<>());
				if (got < want - SHORT) {
					shortMonths.add(month);
					shortOfYear.add(month.getMonthValue());
				}
			}
			option.sources().get(m).forEach((source, m3) -> sources.merge(source, m3, Double::sum));
		}
		List<Year> years = new ArrayList<>();
		perYear.forEach((y, v) -> years.add(new Year(y, v[0], v[1], List.copyOf(shortPerYear.get(y)))));
		Map<String, Double> largestFirst = new LinkedHashMap<>();
		sources.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Double>comparingByValue().reversed())
			.forEach(e -> largestFirst.put(e.getKey(), e.getValue()));
		return new Place(option.municipality(), name, most, wanted, available, wanted == 0 ? 1 : available / wanted,
				List.copyOf(shortMonths), largestFirst, option.cutsOthers(), years, option);
	}

	/** Every month of every municipality, for the download: the answer in full. */
	String csv() {
		StringBuilder csv = new StringBuilder("municipality,name,month,wanted_m3,available_m3,short,sources\n");
		for (Place place : places) {
			for (int m = 0; m < horizon.months(); m++) {
				double want = place.option().wanted()[m];
				double got = place.option().available()[m];
				StringBuilder mix = new StringBuilder();
				place.option()
					.sources()
					.get(m)
					.forEach((source, m3) -> mix.append(mix.isEmpty() ? "" : " ")
						.append(source)
						.append('=')
						.append(Math.round(m3)));
				csv.append(place.code())
					.append(',')
					.append(quoted(place.name()))
					.append(',')
					.append(horizon.month(m))
					.append(',')
					.append(Math.round(want))
					.append(',')
					.append(Math.round(got))
					.append(',')
					.append(want > 0 && got < want - SHORT)
					.append(',')
					.append(quoted(mix.toString()))
					.append('\n');
			}
		}
		return csv.toString();
	}

	/** Per municipality the share it could get, for the map: code → share 0 to 1. */
	Map<String, Double> shares() {
		Map<String, Double> shares = new LinkedHashMap<>();
		places.forEach(p -> shares.put(p.code(), p.share()));
		return shares;
	}

	private static String quoted(String text) {
		return "\"" + text.replace("\"", "\"\"") + "\"";
	}
}
