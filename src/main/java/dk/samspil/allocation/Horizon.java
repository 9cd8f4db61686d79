package dk.samspil.allocation;

import java.time.YearMonth;

/**
 * The months a run covers: monthly steps from {@code start}; annual caps reset each
 * January.
 *
 * @param start first month
 * @param months number of monthly steps
 */
public record Horizon(YearMonth start, int months) {

	public Horizon {
		if (months < 1) {
			throw new ModelException("horizon must have at least one month, got " + months);
		}
	}

	/** Horizon from January of {@code firstYear} to December of {@code lastYear}. */
	public static Horizon years(int firstYear, int lastYear) {
		return new Horizon(YearMonth.of(firstYear, 1), (lastYear - firstYear + 1) * 12);
	}

	/**
	 * Number of calendar years the horizon touches, so that yearly series have this many
	 * values.
	 */
	public int years() {
		return yearIndex(months - 1) + 1;
	}

	/**
	 * Index of the calendar year of step {@code month}, counted from the start's year.
	 */
	public int yearIndex(int month) {
		return (start.getMonthValue() - 1 + month) / 12;
	}

	/** True where an annual cap starts afresh: the first step and every January. */
	public boolean startsYear(int month) {
		return month == 0 || month(month).getMonthValue() == 1;
	}

	public YearMonth month(int month) {
		return start.plusMonths(month);
	}
}
