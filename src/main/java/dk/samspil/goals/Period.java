package dk.samspil.goals;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dk.samspil.rules.FieldRefusal;

/** A year ({@code quarter} 0) or a quarter of a year, as figures are reported. */
record Period(int year, int quarter) implements Comparable<Period> {

	private static final Pattern TEXT = Pattern.compile("(\\d{4})(?:\\s*[-/ ]?\\s*[QqKk]([1-4]))?");

	Period {
		if (quarter < 0 || quarter > 4) {
			throw new IllegalArgumentException("A quarter is 1 to 4, or 0 for the whole year");
		}
	}

	static Period year(int year) {
		return new Period(year, 0);
	}

	/** Reads "2025", "2025-Q3", "2025 K3" or "2025Q3"; refuses anything else. */
	static Period parse(String text) {
		Matcher m = TEXT.matcher(text == null ? "" : text.strip());
		if (!m.matches()) {
			throw new FieldRefusal("period", "goals.rule.period", text == null ? "" : text.strip());
		}
		return new Period(Integer.parseInt(m.group(1)), m.group(2) == null ? 0 : Integer.parseInt(m.group(2)));
	}

	boolean isQuarter() {
		return quarter > 0;
	}

	/**
	 * Where the period lies on the goal's time line, in years: a quarter a quarter of a
	 * year on from the last.
	 */
	double time() {
		return quarter == 0 ? year : year + (quarter - 1) / 4.0;
	}

	/** The day after the period ends. */
	LocalDate end() {
		return quarter == 0 ? LocalDate.of(year + 1, 1, 1) : LocalDate.of(year, quarter * 3, 1).plusMonths(1);
	}

	@Override
	public int compareTo(Period other) {
		return year != other.year ? Integer.compare(year, other.year) : Integer.compare(quarter, other.quarter);
	}

	@Override
	public String toString() {
		return quarter == 0 ? String.valueOf(year) : year + "-Q" + quarter;
	}
}
