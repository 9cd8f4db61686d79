package dk.samspil.time;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Date;
import java.util.Locale;

/**
 * Dates and times as a person reads them, in Danish time and the person's language: "3.
 * december 2026 kl. 14.05" in Danish, "3 December 2026 at 14.05" in English (British
 * English writes the hour with a full stop too). Every page, mail and PDF writes them
 * through here, so no ISO timestamp reaches a reader and each form is written the same
 * way everywhere. An instant is told in Danish time; a date or a local date and time is
 * taken as already meant in it. Nothing (null) is written as nothing.
 */
public final class Written {

	private static final Locale DANISH = Locale.forLanguageTag("da");

	private final Locale locale;

	private final boolean danish;

	private Written(Locale locale) {
		this.locale = locale == null || locale.getLanguage().isEmpty() ? DANISH : locale;
		this.danish = !"en".equals(this.locale.getLanguage());
	}

	/** Writing in the given language (Danish unless it is English). */
	public static Written in(Locale locale) {
		return new Written(locale);
	}

	/** "3. december 2026". */
	public String date(Object when) {
		return format(when, danish ? "d. MMMM yyyy" : "d MMMM yyyy");
	}

	/** "3. dec. 2026", for tables. */
	public String shortDate(Object when) {
		return format(when, danish ? "d. MMM yyyy" : "d MMM yyyy");
	}

	/** "torsdag 3. december 2026". */
	public String day(Object when) {
		return format(when, danish ? "EEEE 'den' d. MMMM yyyy" : "EEEE d MMMM yyyy");
	}

	/** "3. december 2026 kl. 14.05". */
	public String dateTime(Object when) {
		return format(when, danish ? "d. MMMM yyyy 'kl.' HH.mm" : "d MMMM yyyy 'at' HH.mm");
	}

	/** "3. dec. 2026 kl. 14.05", for tables. */
	public String shortDateTime(Object when) {
		return format(when, danish ? "d. MMM yyyy 'kl.' HH.mm" : "d MMM yyyy 'at' HH.mm");
	}

	/** "14.05". */
	public String time(Object when) {
		return format(when, "HH.mm");
	}

	/** "december 2026". */
	public String month(Object when) {
		return format(when, "MMMM yyyy");
	}

	/** "dec. 2026", for an axis. */
	public String shortMonth(Object when) {
		return format(when, "MMM yyyy");
	}

	private String format(Object when, String pattern) {
		TemporalAccessor value = danishTime(when);
		return value == null ? "" : DateTimeFormatter.ofPattern(pattern, locale).format(value);
	}

	private static TemporalAccessor danishTime(Object when) {
		if (when == null) {
			return null;
		}
		if (when instanceof Instant instant) {
			return instant.atZone(DanishTime.ZONE);
		}
		if (when instanceof ZonedDateTime zoned) {
			return zoned.withZoneSameInstant(DanishTime.ZONE);
		}
		if (when instanceof OffsetDateTime offset) {
			return offset.atZoneSameInstant(DanishTime.ZONE);
		}
		if (when instanceof java.sql.Date day) {
			return day.toLocalDate();
		}
		if (when instanceof Date date) {
			return date.toInstant().atZone(DanishTime.ZONE);
		}
		if (when instanceof TemporalAccessor local) {
			return local; // a date, a month or a local time, already meant in Danish time
		}
		throw new IllegalArgumentException("Not a date or time: " + when.getClass().getName());
	}

}
