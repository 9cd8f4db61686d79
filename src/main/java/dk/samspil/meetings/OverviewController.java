package dk.samspil.meetings;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dk.samspil.accounts.SignedInUser;
import dk.samspil.groups.GroupDirectory;
import dk.samspil.groups.GroupInfo;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Fragments for the home page and a group's page (loaded with htmx): what is coming, and
 * what is open.
 */
@Controller
class OverviewController {

	private final Meetings meetings;

	private final Decisions decisions;

	private final Tasks tasks;

	private final GroupAccess access;

	private final GroupDirectory groups;

	private final TaskController taskNames;

	private final Clock clock;

	OverviewController(Meetings meetings, Decisions decisions, Tasks tasks, GroupAccess access, GroupDirectory groups,
			TaskController taskNames, Clock clock) {
		this.clock = clock;
		this.meetings = meetings;
		this.decisions = decisions;
		this.tasks = tasks;
		this.access = access;
		this.groups = groups;
		this.taskNames = taskNames;
	}

	/** The signed-in person's next meetings and open tasks. */
	@GetMapping("/meetings/upcoming")
	String upcoming(@AuthenticationPrincipal SignedInUser user, Model model) {
		List<Meeting> next = meetings.upcoming(access.groupsOf(user), clock.instant(), 5);
		List<Task> open = tasks.ofPerson(user.personId()).stream().filter(t -> !t.done()).limit(10).toList();
		model.addAttribute("meetings", next);
		model.addAttribute("tasks", open);
		model.addAttribute("today", LocalDate.now(clock));
		taskNames.describe(open, model);
		return "meetings/fragments :: upcoming";
	}

	/** A group's upcoming meeting, latest decisions and open tasks. */
	@GetMapping("/groups/{slug}/meetings/overview")
	String group(@PathVariable String slug, @AuthenticationPrincipal SignedInUser user, Model model) {
		GroupInfo group = access.readable(user, slug);
		List<Task> open = tasks.ofGroup(group.id(), true).stream().limit(10).toList();
		model.addAttribute("group", group);
		model.addAttribute("next",
				meetings.upcoming(List.of(group.id()), clock.instant(), 1).stream().findFirst().orElse(null));
		model.addAttribute("decisions", decisions.ofGroup(group.id(), 5));
		model.addAttribute("tasks", open);
		model.addAttribute("today", LocalDate.now(clock));
		taskNames.describe(open, model);
		return "meetings/fragments :: group";
	}

}
