package dk.samspil.goals;

import static org.springframework.http.HttpStatus.NOT_FOUND;

import java.util.Locale;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import dk.samspil.accounts.SignedInUser;
import dk.samspil.rules.FieldRefusal;
import jakarta.validation.Valid;

/** Adding an action to a goal, and moving an action on. */
@Controller
class ActionController {

	private final ActionDesk desk;

	private final Actions actions;

	private final Goals goals;

	private final FigurePanel panel;

	ActionController(ActionDesk desk, Actions actions, Goals goals, FigurePanel panel) {
		this.desk = desk;
		this.actions = actions;
		this.goals = goals;
		this.panel = panel;
	}

	@PostMapping("/goals/{id}/actions")
	String add(@PathVariable long id, @Valid @ModelAttribute("actionForm") ActionForm form, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, Locale locale) {
		Goal goal = found(id);
		if (!result.hasErrors()) {
			try {
				desk.add(goal, form, new Reporter(user.personId(), user.isSecretariat()));
				return "redirect:/goals/" + id + "#actions";
			}
			catch (FieldRefusal ex) {
				// someone who may not add the action is refused at the top of the page
				// (by the advice), not next to a field
				ex.rejectOn(result);
			}
		}
		return panel.show(goal, user, model, locale);
	}

	@PostMapping("/goals/{id}/actions/{actionId}/status")
	String status(@PathVariable long id, @PathVariable long actionId, @RequestParam(defaultValue = "") String status,
			@RequestParam(defaultValue = "-1") int version, @AuthenticationPrincipal SignedInUser user) {
		Goal goal = found(id);
		Action action = actions.find(actionId)
			.filter(a -> a.goal().equals(goal.id()))
			.orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
		desk.setStatus(action, Action.Status.of(status), version, new Reporter(user.personId(), user.isSecretariat()));
		return "redirect:/goals/" + id + "#actions";
	}

	private Goal found(long id) {
		return goals.find(new GoalId(id)).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
	}

}
