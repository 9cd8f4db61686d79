package dk.samspil.groups;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * The secretariat closes a group when its work is done, and reopens it if it was closed
 * too soon. Apart from the group's form ({@link GroupAdminController}), whose choices of
 * people, municipalities and themes these two buttons do not need.
 */
@Controller
@PreAuthorize("hasRole('SECRETARIAT')")
class GroupLifeController {

	private final Groups groups;

	private final GroupDesk desk;

	private final MessageSource messages;

	GroupLifeController(Groups groups, GroupDesk desk, MessageSource messages) {
		this.groups = groups;
		this.desk = desk;
		this.messages = messages;
	}

	@PostMapping("/groups/{slug}/close")
	String close(@PathVariable String slug, RedirectAttributes redirect, Locale locale) {
		desk.close(find(slug).id());
		redirect.addFlashAttribute("done", messages.getMessage("groups.closedNow", null, locale));
		return "redirect:/groups/" + slug;
	}

	@PostMapping("/groups/{slug}/reopen")
	String reopen(@PathVariable String slug, RedirectAttributes redirect, Locale locale) {
		desk.reopen(find(slug).id());
		redirect.addFlashAttribute("done", messages.getMessage("groups.reopenedNow", null, locale));
		return "redirect:/groups/" + slug;
	}

	private Group find(String slug) {
		return groups.findBySlug(slug).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
	}

}
