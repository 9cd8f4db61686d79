package dk.samspil.paging;

import java.util.OptionalInt;

/**
 * One page of a list of {@code total} rows, {@code size} rows a page, pages counted from
 * 1. The page asked for comes from an address anyone can type or keep for years, so it
 * never fails: one that names no page shows the list's opening page, one before the first
 * the first, and one past the last (the list has shrunk since) the last.
 *
 * @param number the page shown, from 1 to {@link #pages()}
 * @param size the most rows a page shows
 * @param total the rows of the whole list
 */
public record Pager(int number, int size, int total) {

	/** Digits read as a page; more is past any list's last page. */
	private static final int DIGITS = 9;

	public Pager {
		if (size < 1 || total < 0) {
			throw new IllegalArgumentException("No page of " + size + " rows among " + total);
		}
		number = Math.min(Math.max(1, number), pages(size, total));
	}

	/** The page {@code typed} in an address, the first when it names none. */
	public static Pager of(String typed, int size, int total) {
		return new Pager(requested(typed).orElse(1), size, total);
	}

	/**
	 * The page {@code typed} in an address, the last when it names none: for a list read
	 * from its newest rows, kept at its end.
	 */
	public static Pager orLast(String typed, int size, int total) {
		return new Pager(requested(typed).orElse(Integer.MAX_VALUE), size, total);
	}

	/**
	 * The page a link or form gave, before it is known to exist: empty for anything but
	 * digits (nothing, a sign, a fraction, other scripts' digits), and past any last page
	 * for a number too long to read.
	 */
	public static OptionalInt requested(String typed) {
		String page = typed == null ? "" : typed.strip();
		if (!page.matches("[0-9]+")) {
			return OptionalInt.empty();
		}
		return OptionalInt.of(page.length() > DIGITS ? Integer.MAX_VALUE : Integer.parseInt(page));
	}

	/** The page the row at {@code index} (counted from 0) is on. */
	public static int numberOf(int index, int size) {
		return Math.max(0, index) / size + 1;
	}

	private static int pages(int size, int total) {
		return total == 0 ? 1 : (total - 1) / size + 1;
	}

	/**
	 * How many pages the list has; an empty list has one, which shows that it is empty.
	 */
	public int pages() {
		return pages(size, total);
	}

	/** The rows before this page. */
	public int offset() {
		return (number - 1) * size;
	}

	/** The rows this page shows: {@code size}, fewer on the last. */
	public int limit() {
		return Math.min(size, total - offset());
	}

	/** The first row shown, counted from 1; 0 when there is none. */
	public int first() {
		return total == 0 ? 0 : offset() + 1;
	}

	/** The last row shown, counted from 1; 0 when there is none. */
	public int last() {
		return offset() + limit();
	}

	public boolean hasPrevious() {
		return number > 1;
	}

	public boolean hasNext() {
		return number < pages();
	}

	/** The page before this one; the first has none, and names itself. */
	public int previous() {
		return Math.max(1, number - 1);
	}

	/** The page after this one; the last has none, and names itself. */
	public int next() {
		return Math.min(pages(), number + 1);
	}

}
