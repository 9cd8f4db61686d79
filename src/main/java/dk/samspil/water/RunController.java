package dk.samspil.water;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

import dk.samspil.accounts.SignedInUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
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
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Starting a run, its page with live progress and cancel, and its results. */
@Controller
class RunController {

	private final ModelAccess access;

	private final Runs runs;

	private final RunDesk desk;

	private final RunProgress progress;

	private final Clock clock;

	private final RenderedResults results;

	private final Models models;

	private final RunCiting citing;

	private final MessageSource messages;

	RunController(ModelAccess access, Runs runs, RunDesk desk, RunProgress progress, Clock clock,
			RenderedResults results, Models models, RunCiting citing, MessageSource messages) {
		this.messages = messages;
		this.results = results;
		this.models = models;
		this.citing = citing;
		this.access = access;
		this.runs = runs;
		this.desk = desk;
		this.progress = progress;
		this.clock = clock;
	}

	@PostMapping("/water/models/{id}/runs")
	String start(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
			@RequestParam(defaultValue = "0") int version, @RequestParam(required = false) List<String> scenario,
			@RequestParam(required = false) List<Long> stored, @RequestParam(required = false) Long ensemble,
			@RequestParam(defaultValue = "") String back, RedirectAttributes redirect, Locale locale) {
		ModelInfo info = access.readable(user, new WaterModelId(id));
		int used = info.versionOr(version);
		try {
			long run = desk.start(info, used, new RunDesk.Choice(scenario, stored, ensemble), user.personId(),
					user.displayName());
			if (used < info.latest()) {
				redirect.addFlashAttribute("startedOnOlder", info.latest());
			}
			return "redirect:/water/runs/" + run;
		}
		catch (Refusal refused) {
			redirect.addFlashAttribute("runRefused", refused.reason(messages, locale));
			return back.equals("scenarios") ? "redirect:/water/models/" + id + "/scenarios#run"
					: "redirect:/water/models/" + id + "/versions/" + used + "#run";
		}
	}

	@GetMapping("/water/runs/{id}")
	ModelAndView run(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
			@RequestParam(required = false) Integer scenario, @RequestParam(required = false) String body, Model model,
			Locale locale, HttpServletRequest request, HttpServletResponse response) {
		Run run = runs.find(id).orElseThrow(ModelAccess::notFound);
		ModelInfo info = models.find(run.model()).orElseThrow(ModelAccess::notFound);
		if (!access.opens(user, info.group())) {
			if (citing.readsSummary(user, run)) {
				return new ModelAndView(
						"redirect:/water/runs/" + id + "/summary" + (scenario == null ? "" : "?scenario=" + scenario));
			}
			throw ModelAccess.notFound();
		}
		citing.fillCited(user, run, model);
		model.addAttribute("run", run);
		model.addAttribute("info", info);
		model.addAttribute("now", clock.instant());
		return results.page("water/run", run, scenario, body, model, locale, request, response);
	}

	@GetMapping(path = "/water/runs/{id}/progress", produces = "text/event-stream")
	SseEmitter progress(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Locale locale)
			throws IOException {
		Run run = readable(user, id);
		return progress.follow(run.id(), locale);
	}

	@PostMapping("/water/runs/{id}/cancel")
	String cancel(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
		readable(user, id);
		desk.cancel(id);
		return "redirect:/water/runs/" + id;
	}

	private Run readable(SignedInUser user, long id) {
		Run run = runs.find(id).orElseThrow(ModelAccess::notFound);
		access.readable(user, run.model());
		return run;
	}

}
