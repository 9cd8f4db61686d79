package dk.samspil.goals;

import static org.springframework.http.HttpStatus.NOT_FOUND;

import java.util.Locale;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import dk.samspil.accounts.SignedInUser;
import dk.samspil.rules.Refusal;
import jakarta.validation.Valid;

/** The goals overview, a goal's page, and the secretariat's form for a new goal. */
@Controller
class GoalController {

	private final GoalPages pages;

	private final GoalDesk desk;

	private final FigurePanel panel;

	GoalController(GoalPages pages, GoalDesk desk, FigurePanel panel) {
		this.pages = pages;
		this.desk = desk;
		this.panel = panel;
	}

	@GetMapping("/goals")
	String overview(Model model) {
		model.addAttribute("summaries", pages.summaries(pages.goals().findAll()));
		return "goals/goals";
	}

	@GetMapping("/goals/{id}")
	String goal(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model, Locale locale) {
		return panel.show(found(id), user, model, locale);
	}

	@GetMapping("/goals/new")
	@PreAuthorize("hasRole('SECRETARIAT')")
	String newGoal(Model model) {
		return form(new GoalForm(), model);
	}

	@PostMapping("/goals")
	@PreAuthorize("hasRole('SECRETARIAT')")
	String create(@Valid @ModelAttribute("form") GoalForm form, BindingResult result, Model model) {
		if (result.hasErrors()) {
			return form(form, model);
		}
		try {
			Goal goal = form.toGoal(pages.municipalities().values().stream().toList(), result);
			if (goal == null) {
				return form(form, model);
			}
			return "redirect:/goals/" + desk.define(goal);
		}
		catch (Refusal ex) {
			// the goal's own rules, each beside its field
			ex.rejectOn(result);
			return form(form, model);
		}
	}

	@PostMapping("/goals/{id}/public")
	@PreAuthorize("hasRole('SECRETARIAT')")
	String publish(@PathVariable long id, @RequestParam(defaultValue = "false") boolean publish,
			@RequestParam(defaultValue = "-1") int version) {
		desk.setPublic(found(id).id(), publish, version);
		return "redirect:/goals/" + id;
	}

	private String form(GoalForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("municipalities", pages.municipalities().values());
		model.addAttribute("themes", Theme.values());
		model.addAttribute("unitKinds", UnitKind.values());
		model.addAttribute("directions", Direction.values());
		model.addAttribute("rollUps", RollUp.values());
		model.addAttribute("periodKinds", PeriodKind.values());
		return "goals/goal-form";
	}

	Goal found(long id) {
		return pages.goals().find(new GoalId(id)).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
	}

}
