package dk.samspil.meetings;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;

import dk.samspil.accounts.SignedInUser;
import dk.samspil.files.Downloads;
import dk.samspil.groups.GroupInfo;
import dk.samspil.paging.Pager;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A group's meetings, scheduling one, a meeting's page with its agenda, and sending the
 * agenda out.
 */
@Controller
class MeetingController {

	private final MessageSource messages;

	private final Meetings meetings;

	private final AgendaItems items;

	private final Decisions decisions;

	private final GroupAccess access;

	private final AgendaDesk desk;

	private final MeetingPdfs pdfs;

	private final MeetingPages pages;

	private final Clock clock;

	MeetingController(Meetings meetings, AgendaItems items, Decisions decisions, GroupAccess access, AgendaDesk desk,
			MeetingPdfs pdfs, MeetingPages pages, Clock clock, MessageSource messages) {
		this.messages = messages;
		this.clock = clock;
		this.meetings = meetings;
		this.items = items;
		this.decisions = decisions;
		this.access = access;
		this.desk = desk;
		this.pdfs = pdfs;
		this.pages = pages;
	}

	/**
	 * Past meetings a page of the group's meetings shows: with 5,000 meetings listed at
	 * once the page was 3.4 MB.
	 */
	static final int PAST_PAGE_SIZE = 20;

	/**
	 * The meetings ahead in full (held and cancelled apart), the past ones a page at a
	 * time, newest first.
	 */
	@GetMapping("/groups/{slug}/meetings")
	String groupMeetings(@PathVariable String slug, @AuthenticationPrincipal SignedInUser user,
			@RequestParam(required = false) String page, Model model) {
		GroupInfo group = access.readable(user, slug);
		Instant now = clock.instant();
		List<Meeting> ahead = meetings.aheadOfGroup(group.id(), now);
		model.addAttribute("group", group);
		model.addAttribute("upcoming", ahead.stream().filter(m -> !m.cancelled()).toList());
		model.addAttribute("cancelled", ahead.stream().filter(Meeting::cancelled).toList());
		Pager pastPage = Pager.of(page, PAST_PAGE_SIZE, meetings.pastCountOfGroup(group.id(), now));
		model.addAttribute("past", meetings.pastOfGroup(group.id(), now, pastPage.offset(), pastPage.limit()));
		model.addAttribute("pastPage", pastPage);
		model.addAttribute("decisions", decisions.ofGroup(group.id(), 50));
		model.addAttribute("waiting", items.waiting(group.id()));
		model.addAttribute("manages", access.manages(user, group.id()));
		model.addAttribute("mayConvene", access.mayConvene(user, group));
		model.addAttribute("member", access.reads(user, group.id()));
		if (!model.containsAttribute("itemForm")) {
			model.addAttribute("itemForm", new ListItemForm("", ""));
		}
		return "meetings/group-meetings";
	}

	@GetMapping("/groups/{slug}/meetings/new")
	String scheduleForm(@PathVariable String slug, @AuthenticationPrincipal SignedInUser user, Model model) {
		GroupInfo group = access.convened(user, access.readable(user, slug));
		model.addAttribute("group", group);
		model.addAttribute("form", MeetingForm.proposal(LocalDate.now(clock)));
		return "meetings/meeting-form";
	}

	@PostMapping("/groups/{slug}/meetings")
	String schedule(@PathVariable String slug, @AuthenticationPrincipal SignedInUser user,
			@Valid @ModelAttribute("form") MeetingForm form, BindingResult result, Model model,
			RedirectAttributes flash, Locale locale) {
		GroupInfo group = access.convened(user, access.readable(user, slug));
		form.validate(result, clock.instant());
		if (result.hasErrors()) {
			model.addAttribute("group", group);
			return "meetings/meeting-form";
		}
		long id = desk.schedule(group.id(), form.title(), form.startsAt(), form.endsAt(), form.place(),
				form.onlineLink(), form.deadline(), form.issuedToken());
		flash.addFlashAttribute("done", messages.getMessage("meetings.done.scheduled", null, locale));
		return "redirect:/meetings/" + id;
	}

	/**
	 * A member puts an item on the group's list at any time; the chair takes it into a
	 * meeting.
	 */
	@PostMapping("/groups/{slug}/items")
	String proposeToList(@PathVariable String slug, @AuthenticationPrincipal SignedInUser user,
			@Valid @ModelAttribute("itemForm") ListItemForm form, BindingResult result, Model model,
			RedirectAttributes flash, Locale locale) {
		GroupInfo group = access.membered(user, access.readable(user, slug));
		if (result.hasErrors()) {
			return groupMeetings(slug, user, null, model);
		}
		long item = desk.proposeToList(group.id(), user.personId(), form.title(), form.description());
		flash.addFlashAttribute("done",
				messages.getMessage("meetings.list.proposed", new Object[] { form.title().strip() }, locale));
		return "redirect:/groups/" + slug + "/meetings#item-" + item;
	}

	@GetMapping("/meetings/{id}/edit")
	String editForm(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		Meeting meeting = pages.managed(user, id);
		meeting.checkChangeable();
		model.addAttribute("group", access.readable(user, meeting.group()));
		model.addAttribute("meeting", meeting);
		model.addAttribute("form", MeetingForm.of(meeting));
		return "meetings/meeting-form";
	}

	@PostMapping("/meetings/{id}")
	String reschedule(@PathVariable long id, @AuthenticationPrincipal SignedInUser user,
			@Valid @ModelAttribute("form") MeetingForm form, BindingResult result, Model model,
			RedirectAttributes flash, Locale locale) {
		Meeting meeting = pages.managed(user, id);
		meeting.checkChangeable();
		form.validate(result, clock.instant());
		if (result.hasErrors()) {
			model.addAttribute("group", access.readable(user, meeting.group()));
			model.addAttribute("meeting", meeting);
			return "meetings/meeting-form";
		}
		desk.reschedule(meeting, form.title(), form.startsAt(), form.endsAt(), form.place(), form.onlineLink(),
				form.deadline(), clock.instant());
		flash.addFlashAttribute("done", messages.getMessage("meetings.done.meetingSaved", null, locale));
		return "redirect:/meetings/" + id;
	}

	@GetMapping("/meetings/{id}")
	String meeting(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model, Locale locale) {
		Meeting meeting = pages.readable(user, id);
		pages.meeting(meeting, user, model, locale);
		return "meetings/meeting";
	}

	@PostMapping("/meetings/{id}/publish")
	String publish(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect,
			Locale locale) {
		Meeting meeting = pages.managed(user, id);
		int sent = desk.publish(meeting, clock.instant());
		redirect.addFlashAttribute("done", messages.getMessage("meetings.agenda.sent", new Object[] { sent }, locale));
		return "redirect:/meetings/" + id;
	}

	@GetMapping("/meetings/{id}/agenda.pdf")
	ResponseEntity<byte[]> agendaPdf(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Locale locale) {
		Meeting meeting = pages.readable(user, id);
		GroupInfo group = access.readable(user, meeting.group());
		return pdf(pdfs.agenda(meeting, group.name(), desk.agenda(id), locale), "agenda-" + id + ".pdf");
	}

	static ResponseEntity<byte[]> pdf(byte[] content, String filename) {
		return Downloads.pdf(filename, content);
	}

}
