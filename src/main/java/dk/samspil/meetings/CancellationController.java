package dk.samspil.meetings;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jakarta.validation.Valid;

import dk.samspil.accounts.SignedInUser;
import dk.samspil.rules.FieldRefusal;

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
 * Calling a meeting off (its chair or the secretariat): a page that says what will
 * happen, asks for a reason and offers to move the agenda items on to the group's next
 * meeting, then the cancellation. When it cannot be cancelled, the page says why instead
 * of offering the button.
 */
@Controller
class CancellationController {

	private final MeetingPages pages;

	private final CancellationDesk desk;

	private final CarryOver carryOver;

	private final GroupAccess access;

	private final MessageSource messages;

	private final Clock clock;

	CancellationController(MeetingPages pages, CancellationDesk desk, CarryOver carryOver, GroupAccess access,
			MessageSource messages, Clock clock) {
		this.clock = clock;
		this.pages = pages;
		this.desk = desk;
		this.carryOver = carryOver;
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
		if (form.carrying() && form.target().isEmpty()) {
			result.rejectValue("carry", "meetings.rule.carryNotLater");
		}
		if (result.hasErrors()) {
			return page(meeting, user, form, locale, model);
		}
		CancellationDesk.Cancelled done;
		try {
			done = desk.cancel(meeting, user.personId(), form.reason(),
					form.carrying() ? form.target().getAsLong() : null, clock.instant());
		}
		catch (FieldRefusal refused) {
			refused.rejectOn(result);
			return page(meeting, user, form, locale, model);
		}
		redirect.addFlashAttribute("cancelledFor", done.mailed());
		// Each sentence comes with its own link: to the meeting the items went to, and to
		// the group's list for those that meeting had no room for.
		if (done.moved() > 0) {
			redirect.addFlashAttribute("carried", carried("meetings.cancelled.carried", done.moved(), done, locale));
			redirect.addFlashAttribute("carriedTo", done.movedTo().id());
		}
		if (done.listed() > 0) {
			redirect.addFlashAttribute("listed", carried("meetings.cancelled.listed", done.listed(), done, locale));
		}
		return "redirect:/meetings/" + id;
	}

	/**
	 * The page is shown again after a refusal with the next meeting chosen anew, so what
	 * it offers holds now.
	 */
	private String page(Meeting meeting, SignedInUser user, CancelForm form, Locale locale, Model model) {
		model.addAttribute("meeting", meeting);
		model.addAttribute("group", access.readable(user, meeting.group()));
		if (!model.containsAttribute("refused")) {
			desk.refusal(meeting, clock.instant())
				.ifPresent(key -> model.addAttribute("refused", messages.getMessage(key, null, locale)));
		}
		model.addAttribute("movable", carryOver.movable(meeting));
		Meeting next = carryOver.next(meeting, clock.instant()).orElse(null);
		model.addAttribute("next", next);
		model.addAttribute("room", next == null ? 0 : carryOver.room(next));
		model.addAttribute("maxItems", AgendaItems.MAX_PER_MEETING);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", form);
		}
		return "meetings/cancel-form";
	}

	/**
	 * The sentence under {@code key} about {@code count} items and the meeting they were
	 * sent on to.
	 */
	private String carried(String key, int count, CancellationDesk.Cancelled done, Locale locale) {
		String day = done.movedTo()
			.start()
			.format(DateTimeFormatter.ofPattern(messages.getMessage("meetings.format.longDate", null, locale), locale));
		return messages.getMessage(key, new Object[] { count, day, done.movedTo().title() }, locale);
	}

}
