package dk.samspil.search;

import dk.samspil.accounts.SignedInUser;
import dk.samspil.groups.GroupDirectory;
import dk.samspil.groups.Themes;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The search page, the fields that narrow it, and the fragment of what is new in the
 * viewer's groups.
 */
@Controller
class SearchController {

	/**
	 * The value of the parameter {@code filters} that asks for the filter fields with the
	 * page, when no filter is set: the closed panel links to it.
	 */
	static final String OPEN = "open";

	private final SearchIndex index;

	private final GroupDirectory groups;

	private final Themes themes;

	SearchController(SearchIndex index, GroupDirectory groups, Themes themes) {
		this.index = index;
		this.groups = groups;
		this.themes = themes;
	}

	@GetMapping("/search")
	String search(@AuthenticationPrincipal SignedInUser user, @RequestParam(defaultValue = "") String q,
			@RequestParam(defaultValue = "") String group, @RequestParam(required = false) Long theme,
			@RequestParam(defaultValue = "") String kind, @RequestParam(defaultValue = "") String from,
			@RequestParam(defaultValue = "") String to, @RequestParam(defaultValue = "") String filters,
			@RequestParam(defaultValue = "0") int page, Model model) {
		SearchFilters filter = filter(group, theme, kind, from, to, model);
		names(model);
		// Rendering the fields cost 5 to 8 % of the search's throughput, though most
		// searches leave the panel closed: they come with the page only when it is open.
		boolean open = filter.isSet() || OPEN.equals(filters);
		model.addAttribute("open", open);
		if (open) {
			fields(model);
		}
		SearchQuery query = filter.query(q, groups.all(), page);
		model.addAttribute("q", query.text());
		model.addAttribute("cut", query.text().length() < q.strip().length());
		model.addAttribute("results", index.search(query, index.viewer(user)));
		return "search/search";
	}

	/**
	 * The filter fields alone, for the closed panel of the search page to fetch when it
	 * is opened. A browser that opens this address itself, from its history or a copied
	 * address, is sent to the search page with the panel open rather than shown the
	 * fields without a page around them.
	 */
	@GetMapping("/search/filters")
	String filters(@RequestParam(defaultValue = "") String group, @RequestParam(required = false) Long theme,
			@RequestParam(defaultValue = "") String kind, @RequestParam(defaultValue = "") String from,
			@RequestParam(defaultValue = "") String to,
			@RequestHeader(name = "Sec-Fetch-Mode", defaultValue = "") String fetchMode, Model model) {
		SearchFilters filter = filter(group, theme, kind, from, to, model);
		if ("navigate".equals(fetchMode)) {
			return "redirect:" + UriComponentsBuilder.fromPath("/search")
				.queryParam("filters", OPEN)
				.queryParam("group", filter.group())
				.queryParam("theme", filter.theme() == null ? "" : filter.theme())
				.queryParam("kind", filter.kind())
				.queryParam("from", filter.from())
				.queryParam("to", filter.to())
				// every value encoded whole: braces left in it would be taken for the
				// redirect's variables
				.build()
				.encode()
				.toUriString();
		}
		fields(model);
		return "search/filters :: fields";
	}

	@GetMapping("/search/recent")
	String recent(@AuthenticationPrincipal SignedInUser user, Model model) {
		names(model);
		model.addAttribute("hits", index.recent(index.viewer(user), 8));
		return "search/recent :: recent";
	}

	/**
	 * The filters as the address gives them, for the page as "filter". Made from the
	 * parameters by hand: a data binder's {@code @ModelAttribute} took 7 % of a search
	 * page's time in the JVM.
	 */
	private static SearchFilters filter(String group, Long theme, String kind, String from, String to, Model model) {
		SearchFilters filter = new SearchFilters(group, theme, kind, from, to);
		model.addAttribute("filter", filter);
		return filter;
	}

	/** What the filter fields offer; the values they show are the model's "filter". */
	private void fields(Model model) {
		model.addAttribute("groups", groups.all());
		model.addAttribute("themes", themes.all());
		model.addAttribute("kinds", SearchFilters.KINDS);
	}

	/** The names of the groups and themes, by id, that the hits show. */
	private void names(Model model) {
		model.addAttribute("groupNames", groups.names());
		model.addAttribute("themeNames", themes.names());
	}

}
