package dk.samspil.groups;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * The secretariat keeps the themes in step with the municipalities' needs: adds, renames,
 * merges and retires them.
 */
@Controller
@PreAuthorize("hasRole('SECRETARIAT')")
class ThemeAdminController {

	static final int MAX_NAME = 80;

	private final Themes themes;

	private final MessageSource messages;

	ThemeAdminController(Themes themes, MessageSource messages) {
		this.themes = themes;
		this.messages = messages;
	}

	@GetMapping("/admin/themes")
	String list(Model model) {
		model.addAttribute("themes", themes.all());
		model.addAttribute("selectable", themes.selectable());
		return "groups/themes-admin";
	}

	@PostMapping("/admin/themes")
	String add(@RequestParam String name, Model model, Locale locale, RedirectAttributes redirect) {
		String problem = problemWith(name, null);
		if (problem != null) {
			model.addAttribute("newName", name);
			model.addAttribute("newNameError", messages.getMessage(problem, new Object[] { MAX_NAME }, locale));
			return list(model);
		}
		themes.add(name);
		redirect.addFlashAttribute("done",
				messages.getMessage("groups.themeAdmin.added", new Object[] { name.strip() }, locale));
		return "redirect:/admin/themes";
	}

	@PostMapping("/admin/themes/{id}/rename")
	String rename(@PathVariable long id, @RequestParam String name, Model model, Locale locale,
			RedirectAttributes redirect) {
		Theme theme = find(id);
		String problem = problemWith(name, theme.id());
		if (problem != null) {
			model.addAttribute("renameId", id);
			model.addAttribute("renameValue", name);
			model.addAttribute("renameError", messages.getMessage(problem, new Object[] { MAX_NAME }, locale));
			return list(model);
		}
		themes.rename(theme.id(), name);
		redirect.addFlashAttribute("done",
				messages.getMessage("groups.themeAdmin.renamed", new Object[] { theme.name(), name.strip() }, locale));
		return "redirect:/admin/themes";
	}

	@PostMapping("/admin/themes/{id}/retire")
	String retire(@PathVariable long id, @RequestParam(defaultValue = "true") boolean retired) {
		themes.retire(find(id).id(), retired);
		return "redirect:/admin/themes";
	}

	@PostMapping("/admin/themes/{id}/merge")
	String merge(@PathVariable long id, @RequestParam(name = "into", required = false) Long into, Locale locale,
			RedirectAttributes redirect) {
		Theme from = find(id);
		if (into == null || themes.find(new ThemeId(into)).isEmpty() || from.id().value() == into) {
			redirect.addFlashAttribute("mergeError", id);
			return "redirect:/admin/themes";
		}
		Theme target = find(into);
		themes.merge(from.id(), target.id());
		redirect.addFlashAttribute("done",
				messages.getMessage("groups.themeAdmin.merged", new Object[] { from.name(), target.name() }, locale));
		return "redirect:/admin/themes";
	}

	private Theme find(long id) {
		return themes.find(new ThemeId(id))
			.filter(theme -> theme.id().value() == id)
			.orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
	}

	private String problemWith(String name, ThemeId self) {
		if (name == null || name.isBlank()) {
			return "validation.required";
		}
		if (name.strip().length() > MAX_NAME) {
			return "groups.themeAdmin.tooLong";
		}
		boolean taken = themes.findByName(name).filter(other -> !other.id().equals(self)).isPresent();
		return taken ? "groups.themeAdmin.taken" : null;
	}

}
