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

	/**
	 * The longest horizon, in months: a plan looks decades ahead, and every run and every
	 * municipality of a siting question simulates each month, so a horizon of centuries
	 * makes one question take minutes.
	 */
	public static final int MAX_MONTHS = 100 * 12;

	/** The first year a horizon may touch; earlier dates are typing errors. */
	public static final int FIRST_YEAR = 1900;

	/** The last year a horizon may touch; later dates are typing errors. */
	public static final int LAST_YEAR = 2200;

	public Horizon {
		if (start == null) {
			throw new ModelException("horizon has no start");
		}
		if (months < 1) {
			throw new ModelException("horizon must have at least one month, got " + months);
		}
		if (months > MAX_MONTHS) {
			throw new ModelException("horizon from " + start + " has " + months + " months; a plan covers at most "
					+ MAX_MONTHS / 12 + " years (" + MAX_MONTHS + " months)");
		}
		YearMonth end = start.plusMonths(months - 1);
		if (start.getYear() < FIRST_YEAR || end.getYear() > LAST_YEAR) {
			throw new ModelException("horizon from " + start + " to " + end + " must lie within the years " + FIRST_YEAR
					+ " to " + LAST_YEAR);
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
