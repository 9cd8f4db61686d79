package dk.samspil.api;

import java.util.List;
import java.util.function.BiFunction;

/**
 * One page of a list, with what a client needs to fetch the rest.
 *
 * @param <T> what the list holds
 */
public record Paged<T>(List<T> items, int page, int size, long totalItems, long totalPages) {

	/** A page of a list already in memory (groups, consultations: a few dozen). */
	public static <T> Paged<T> of(List<T> all, ApiPage page) {
		return of(page, all.size(),
				(offset, limit) -> all.subList(offset.intValue(), (int) Math.min(all.size(), offset + limit)));
	}

	/** A page read from the database together with the number of all items. */
	public static <T> Paged<T> of(ApiPage page, List<T> items, long total) {
		return of(page, total, (offset, limit) -> items);
	}

	/**
	 * A page read from the database: {@code read} takes an offset and a limit, and is not
	 * called for a page past the last.
	 */
	public static <T> Paged<T> of(ApiPage page, long total, BiFunction<Long, Integer, List<T>> read) {
		List<T> items = page.offset() >= total ? List.of() : read.apply(page.offset(), page.size());
		return new Paged<>(List.copyOf(items), page.page(), page.size(), total,
				(total + page.size() - 1) / page.size());
	}

}
