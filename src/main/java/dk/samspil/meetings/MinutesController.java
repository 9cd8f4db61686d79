package dk.samspil.meetings;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;

import dk.samspil.accounts.PersonId;
import dk.samspil.accounts.SignedInUser;
import dk.samspil.groups.GroupInfo;
import dk.samspil.rules.FieldRefusal;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The minutes of a meeting: written by the chair, commented on by the members, approved,
 * then only amended.
 */
@Controller
class MinutesController {

	/** Longest discussion or outcome of an item kept. */
	private static final int TEXT_LENGTH = 10_000;

	private final MessageSource messages;

	private final MeetingPages pages;

	private final Meetings meetings;

	private final MinutesDesk desk;

	private final AgendaDesk agendas;

	private final GroupAccess access;

	private final MeetingPdfs pdfs;

	private final Clock clock;

	MinutesController(MeetingPages pages, Meetings meetings, MinutesDesk desk, AgendaDesk agendas, GroupAccess access,
			MeetingPdfs pdfs, Clock clock, MessageSource messages) {
		this.messages = messages;
		this.clock = clock;
		this.pages = pages;
		this.meetings = meetings;
		this.desk = desk;
		this.agendas = agendas;
		this.access = access;
		this.pdfs = pdfs;
	}

	@GetMapping("/meetings/{id}/minutes")
	String minutes(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		Meeting meeting = pages.readable(user, id);
		return page(meeting, user, model);
	}

	@PostMapping("/meetings/{id}/minutes")
	String write(@PathVariable long id, @AuthenticationPrincipal SignedInUser user,
			@RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect,
			Locale locale) {
		Meeting meeting = pages.managed(user, id);
		Map<Long, String[]> texts = new HashMap<>();
		for (AgendaItem item : agendas.agenda(id)) {
			String discussion = params.getFirst("discussion-" + item.id());
			String outcome = params.getFirst("outcome-" + item.id());
			if (discussion != null || outcome != null) {
				texts.put(item.id(), new String[] { limit(discussion, TEXT_LENGTH), limit(outcome, TEXT_LENGTH) });
			}
		}
		// what was typed, with the errors a refusal puts beside the field it names
		MapBindingResult typed = new MapBindingResult(new HashMap<>(params.toSingleValueMap()), "typed");
		List<String> sent = params.getOrDefault("present", List.of());
		List<PersonId> ticked = ticked(sent);
		Attendance attendance = null;
		if (params.containsKey("attendance")) {
			if (ticked.size() < sent.size()) {
				// one of them is no person's id: a tampered page
				typed.rejectValue("present", "meetings.attendance.unknown");
				return again(meeting, user, typed, ticked, model);
			}
			attendance = new Attendance(ticked, List.of(),
					limit(params.getFirst("guests"), Attendance.GUESTS_LENGTH).strip());
		}
		try {
			desk.write(meeting, texts, attendance);
		}
		catch (FieldRefusal refused) {
			refused.rejectOn(typed);
			return again(meeting, user, typed, ticked, model);
		}
		redirect.addFlashAttribute("done", messages.getMessage("meetings.minutes.saved", null, locale));
		return "redirect:/meetings/" + id + "/minutes";
	}

	@PostMapping("/meetings/{id}/minutes/submit")
	String submit(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, RedirectAttributes flash,
			Locale locale) {
		desk.sendForApproval(pages.managed(user, id));
		flash.addFlashAttribute("done", messages.getMessage("meetings.done.minutesSubmitted", null, locale));
		return "redirect:/meetings/" + id + "/minutes";
	}

	@PostMapping("/meetings/{id}/minutes/approve")
	String approve(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, RedirectAttributes flash,
			Locale locale) {
		desk.approve(pages.managed(user, id), user.personId(), clock.instant());
		flash.addFlashAttribute("done", messages.getMessage("meetings.done.minutesApproved", null, locale));
		return "redirect:/meetings/" + id + "/minutes";
	}

	@PostMapping("/meetings/{id}/minutes/comments")
	String comment(@PathVariable long id, @AuthenticationPrincipal SignedInUser user,
			@Valid @ModelAttribute("note") NoteForm note, BindingResult result, Model model, RedirectAttributes flash,
			Locale locale) {
		Meeting meeting = pages.readable(user, id);
		if (result.hasErrors()) {
			return page(meeting, user, model);
		}
		desk.comment(meeting, user.personId(), note.text());
		flash.addFlashAttribute("done", messages.getMessage("meetings.done.commented", null, locale));
		return "redirect:/meetings/" + id + "/minutes#notes";
	}

	@PostMapping("/meetings/{id}/minutes/addenda")
	String addendum(@PathVariable long id, @AuthenticationPrincipal SignedInUser user,
			@Valid @ModelAttribute("note") NoteForm note, BindingResult result, Model model, RedirectAttributes flash,
			Locale locale) {
		Meeting meeting = pages.managed(user, id);
		if (result.hasErrors()) {
			return page(meeting, user, model);
		}
		desk.addendum(meeting, user.personId(), note.text());
		flash.addFlashAttribute("done", messages.getMessage("meetings.done.addendum", null, locale));
		return "redirect:/meetings/" + id + "/minutes#notes";
	}

	@GetMapping("/meetings/{id}/minutes.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Locale locale) {
		Meeting meeting = pages.readable(user, id);
		GroupInfo group = access.readable(user, meeting.group());
		List<MinutesNote> addenda = meetings.notes(id)
			.stream()
			.filter(n -> n.kind() == MinutesNote.Kind.ADDENDUM)
			.toList();
		return MeetingController.pdf(pdfs.minutes(meeting, group.name(), agendas.agenda(id), addenda, locale),
				"minutes-" + id + ".pdf");
	}

	/**
	 * The minutes shown again with what was typed, the people ticked, and each refusal
	 * beside the field it names.
	 */
	private String again(Meeting meeting, SignedInUser user, MapBindingResult typed, List<PersonId> ticked,
			Model model) {
		model.addAllAttributes(typed.getModel());
		model.addAttribute("ticked", ticked);
		return page(meeting, user, model);
	}

	/** The ticked values that are a person's id; any other value is left out. */
	private static List<PersonId> ticked(List<String> values) {
		List<PersonId> ticked = new ArrayList<>();
		for (String value : values) {
			try {
				ticked.add(new PersonId(Long.parseLong(value.strip())));
			}
			catch (NumberFormatException ex) {
				// counted as missing by the caller
			}
		}
		return ticked;
	}

	private String page(Meeting meeting, SignedInUser user, Model model) {
		List<AgendaItem> agenda = agendas.agenda(meeting.id());
		Attendance attendance = meetings.attendance(meeting.id());
		List<PersonId> invitees = List.copyOf(desk.invitees(meeting));
		model.addAttribute("attendance", attendance);
		model.addAttribute("invitees", invitees);
		model.addAttribute("attendees", pages.namesWithMunicipality(invitees));
		List<MinutesNote> notes = meetings.notes(meeting.id());
		model.addAttribute("meeting", meeting);
		model.addAttribute("group", access.readable(user, meeting.group()));
		// Minutes belong to a meeting that has been held and not cancelled: until it
		// starts the page says when they open, and nobody is offered the tools to write
		// them. Approved minutes are locked.
		boolean started = meeting.hasStarted(clock.instant());
		boolean manages = access.manages(user, meeting.group()) && !meeting.cancelled() && started;
		model.addAttribute("manages", manages);
		model.addAttribute("editing", manages && meeting.minutesState() != MinutesState.APPROVED);
		model.addAttribute("started", started);
		model.addAttribute("agenda", agenda);
		model.addAttribute("decisions", pages.decisionsOf(agenda));
		model.addAttribute("tasks", pages.tasksOf(agenda));
		model.addAttribute("notes", notes);
		model.addAttribute("names", pages.names(notes.stream().map(MinutesNote::author).toList()));
		if (!model.containsAttribute("typed")) {
			model.addAllAttributes(new MapBindingResult(new HashMap<>(), "typed").getModel());
		}
		if (!model.containsAttribute("ticked")) {
			model.addAttribute("ticked", attendance.present());
		}
		if (!model.containsAttribute("note")) {
			model.addAttribute("note", NoteForm.empty());
		}
		return "meetings/minutes";
	}

	/**
	 * Minutes are short by design; a runaway paste is cut rather than refused, so nothing
	 * typed is lost.
	 */
	private static String limit(String text, int length) {
		return text == null ? "" : text.length() > length ? text.substring(0, length) : text;
	}

}
