package dk.samspil.meetings;

import java.time.Instant;
import java.util.Locale;

import jakarta.validation.Valid;

import dk.samspil.accounts.SignedInUser;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Calling a meeting off (its chair or the secretariat): a page that says what will happen and asks for a reason, then
 * the cancellation. When it cannot be cancelled, the page says why instead of offering the button.
 */
@Controller
class CancellationController {

	private final MeetingPages pages;

	private final CancellationDesk desk;

	private final GroupAccess access;

	private final MessageSource messages;

	CancellationController(MeetingPages pages, CancellationDesk desk, GroupAccess access, MessageSource messages) {
		this.pages = pages;
		this.desk = desk;
		this.access = access;
		this.messages = messages;
	}

	@GetMapping("/meetings/{id}/cancel")
	String confirm(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Locale locale, Model model) {
		Meeting meeting = pages.managed(user, id);
		return page(meeting, user, CancelForm.empty(), locale, model);
	}

	@PostMapping("/meetings/{id}/cancel")
	String cancel(@PathVariable long id, @AuthenticationPrincipal SignedInUser user,
			@Valid @ModelAttribute("form") CancelForm form, BindingResult result, Locale locale, Model model,
			RedirectAttributes redirect) {
		Meeting meeting = pages.managed(user, id);
		if (result.hasErrors()) {
			return page(meeting, user, form, locale, model);
		}
		redirect.addFlashAttribute("cancelledFor", desk.cancel(meeting, user.personId(), form.reason(), Instant.now()));
		return "redirect:/meetings/" + id;
	}

	private String page(Meeting meeting, SignedInUser user, CancelForm form, Locale locale, Model model) {
		model.addAttribute("meeting", meeting);
		model.addAttribute("group", access.readable(user, meeting.group()));
		if (!model.containsAttribute("refused")) {
			desk.refusal(meeting, Instant.now())
				.ifPresent(key -> model.addAttribute("refused", messages.getMessage(key, null, locale)));
		}
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", form);
		}
		return "meetings/cancel-form";
	}
}
