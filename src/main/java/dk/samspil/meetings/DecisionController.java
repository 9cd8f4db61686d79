package dk.samspil.meetings;

import java.util.Locale;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;

import dk.samspil.accounts.SignedInUser;
import dk.samspil.groups.GroupDirectory;
import dk.samspil.groups.GroupInfo;
import dk.samspil.rules.FieldRefusal;

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

/**
 * Decisions as records of their own, recorded from an agenda item, and escalation of an
 * item to another group.
 */
@Controller
class DecisionController {

	private final MessageSource messages;

	private final Decisions decisions;

	private final AgendaItems items;

	private final Meetings meetings;

	private final Tasks tasks;

	private final DecisionDesk desk;

	private final GroupAccess access;

	private final GroupDirectory groups;

	private final Clock clock;

	private final Citations citations;

	DecisionController(Decisions decisions, AgendaItems items, Meetings meetings, Tasks tasks, DecisionDesk desk,
			GroupAccess access, GroupDirectory groups, Clock clock, MessageSource messages, Citations citations) {
		this.messages = messages;
		this.clock = clock;
		this.citations = citations;
		this.decisions = decisions;
		this.items = items;
		this.meetings = meetings;
		this.tasks = tasks;
		this.desk = desk;
		this.access = access;
		this.groups = groups;
	}

	@GetMapping("/decisions/{id}")
	String decision(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model, Locale locale) {
		Decision decision = decisions.find(id).orElseThrow(GroupAccess::notFound);
		model.addAttribute("group", access.readable(user, decision.group()));
		model.addAttribute("decision", decision);
		model.addAttribute("itemTitle", desk.title(decision));
		model.addAttribute("manages", access.manages(user, decision.group()));
		model.addAttribute("meeting",
				decision.meetingId() == null ? null : meetings.find(decision.meetingId()).orElse(null));
		model.addAttribute("supersededBy",
				decision.supersededBy() == null ? null : decisions.find(decision.supersededBy()).orElse(null));
		model.addAttribute("supersedes", decisions.superseded(id).orElse(null));
		model.addAttribute("tasks", tasks.ofDecision(id));
		model.addAttribute("citations", citations.ofDecision(id, locale));
		Optional<AgendaItem> item = decision.itemId() == null ? Optional.empty() : items.find(decision.itemId());
		model.addAttribute("lineage", item.map(this::lineage).orElse(List.of()));
		model.addAttribute("origin",
				item.map(AgendaItem::escalatedFrom).flatMap(items::find).map(this::step).orElse(null));
		return "meetings/decision";
	}

	@GetMapping("/items/{itemId}/decision")
	String decisionForm(@PathVariable long itemId, @AuthenticationPrincipal SignedInUser user, Model model) {
		AgendaItem item = managedItem(user, itemId);
		desk.decisionDay(item, clock.instant());
		return form(item, DecisionForm.empty(), model);
	}

	@PostMapping("/items/{itemId}/decision")
	String record(@PathVariable long itemId, @AuthenticationPrincipal SignedInUser user,
			@Valid @ModelAttribute("form") DecisionForm form, BindingResult result, Model model,
			RedirectAttributes flash, Locale locale) {
		AgendaItem item = managedItem(user, itemId);
		form.validate(result, desk.decisionDay(item, clock.instant()));
		if (result.hasErrors()) {
			return form(item, form, model);
		}
		try {
			long id = desk.decide(item, form.text(), form.reviewOn(), form.supersedes(), clock.instant());
			flash.addFlashAttribute("done", messages.getMessage("meetings.done.decisionRecorded", null, locale));
			return "redirect:/decisions/" + id;
		}
		catch (FieldRefusal refused) {
			refused.rejectOn(result);
			return form(item, form, model);
		}
	}

	@PostMapping("/decisions/{id}/revoke")
	String revoke(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, RedirectAttributes flash,
			Locale locale) {
		Decision decision = decisions.find(id).orElseThrow(GroupAccess::notFound);
		access.managed(user, decision.group());
		desk.revoke(decision);
		flash.addFlashAttribute("done", messages.getMessage("meetings.done.decisionRevoked", null, locale));
		return "redirect:/decisions/" + id;
	}

	/** Escalating a decision starts from its text; escalating a question starts empty. */
	@GetMapping("/items/{itemId}/escalation")
	String escalationForm(@PathVariable long itemId, @RequestParam(required = false) Long decision,
			@AuthenticationPrincipal SignedInUser user, Model model) {
		AgendaItem item = managedItem(user, itemId);
		String question = decision == null ? ""
				: decisions.find(decision).filter(d -> d.group().equals(item.group())).map(Decision::text).orElse("");
		return escalation(item, new EscalationForm("", question), model);
	}

	@PostMapping("/items/{itemId}/escalation")
	String escalate(@PathVariable long itemId, @AuthenticationPrincipal SignedInUser user,
			@Valid @ModelAttribute("form") EscalationForm form, BindingResult result, Model model,
			RedirectAttributes flash, Locale locale) {
		AgendaItem item = managedItem(user, itemId);
		Optional<GroupInfo> target = groups.findBySlug(form.group() == null ? "" : form.group());
		if (target.isEmpty() && !result.hasFieldErrors("group")) {
			result.rejectValue("group", "validation.required");
		}
		if (result.hasErrors()) {
			return escalation(item, form, model);
		}
		try {
			desk.escalate(item, target.get().id(), form.question(), user.personId(), clock.instant());
		}
		catch (FieldRefusal refused) {
			refused.rejectOn(result);
			return escalation(item, form, model);
		}
		flash.addFlashAttribute("done", messages.getMessage("meetings.done.escalated", null, locale));
		return "redirect:/meetings/" + item.meetingId() + "/minutes#item-" + itemId;
	}

	/**
	 * Where the item went: each escalated item in its group, with the decision the
	 * receiving group made on it.
	 */
	private List<Step> lineage(AgendaItem item) {
		List<Step> steps = new ArrayList<>();
		for (AgendaItem next : items.escalatedFrom(item.id())) {
			steps.add(step(next));
		}
		return steps;
	}

	private Step step(AgendaItem item) {
		String groupName = groups.find(item.group()).map(GroupInfo::name).orElse("");
		Decision decision = decisions.ofItem(item.id()).stream().findFirst().orElse(null);
		return new Step(item, groupName, decision);
	}

	/** One link in an escalation's chain. */
	record Step(AgendaItem item, String groupName, Decision decision) {
	}

	private AgendaItem managedItem(SignedInUser user, long itemId) {
		AgendaItem item = items.find(itemId).orElseThrow(GroupAccess::notFound);
		access.managed(user, item.group());
		if (item.meetingId() == null) {
			throw GroupAccess.notFound();
		}
		return item;
	}

	private String form(AgendaItem item, DecisionForm form, Model model) {
		model.addAttribute("item", item);
		model.addAttribute("inForce", decisions.ofGroup(item.group(), 200).stream().filter(Decision::inForce).toList());
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", form);
		}
		return "meetings/decision-form";
	}

	private String escalation(AgendaItem item, EscalationForm form, Model model) {
		model.addAttribute("item", item);
		model.addAttribute("groups", groups.all().stream().filter(g -> !g.id().equals(item.group())).toList());
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", form);
		}
		return "meetings/escalation-form";
	}

}
