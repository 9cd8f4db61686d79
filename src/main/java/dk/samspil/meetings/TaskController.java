package dk.samspil.meetings;

import java.util.Locale;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import dk.samspil.accounts.Accounts;
import dk.samspil.accounts.PersonId;
import dk.samspil.accounts.PersonSummary;
import dk.samspil.accounts.SignedInUser;
import dk.samspil.groups.GroupDirectory;
import dk.samspil.groups.GroupId;
import dk.samspil.groups.GroupRole;
import dk.samspil.region.Region;

import org.springframework.beans.factory.annotation.Value;
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
 * Tasks: my tasks, my municipality's tasks, overdue in my groups; adding them from an
 * item or a decision.
 */
@Controller
class TaskController {

	private final MessageSource messages;

	private final Tasks tasks;

	private final AgendaItems items;

	private final Decisions decisions;

	private final DecisionDesk desk;

	private final GroupAccess access;

	private final GroupDirectory groups;

	private final Accounts accounts;

	private final Region region;

	private final Clock clock;

	private final ExternalWork external;

	private final int daysAhead;

	TaskController(Tasks tasks, AgendaItems items, Decisions decisions, DecisionDesk desk, GroupAccess access,
			GroupDirectory groups, Accounts accounts, Region region, Clock clock, ExternalWork external,
			@Value("${samspil.meetings.digest-days-ahead}") int daysAhead, MessageSource messages) {
		this.messages = messages;
		this.clock = clock;
		this.external = external;
		this.daysAhead = daysAhead;
		this.tasks = tasks;
		this.items = items;
		this.decisions = decisions;
		this.desk = desk;
		this.access = access;
		this.groups = groups;
		this.accounts = accounts;
		this.region = region;
	}

	@GetMapping("/tasks")
	String tasks(@RequestParam(defaultValue = "mine") String view, @AuthenticationPrincipal SignedInUser user,
			Model model, Locale locale) {
		LocalDate today = LocalDate.now(clock);
		PersonSummary me = accounts.find(user.personId()).orElseThrow();
		List<Task> shown = switch (view) {
			case "municipality" ->
				me.municipality() == null ? List.of() : tasks.ofMunicipality(me.municipality(), access.groupsOf(user));
			case "overdue" -> tasks.overdue(access.groupsOf(user), today);
			default -> tasks.ofPerson(user.personId());
		};
		model.addAttribute("view", List.of("municipality", "overdue").contains(view) ? view : "mine");
		model.addAttribute("tasks", shown);
		model.addAttribute("today", today);
		model.addAttribute("hasMunicipality", me.municipality() != null);
		model.addAttribute("otherWork", "mine".equals(view) || !List.of("municipality", "overdue").contains(view)
				? external.of(user.personId(), today.plusDays(daysAhead), locale) : List.of());
		describe(shown, model);
		return "meetings/tasks";
	}

	@GetMapping("/items/{itemId}/task")
	String itemTaskForm(@PathVariable long itemId, @AuthenticationPrincipal SignedInUser user, Model model) {
		AgendaItem item = managedItem(user, itemId);
		return form(item.group(), "/items/" + itemId + "/task", item.title(), TaskForm.empty(today()), model);
	}

	@PostMapping("/items/{itemId}/task")
	String addItemTask(@PathVariable long itemId, @AuthenticationPrincipal SignedInUser user,
			@Valid @ModelAttribute("form") TaskForm form, BindingResult result, Model model, RedirectAttributes flash,
			Locale locale) {
		AgendaItem item = managedItem(user, itemId);
		checkOffered(item.group(), form, result);
		if (result.hasErrors()) {
			return form(item.group(), "/items/" + itemId + "/task", item.title(), form, model);
		}
		desk.addTask(item.group(), item.id(), null, form.title(), TaskOwner.parse(form.owner()), form.dueOn());
		flash.addFlashAttribute("done",
				messages.getMessage("meetings.done.taskAdded", new Object[] { form.title().strip() }, locale));
		return "redirect:/meetings/" + item.meetingId() + "/minutes#item-" + itemId;
	}

	@GetMapping("/decisions/{id}/task")
	String decisionTaskForm(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		Decision decision = managedDecision(user, id);
		return form(decision.group(), "/decisions/" + id + "/task", decision.text(), TaskForm.empty(today()), model);
	}

	@PostMapping("/decisions/{id}/task")
	String addDecisionTask(@PathVariable long id, @AuthenticationPrincipal SignedInUser user,
			@Valid @ModelAttribute("form") TaskForm form, BindingResult result, Model model, RedirectAttributes flash,
			Locale locale) {
		Decision decision = managedDecision(user, id);
		checkOffered(decision.group(), form, result);
		if (result.hasErrors()) {
			return form(decision.group(), "/decisions/" + id + "/task", decision.text(), form, model);
		}
		desk.addTask(decision.group(), decision.itemId(), id, form.title(), TaskOwner.parse(form.owner()),
				form.dueOn());
		flash.addFlashAttribute("done",
				messages.getMessage("meetings.done.taskAdded", new Object[] { form.title().strip() }, locale));
		return "redirect:/decisions/" + id;
	}

	/**
	 * Any member of the task's group may mark it done or open again; the list it came
	 * from is shown again.
	 */
	@PostMapping("/tasks/{id}/done")
	String done(@PathVariable long id, @RequestParam(defaultValue = "true") boolean done,
			@RequestParam(defaultValue = "mine") String view, @AuthenticationPrincipal SignedInUser user,
			RedirectAttributes flash, Locale locale) {
		Task task = tasks.find(id).orElseThrow(GroupAccess::notFound);
		access.readable(user, task.group());
		desk.setDone(task, done);
		flash.addFlashAttribute("done",
				messages.getMessage("meetings.done.task." + done, new Object[] { task.title() }, locale));
		return "redirect:/tasks?view=" + (List.of("municipality", "overdue").contains(view) ? view : "mine");
	}

	/** Names of owners and groups for the tasks shown. */
	void describe(List<Task> shown, Model model) {
		model.addAttribute("personNames",
				accounts.findAll(shown.stream().map(Task::ownerPerson).filter(Objects::nonNull).distinct().toList())
					.stream()
					.collect(Collectors.toMap(PersonSummary::id, PersonSummary::displayName)));
		model.addAttribute("municipalityNames", region.names());
		model.addAttribute("groupNames", groups.names());
	}

	private String form(GroupId group, String action, String about, TaskForm form, Model model) {
		Map<PersonId, GroupRole> members = groups.membersOf(group);
		model.addAttribute("action", action);
		model.addAttribute("about", about);
		model.addAttribute("group", groups.find(group).orElseThrow());
		model.addAttribute("people",
				accounts.findAll(members.keySet())
					.stream()
					.sorted(Comparator.comparing(PersonSummary::displayName))
					.toList());
		model.addAttribute("municipalities", region.municipalities());
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", form);
		}
		return "meetings/task-form";
	}

	/**
	 * The owner must be one the form offers, a member of the group or a municipality of
	 * the region: another id would give the task to someone who never sees it, or to
	 * nobody at all.
	 */
	private void checkOffered(GroupId group, TaskForm form, BindingResult result) {
		if (result.hasFieldErrors("owner")) {
			return;
		}
		boolean offered = form.chosenOwner()
			.filter(owner -> owner.person() != null ? groups.membersOf(group).containsKey(owner.person())
					: region.find(owner.municipality()).isPresent())
			.isPresent();
		if (!offered) {
			result.rejectValue("owner", "meetings.task.owner.notOffered");
		}
	}

	private AgendaItem managedItem(SignedInUser user, long itemId) {
		AgendaItem item = items.find(itemId).filter(i -> i.meetingId() != null).orElseThrow(GroupAccess::notFound);
		access.managed(user, item.group());
		return item;
	}

	private Decision managedDecision(SignedInUser user, long id) {
		Decision decision = decisions.find(id).orElseThrow(GroupAccess::notFound);
		access.managed(user, decision.group());
		return decision;
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

}
