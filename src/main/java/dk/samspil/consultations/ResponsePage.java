package dk.samspil.consultations;

import java.nio.charset.StandardCharsets;
import java.util.List;

import dk.samspil.paging.Pager;

import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * One page of the officials' list of responses: {@link #SIZE} lines at most (a campaign
 * is one line), the page asked for read as leniently as every list's.
 */
record ResponsePage(List<ResponseGroup> groups, Pager pager, String path, ResponseFilter filter) {

	static final int SIZE = 100;

	static ResponsePage of(List<ResponseGroup> all, String asked, String path, ResponseFilter filter) {
		Pager pager = Pager.of(asked, SIZE, all.size());
		return new ResponsePage(all.subList(pager.offset(), pager.offset() + pager.limit()), pager, path, filter);
	}

	/**
	 * The address of the page of the list the response is on, its line marked, so that a
	 * caseworker comes back to where they were.
	 */
	static String of(Response response, List<ResponseGroup> all, String path, ResponseFilter filter) {
		int at = ResponseGroup.indexOf(all, response);
		return href(path, filter, Pager.numberOf(at, SIZE)) + "#r"
				+ (at < 0 ? response.id() : all.get(at).first().id());
	}

	public String previous() {
		return href(path, filter, pager.previous());
	}

	public String next() {
		return href(path, filter, pager.next());
	}

	/** The address of a page of the list, its filters kept. */
	private static String href(String path, ResponseFilter filter, int page) {
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
