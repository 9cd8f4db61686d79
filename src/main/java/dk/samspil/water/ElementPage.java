package dk.samspil.water;

import java.util.Locale;

/**
 * Which rows of a kind's table one page shows: {@link #SIZE} at a time, pages counted
 * from 1, among the elements whose id holds the filter. A page past the last shows the
 * last and one that is no page number shows the first, so that an old link or an address
 * typed by hand never fails.
 *
 * @param filter what the ids are filtered by, empty for all
 * @param number the page shown
 * @param matching how many elements hold the filter in their id
 * @param total how many elements of the kind there are
 */
record ElementPage(String filter, int number, int matching, int total) {

	/**
	 * Rows a page: a 40,000-pipe model made a page of 85 MB; a page of 100 pipes is about
	 * 200 kB.
	 */
	static final int SIZE = 100;

	/** Characters of a filter kept; no id is longer in practice. */
	static final int FILTER_LENGTH = 200;

	ElementPage {
		filter = filter(filter);
		int last = Math.max(1, (matching + SIZE - 1) / SIZE);
		number = Math.min(Math.max(1, number), last);
	}

	/**
	 * The page {@code requested} as a link or form gave it, before it is known to exist.
	 */
	static int requested(String requested) {
		String page = requested == null ? "" : requested.strip();
		if (!page.matches("\\d+")) {
			return 1;
		}
		return page.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(page);
	}

	/** The filter as it is applied: without surrounding spaces, cut to its length. */
	static String filter(String typed) {
		String filter = typed == null ? "" : typed.strip();
		return filter.length() > FILTER_LENGTH ? filter.substring(0, FILTER_LENGTH) : filter;
	}

	/**
	 * Whether {@code id} is shown under {@code filter}: it holds it, whatever the case.
	 */
	static boolean matches(String id, String filter) {
		return filter.isEmpty() || id.toLowerCase(Locale.ROOT).contains(filter.toLowerCase(Locale.ROOT));
	}

	public boolean filtered() {
		return !filter.isEmpty();
	}

	/** The index among the matching elements of the first row shown. */
	public int from() {
		return (number - 1) * SIZE;
	}

	/** The index among the matching elements after the last row shown. */
	public int to() {
		return Math.min(matching, from() + SIZE);
	}

	public int pages() {
		return Math.max(1, (matching + SIZE - 1) / SIZE);
	}

	public boolean hasPrevious() {
		return number > 1;
	}

	public boolean hasNext() {
		return number < pages();
	}

}
