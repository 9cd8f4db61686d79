package dk.samspil.water;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import dk.samspil.accounts.SignedInUser;
import dk.samspil.rules.Refusal;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A run taken to a decision or an agenda item: citing it, and its read-only summary for
 * everyone who may read a decision or an item citing it, members of the model's group or
 * not. The summary names the model but never opens it. A refused citation is shown on the
 * page of the citing forms, whichever page the request came from.
 */
@Controller
class CitedRunController {

	private final Runs runs;

	private final ModelAccess access;

	private final Models models;

	private final RunCiting citing;

	private final RenderedResults results;

	private final MessageSource messages;

	CitedRunController(Runs runs, ModelAccess access, Models models, RunCiting citing, RenderedResults results,
			MessageSource messages) {
		this.runs = runs;
		this.access = access;
		this.models = models;
		this.citing = citing;
		this.results = results;
		this.messages = messages;
	}

	@GetMapping("/water/runs/{id}/summary")
	ModelAndView summary(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
			@RequestParam(required = false) Integer scenario, Model model, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		Run run = runs.find(id).orElseThrow(ModelAccess::notFound);
		if (!citing.readsSummary(user, run)) {
			throw ModelAccess.notFound();
		}
		ModelInfo info = models.find(run.model()).orElseThrow(ModelAccess::notFound);
		model.addAttribute("run", run);
		model.addAttribute("modelName", info.name());
		model.addAttribute("opensModel", access.opens(user, info.group()));
		citing.fillCited(user, run, model);
		if (!run.finished()) {
			return new ModelAndView("water/summary");
		}
		return results.page("water/summary", run, scenario, null, model, locale, request, response);
	}

	/**
	 * The forms to cite a run, on a page of their own: reading the decisions and agenda
	 * items one may cite a run in was a sixth of the run page's time, and the page is
	 * read far more often than a run is cited.
	 */
	@GetMapping("/water/runs/{id}/cite")
	String citing(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
		Run run = runs.find(id).orElseThrow(ModelAccess::notFound);
		model.addAttribute("info", access.readable(user, run.model()));
		model.addAttribute("run", run);
		if (run.finished()) {
			citing.fillCitable(user, model);
		}
		return "water/cite";
	}

	@PostMapping("/water/runs/{id}/citations")
	String cite(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
			@RequestParam(required = false) Long decision, @RequestParam(required = false) Long item,
			RedirectAttributes redirect, Locale locale) {
		Run run = runs.find(id).orElseThrow(ModelAccess::notFound);
		access.readable(user, run.model());
		try {
			if (item != null) {
				citing.citeInItem(user, run, item);
				redirect.addFlashAttribute("citedInItem", item);
			}
			else {
				citing.cite(user, run, decision);
				redirect.addFlashAttribute("cited", decision);
			}
		}
		catch (Refusal refusal) {
			// back to the citing forms, to choose again, wherever the post came from
			redirect.addFlashAttribute("refused", refusal.reason(messages, locale));
			return "redirect:/water/runs/" + id + "/cite";
		}
		return "redirect:/water/runs/" + id + "#cited-heading";
	}

}
