package dk.samspil.library;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import jakarta.validation.Valid;

import dk.samspil.accounts.SignedInUser;
import dk.samspil.files.Upload;
import dk.samspil.groups.GroupDirectory;
import dk.samspil.groups.Themes;
import dk.samspil.search.SearchIndex;
import dk.samspil.search.Viewer;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static org.springframework.http.HttpStatus.FORBIDDEN;
import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * One document: reading it, changing it, deleting it and downloading its files. Someone
 * who may not read it is told it does not exist, so another group's private documents
 * cannot even be confirmed by guessing addresses.
 */
@Controller
class DocumentController {

	private final MessageSource messages;

	private final Documents documents;

	private final Library library;

	private final SearchIndex index;

	private final DocumentPages pages;

	private final GroupDirectory groups;

	private final Themes themes;

	DocumentController(Documents documents, Library library, SearchIndex index, DocumentPages pages,
			GroupDirectory groups, Themes themes, MessageSource messages) {
		this.messages = messages;
		this.documents = documents;
		this.library = library;
		this.index = index;
		this.pages = pages;
		this.groups = groups;
		this.themes = themes;
	}

	@GetMapping("/library/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		Viewer viewer = index.viewer(user);
		Document document = readable(id, viewer);
		DocumentView.fill(model, document, documents.attachments(id), groups, themes);
		model.addAttribute("mayEdit", document.mayBeEditedBy(viewer));
		model.addAttribute("publicView", false);
		return "library/document";
	}

	@GetMapping("/library/{id}/edit")
	String edit(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		Document document = editable(id, user);
		model.addAttribute("form", DocumentForm.of(document));
		formModel(model, document);
		return "library/form";
	}

	@PostMapping("/library/{id}")
	String update(@PathVariable long id, @AuthenticationPrincipal SignedInUser user,
			@Valid @ModelAttribute("form") DocumentForm form, BindingResult errors,
			@RequestParam(name = "files", required = false) List<MultipartFile> files,
			@RequestParam(name = "remove", required = false) List<Long> remove, Model model, Locale locale,
			RedirectAttributes flash) {
		Document document = editable(id, user);
		pages.checkThemes(form, document.themes(), errors);
		List<Upload> uploads = pages.judge(files, model, locale);
		if (errors.hasErrors() || !((List<?>) model.getAttribute("fileErrors")).isEmpty()) {
			formModel(model, document);
			return "library/form";
		}
		var changedMeanwhile = library.update(document, form, uploads,
				remove == null ? List.of() : remove.stream().filter(Objects::nonNull).toList());
		if (changedMeanwhile.isPresent()) {
			// What was typed stays in the form, now made over the colleague's version,
			// which is shown beside it.
			formModel(model, changedMeanwhile.get());
			model.addAttribute("form", form.over(changedMeanwhile.get()));
			model.addAttribute("changedMeanwhile", changedMeanwhile.get());
			return "library/form";
		}
		flash.addFlashAttribute("done",
				messages.getMessage("library.done.saved", new Object[] { form.title().strip() }, locale));
		return "redirect:/library/" + id;
	}

	@PostMapping("/library/{id}/delete")
	String delete(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect,
			Locale locale) {
		Document document = editable(id, user);
		library.delete(document);
		redirect.addFlashAttribute("done",
				messages.getMessage("library.deleted", new Object[] { document.title() }, locale));
		return "redirect:/groups/" + groups.find(document.group()).orElseThrow().slug() + "/library";
	}

	@GetMapping("/library/{id}/attachments/{attachment}")
	ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long attachment,
			@AuthenticationPrincipal SignedInUser user) {
		readable(id, index.viewer(user));
		return DocumentView.download(documents, id, attachment);
	}

	private void formModel(Model model, Document document) {
		model.addAttribute("document", document);
		model.addAttribute("attachments", documents.attachments(document.id()));
		model.addAttribute("group", groups.find(document.group()).orElseThrow());
		pages.choices(model, document.themes());
	}

	private Document readable(long id, Viewer viewer) {
		return documents.find(id)
			.filter(document -> document.mayBeReadBy(viewer))
			.orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
	}

	private Document editable(long id, SignedInUser user) {
		Viewer viewer = index.viewer(user);
		Document document = readable(id, viewer);
		if (!document.mayBeEditedBy(viewer)) {
			throw new ResponseStatusException(FORBIDDEN);
		}
		return document;
	}

}
