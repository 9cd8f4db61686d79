package dk.samspil.water;

import java.util.Locale;

import dk.samspil.paging.Pager;

/**
 * Which rows of a kind's table one page shows: {@link #SIZE} at a time among the elements
 * whose id holds the filter, the page read as leniently as every list's.
 *
 * @param filter what the ids are filtered by, empty for all
 * @param page the page shown among the elements that hold the filter in their id
 * @param total how many elements of the kind there are
 */
record ElementPage(String filter, Pager page, int total) {

	/**
	 * Rows a page: a 40,000-pipe model made a page of 85 MB; a page of 100 pipes is about
	 * 200 kB.
	 */
	static final int SIZE = 100;

	/** Characters of a filter kept; no id is longer in practice. */
	static final int FILTER_LENGTH = 200;

	ElementPage {
		filter = filter(filter);
	}

	/**
	 * Page {@code number} of the {@code matching} elements, a page of the kind's table.
	 */
	ElementPage(String filter, int number, int matching, int total) {
		this(filter, new Pager(number, SIZE, matching), total);
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

	/** How many elements hold the filter in their id. */
	public int matching() {
		return page.total();
	}

}
