package dk.samspil.meetings;

import java.time.Clock;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;

import dk.samspil.accounts.SignedInUser;
import dk.samspil.files.AcceptedFiles;
import dk.samspil.files.Downloads;
import dk.samspil.groups.GroupInfo;
import dk.samspil.groups.Themes;
import dk.samspil.rules.FieldRefusal;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Proposing agenda items (any member, until the deadline), arranging them (the chair),
 * and their attachments.
 */
@Controller
class ItemController {

	private final MeetingPages pages;

	private final AgendaItems items;

	private final AgendaDesk desk;

	private final GroupAccess access;

	private final Themes themes;

	private final MessageSource messages;

	private final DataSize maxAttachmentSize = AcceptedFiles.AGENDA_ITEM.maxSize();

	/**
	 * More than a meeting's papers need: without a limit a form took as many files as the
	 * server reads in one request (a thousand), every one of them listed on the meeting's
	 * page.
	 */
	static final int MAX_FILES = 20;

	private final Clock clock;

	ItemController(MeetingPages pages, AgendaItems items, AgendaDesk desk, GroupAccess access, Themes themes,
			MessageSource messages, Clock clock) {
		this.clock = clock;
		this.pages = pages;
		this.items = items;
		this.desk = desk;
		this.access = access;
		this.themes = themes;
		this.messages = messages;
	}

	@GetMapping("/meetings/{id}/items/new")
	String proposeForm(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		Meeting meeting = pages.readable(user, id);
		meeting.checkTakesProposals(clock.instant());
		return form(meeting, user, ItemForm.empty(), model);
	}

	@PostMapping("/meetings/{id}/items")
	String propose(@PathVariable long id, @AuthenticationPrincipal SignedInUser user,
			@Valid @ModelAttribute("form") ItemForm form, BindingResult result,
			@RequestParam(name = "files", required = false) List<MultipartFile> files, Locale locale, Model model,
			RedirectAttributes flash) throws IOException {
		Meeting meeting = pages.readable(user, id);
		List<Attachment> attachments = new ArrayList<>();
		String attachmentError = read(files, attachments, locale);
		if (result.hasErrors() || attachmentError != null) {
			model.addAttribute("attachmentError", attachmentError);
			return form(meeting, user, form, model);
		}
		long item;
		try {
			item = desk.propose(meeting, user.personId(), form.title(), form.description(), form.themeIds(),
					attachments, clock.instant());
		}
		catch (FieldRefusal refused) {
			refused.rejectOn(result);
			return form(meeting, user, form, model);
		}
		flash.addFlashAttribute("done",
				messages.getMessage("meetings.item.proposedNotice", new Object[] { form.title().strip() }, locale));
		return "redirect:/meetings/" + id + "#item-" + item;
	}

	@PostMapping("/meetings/{id}/items/{itemId}/{action}")
	String arrange(@PathVariable long id, @PathVariable long itemId, @PathVariable String action,
			@AuthenticationPrincipal SignedInUser user, RedirectAttributes flash, Locale locale) {
		Meeting meeting = pages.managed(user, id);
		if ("take".equals(action)) {
			AgendaItem taken = items.find(itemId).orElseThrow(GroupAccess::notFound);
			desk.take(meeting, taken);
			flash.addFlashAttribute("done",
					messages.getMessage("meetings.list.taken", new Object[] { taken.title() }, locale));
			return "redirect:/meetings/" + id + "#item-" + itemId;
		}
		desk.arrange(meeting, pages.item(meeting, itemId), action);
		return "redirect:/meetings/" + id + "#item-" + itemId;
	}

	/**
	 * Where a search hit on an item leads: its meeting, or its group's meetings while it
	 * waits for one.
	 */
	@GetMapping("/items/{id}")
	String item(@PathVariable long id, @AuthenticationPrincipal SignedInUser user) {
		AgendaItem item = items.find(id).orElseThrow(GroupAccess::notFound);
		GroupInfo group = access.readable(user, item.group());
		return item.meetingId() == null ? "redirect:/groups/" + group.slug() + "/meetings#item-" + id
				: "redirect:/meetings/" + item.meetingId() + "#item-" + id;
	}

	@GetMapping("/attachments/{id}")
	ResponseEntity<byte[]> attachment(@PathVariable long id, @AuthenticationPrincipal SignedInUser user) {
		Attachment.Stored stored = items.attachment(id).orElseThrow(GroupAccess::notFound);
		AgendaItem item = items.find(stored.itemId()).orElseThrow(GroupAccess::notFound);
		access.readable(user, item.group());
		Attachment attachment = stored.attachment();
		return Downloads.attachment(attachment.filename(), attachment.contentType(), attachment.content());
	}

	/**
	 * Reads the uploaded files; returns a message for the first one refused, or null when
	 * all are fine.
	 */
	private String read(List<MultipartFile> files, List<Attachment> into, Locale locale) throws IOException {
		List<MultipartFile> sent = files == null ? List.of() : files.stream().filter(f -> !f.isEmpty()).toList();
		if (sent.size() > MAX_FILES) {
			return messages.getMessage("meetings.attachment.tooMany", new Object[] { MAX_FILES }, locale);
		}
		for (MultipartFile file : sent) {
			if (file.getSize() > maxAttachmentSize.toBytes()) {
				return messages.getMessage("meetings.attachment.tooLarge",
						new Object[] { file.getOriginalFilename(), maxAttachmentSize.toMegabytes() }, locale);
			}
			var attachment = Attachment.of(file.getOriginalFilename(), file.getBytes());
			if (attachment.isEmpty()) {
				return messages.getMessage("meetings.attachment.wrongType", new Object[] { file.getOriginalFilename() },
						locale);
			}
			into.add(attachment.get());
		}
		return null;
	}

	private String form(Meeting meeting, SignedInUser user, ItemForm form, Model model) {
		model.addAttribute("meeting", meeting);
		model.addAttribute("group", access.readable(user, meeting.group()));
		model.addAttribute("themes", themes.selectable());
		model.addAttribute("maxMegabytes", maxAttachmentSize.toMegabytes());
		model.addAttribute("maxFiles", MAX_FILES);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", form);
		}
		return "meetings/item-form";
	}

}
