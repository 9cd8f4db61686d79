package dk.samspil.consultations;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * One page of the officials' list of responses: {@link #SIZE} lines at most (a campaign
 * is one line), where the page asked for is read leniently, since it comes from an
 * address anyone can type: no number or a number before the first page is the first page,
 * one past the last the last.
 */
record ResponsePage(List<ResponseGroup> groups, int number, int pages, int lines, String path, ResponseFilter filter) {

	static final int SIZE = 100;

	static ResponsePage of(List<ResponseGroup> all, String asked, String path, ResponseFilter filter) {
		int pages = Math.max(1, (all.size() + SIZE - 1) / SIZE);
		int number = Math.min(pages, Math.max(1, number(asked)));
		int from = (number - 1) * SIZE;
		return new ResponsePage(all.subList(from, Math.min(all.size(), from + SIZE)), number, pages, all.size(), path,
				filter);
	}

	/**
	 * The address of the page of the list the response is on, its line marked, so that a
	 * caseworker comes back to where they were.
	 */
	static String of(Response response, List<ResponseGroup> all, String path, ResponseFilter filter) {
		int at = 0;
		for (int i = 0; i < all.size(); i++) {
			if (all.get(i).members().stream().anyMatch(m -> m.id() == response.id())) {
				at = i;
			}
		}
		return of(all, String.valueOf(at / SIZE + 1), path, filter).href(at / SIZE + 1) + "#r"
				+ (all.isEmpty() ? response.id() : all.get(at).first().id());
	}

	private static int number(String asked) {
		String digits = asked == null ? "" : asked.strip();
		if (!digits.matches("\\d{1,9}")) {
			return digits.matches("\\d+") ? Integer.MAX_VALUE : 1;
		}
		return Integer.parseInt(digits);
	}

	/** The number of the first line on the page, counted from one. */
	public int first() {
		return lines == 0 ? 0 : (number - 1) * SIZE + 1;
	}

	public int last() {
		return first() + groups.size() - (lines == 0 ? 0 : 1);
	}

	public boolean hasPrevious() {
		return number > 1;
	}

	public boolean hasNext() {
		return number < pages;
	}

	public String previous() {
		return href(number - 1);
	}

	public String next() {
		return href(number + 1);
	}

	/** The address of another page of the same list, its filters kept. */
	String href(int page) {
		UriComponentsBuilder link = UriComponentsBuilder.fromPath(path);
		param(link, "municipality", filter.municipality());
		param(link, "section", filter.section());
		param(link, "theme", filter.theme());
		param(link, "status", filter.status());
		param(link, "outcome", filter.outcome());
		param(link, "late", filter.late() == null ? null : filter.late().toString());
		param(link, "kind", filter.ideas() ? filter.kind() : null);
		return link.queryParam("page", page).build(true).toUriString();
	}

	private static void param(UriComponentsBuilder link, String name, String value) {
		if (value != null && !value.isBlank()) {
			// encoded whole, a + too, which would otherwise be read back as a space
			link.queryParam(name, UriUtils.encode(value, StandardCharsets.UTF_8));
		}
	}

}
