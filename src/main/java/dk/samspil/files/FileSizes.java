package dk.samspil.files;

import java.util.Locale;

/** The size of a file the way its reader writes numbers: "12 kB", "1,2 MB" in Danish. */
public final class FileSizes {

	private static final long KILO = 1024;

	private FileSizes() {
	}

	/**
	 * Whole kilobytes below a megabyte (never "0 kB" for a file that has content), one
	 * decimal above, with the decimal comma or point of the locale.
	 */
	public static String readable(long bytes, Locale locale) {
		if (bytes < KILO * KILO) {
			return Math.max(bytes > 0 ? 1 : 0, Math.round(bytes / (double) KILO)) + " kB";
		}
		return String.format(locale, "%.1f MB", bytes / (double) (KILO * KILO));
	}

}
