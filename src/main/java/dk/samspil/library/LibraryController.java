package dk.samspil.library;

import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;

import dk.samspil.accounts.SignedInUser;
import dk.samspil.files.Upload;
import dk.samspil.groups.GroupDirectory;
import dk.samspil.groups.GroupInfo;
import dk.samspil.search.SearchIndex;
import dk.samspil.search.Viewer;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

import static org.springframework.http.HttpStatus.FORBIDDEN;
import static org.springframework.http.HttpStatus.NOT_FOUND;

/** A group's library: its documents and notes, and adding one. */
@Controller
class LibraryController {

	private final MessageSource messages;

	private final Documents documents;

	private final Library library;

	private final GroupDirectory groups;

	private final SearchIndex index;

	private final DocumentPages pages;

	LibraryController(Documents documents, Library library, GroupDirectory groups, SearchIndex index,
			DocumentPages pages, MessageSource messages) {
		this.messages = messages;
		this.documents = documents;
		this.library = library;
		this.groups = groups;
		this.index = index;
		this.pages = pages;
	}

	@GetMapping("/groups/{slug}/library")
	String list(@PathVariable String slug, @AuthenticationPrincipal SignedInUser user, Model model) {
		GroupInfo group = group(slug);
		Viewer viewer = index.viewer(user);
		model.addAttribute("group", group);
		model.addAttribute("documents", documents.ofGroup(group.id(), viewer, 500));
		model.addAttribute("mayAdd", Document.mayBeEditedBy(viewer, group.id()));
		return "library/library";
	}

	/** The group's latest documents, as an htmx fragment for the group page. */
	@GetMapping("/groups/{slug}/library/overview")
	String overview(@PathVariable String slug, @AuthenticationPrincipal SignedInUser user, Model model) {
		GroupInfo group = group(slug);
		model.addAttribute("group", group);
		model.addAttribute("documents", documents.ofGroup(group.id(), index.viewer(user), 5));
		return "library/overview :: overview";
	}

	@GetMapping("/groups/{slug}/library/new")
	String newDocument(@PathVariable String slug, @AuthenticationPrincipal SignedInUser user, Model model) {
		GroupInfo group = editable(slug, user);
		model.addAttribute("group", group);
		model.addAttribute("form", DocumentForm.empty());
		pages.choices(model, List.of());
		return "library/form";
	}

	@PostMapping("/groups/{slug}/library")
	String create(@PathVariable String slug, @AuthenticationPrincipal SignedInUser user,
			@Valid @ModelAttribute("form") DocumentForm form, BindingResult errors,
			@RequestParam(name = "files", required = false) List<MultipartFile> files, Model model, Locale locale,
			RedirectAttributes flash) {
		GroupInfo group = editable(slug, user);
		pages.checkThemes(form, List.of(), errors);
		List<Upload> uploads = pages.judge(files, model, locale);
		if (errors.hasErrors() || !((List<?>) model.getAttribute("fileErrors")).isEmpty()) {
			model.addAttribute("group", group);
			pages.choices(model, List.of());
			return "library/form";
		}
		long id = library.create(group.id(), form, uploads, user.personId());
		flash.addFlashAttribute("done",
				messages.getMessage("library.done.created", new Object[] { form.title().strip() }, locale));
		return "redirect:/library/" + id;
	}

	private GroupInfo group(String slug) {
		return groups.findBySlug(slug).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
	}

	private GroupInfo editable(String slug, SignedInUser user) {
		GroupInfo group = group(slug);
		if (!Document.mayBeEditedBy(index.viewer(user), group.id())) {
			throw new ResponseStatusException(FORBIDDEN);
		}
		return group;
	}

}
