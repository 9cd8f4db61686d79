package dk.samspil.search;

import dk.samspil.accounts.SignedInUser;
import dk.samspil.groups.GroupDirectory;
import dk.samspil.groups.Theme;
import dk.samspil.groups.ThemeId;
import dk.samspil.groups.Themes;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * Theme pages: everything tagged with a theme across all groups, read from the index so
 * that every module's content shows up, and only what the viewer may see.
 */
@Controller
class ThemeController {

	private final SearchIndex index;

	private final Themes themes;

	private final GroupDirectory groups;

	ThemeController(SearchIndex index, Themes themes, GroupDirectory groups) {
		this.index = index;
		this.themes = themes;
		this.groups = groups;
	}

	@GetMapping("/themes")
	String list(@AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("themes", themes.all());
		model.addAttribute("counts", index.countsByTheme(index.viewer(user)));
		return "search/themes";
	}

	@GetMapping("/themes/{id}")
	String theme(@PathVariable long id, @RequestParam(defaultValue = "0") int page,
			@AuthenticationPrincipal SignedInUser user, Model model) {
		Theme theme = themes.find(new ThemeId(id)).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
		if (theme.id().value() != id) {
			// A merged theme's old address leads to the theme it became.
			return "redirect:/themes/" + theme.id().value();
		}
		model.addAttribute("theme", theme);
		model.addAttribute("results", index.tagged(theme.id(), index.viewer(user), page));
		model.addAttribute("groupNames", groups.names());
		model.addAttribute("themeNames", themes.names());
		return "search/theme";
	}

}
