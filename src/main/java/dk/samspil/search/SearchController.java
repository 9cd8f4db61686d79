package dk.samspil.search;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dk.samspil.accounts.SignedInUser;
import dk.samspil.groups.GroupDirectory;
import dk.samspil.groups.GroupId;
import dk.samspil.groups.GroupInfo;
import dk.samspil.groups.Theme;
import dk.samspil.groups.ThemeId;
import dk.samspil.groups.Themes;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The search page, and the fragment of what is new in the viewer's groups. */
@Controller
class SearchController {

	/**
	 * The kinds offered as a filter; a module adding a kind adds its name to the search
	 * texts.
	 */
	static final List<String> KINDS = List.of("document", "agenda-item", "minutes", "decision", "plan-version",
			"plan-section", "consultation", "consultation-response", "strategy-topic", "strategy-comment", "goal");

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
			@RequestParam(defaultValue = "") String to, @RequestParam(defaultValue = "0") int page, Model model) {
		// The groups and themes are read once and serve the filters and the names of the
		// hits alike.
		List<GroupInfo> allGroups = groups.all();
		List<Theme> allThemes = themes.all();
		names(model, allGroups, allThemes);
		Map<String, GroupInfo> bySlug = allGroups.stream()
			.collect(Collectors.toMap(GroupInfo::slug, Function.identity()));
		LocalDate fromDate = date(from, "from", model);
		LocalDate toDate = date(to, "to", model);
		GroupId groupId = bySlug.containsKey(group) ? bySlug.get(group).id() : null;
		var query = new SearchQuery(q, groupId, theme == null ? null : new ThemeId(theme),
				KINDS.contains(kind) ? kind : null, fromDate, toDate, page);
		model.addAttribute("q", query.text());
		model.addAttribute("cut", query.text().length() < q.strip().length());
		model.addAttribute("filter", Map.of("group", group, "theme", theme == null ? "" : theme.toString(), "kind",
				kind, "from", from, "to", to));
		model.addAttribute("groups", allGroups);
		model.addAttribute("themes", allThemes);
		model.addAttribute("kinds", KINDS);
		model.addAttribute("results", index.search(query, index.viewer(user)));
		return "search/search";
	}

	@GetMapping("/search/recent")
	String recent(@AuthenticationPrincipal SignedInUser user, Model model) {
		names(model, groups.all(), themes.all());
		model.addAttribute("hits", index.recent(index.viewer(user), 8));
		return "search/recent :: recent";
	}

	/** The names of the groups and themes, by id, that the hits show. */
	private static void names(Model model, List<GroupInfo> groups, List<Theme> themes) {
		model.addAttribute("groupNames", groups.stream().collect(Collectors.toMap(GroupInfo::id, GroupInfo::name)));
		model.addAttribute("themeNames", themes.stream().collect(Collectors.toMap(Theme::id, Theme::name)));
	}

	/**
	 * A date the person typed, or null; a date that cannot be read is said so next to its
	 * field.
	 */
	private static LocalDate date(String text, String field, Model model) {
		if (text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			model.addAttribute(field + "Invalid", true);
			return null;
		}
	}

}
