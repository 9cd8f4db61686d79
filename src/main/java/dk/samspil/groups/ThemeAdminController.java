package dk.samspil.groups;

import java.util.Locale;

import dk.samspil.rules.Refusal;

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
 * merges and retires them. A refused name is shown next to the field it was typed in,
 * with what was typed; other refusals reach the list through the one advice.
 */
@Controller
@PreAuthorize("hasRole('SECRETARIAT')")
class ThemeAdminController {

	private final Themes themes;

	private final ThemeDesk desk;

	private final MessageSource messages;

	ThemeAdminController(Themes themes, ThemeDesk desk, MessageSource messages) {
		this.themes = themes;
		this.desk = desk;
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
		try {
			desk.add(name);
		}
		catch (Refusal refused) {
			model.addAttribute("newName", name);
			model.addAttribute("newNameError", refused.reason(messages, locale));
			return list(model);
		}
		redirect.addFlashAttribute("done",
				messages.getMessage("groups.themeAdmin.added", new Object[] { name.strip() }, locale));
		return "redirect:/admin/themes";
	}

	@PostMapping("/admin/themes/{id}/rename")
	String rename(@PathVariable long id, @RequestParam(required = false) String shown, @RequestParam String name,
			Model model, Locale locale, RedirectAttributes redirect) {
		Theme before;
		try {
			before = desk.rename(find(id).id(), shown, name);
		}
		catch (Refusal refused) {
			model.addAttribute("renameId", id);
			model.addAttribute("renameValue", name);
			model.addAttribute("renameError", refused.reason(messages, locale));
			return list(model);
		}
		redirect.addFlashAttribute("done",
				messages.getMessage("groups.themeAdmin.renamed", new Object[] { before.name(), name.strip() }, locale));
		return "redirect:/admin/themes";
	}

	@PostMapping("/admin/themes/{id}/retire")
	String retire(@PathVariable long id, @RequestParam(defaultValue = "true") boolean retired) {
		ThemeId theme = find(id).id();
		if (retired) {
			desk.retire(theme);
		}
		else {
			desk.reactivate(theme);
		}
		return "redirect:/admin/themes";
	}

	@PostMapping("/admin/themes/{id}/merge")
	String merge(@PathVariable long id, @RequestParam(name = "into", required = false) Long into, Locale locale,
			RedirectAttributes redirect) {
		Theme from = find(id);
		Theme target = desk.merge(from.id(), into == null ? null : new ThemeId(into));
		redirect.addFlashAttribute("done",
				messages.getMessage("groups.themeAdmin.merged", new Object[] { from.name(), target.name() }, locale));
		return "redirect:/admin/themes";
	}

	/** A current theme by its own id; an id merged away is no longer an address. */
	private Theme find(long id) {
		return themes.find(new ThemeId(id))
			.filter(theme -> theme.id().value() == id)
			.orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
	}

}
