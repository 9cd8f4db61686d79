package dk.samspil.water;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import dk.samspil.accounts.SignedInUser;
import dk.samspil.allocation.file.ModelFile;
import dk.samspil.allocation.water.PtxPlant;
import dk.samspil.allocation.water.WaterScenario;
import dk.samspil.rules.Refusal;
import dk.samspil.water.ScenarioForms.EnsembleForm;
import dk.samspil.water.ScenarioForms.ScenarioForm;
import dk.samspil.water.ScenarioForms.StageRow;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
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
 * A model's scenarios and ensembles: the list with the run form, and one form for each.
 */
@Controller
class ScenarioController {

	private final ModelAccess access;

	private final VersionFiles files;

	private final Scenarios scenarios;

	private final ScenarioDesk desk;

	private final Runs runs;

	private final Clock clock;

	ScenarioController(ModelAccess access, VersionFiles files, Scenarios scenarios, ScenarioDesk desk, Runs runs,
			Clock clock) {
		this.access = access;
		this.files = files;
		this.scenarios = scenarios;
		this.desk = desk;
		this.runs = runs;
		this.clock = clock;
	}

	@GetMapping("/water/models/{id}/scenarios")
	String list(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
		ModelInfo info = access.readable(user, new WaterModelId(id));
		ModelFile file = latest(info);
		ScenarioCheck check = new ScenarioCheck(file);
		model.addAttribute("info", info);
		model.addAttribute("fileScenarios", file.scenarios());
		model.addAttribute("stored", scenarios.of(info.id()));
		model.addAttribute("fits",
				scenarios.of(info.id())
					.stream()
					.filter(s -> check.fits(s.scenario()))
					.map(StoredScenario::id)
					.toList());
		model.addAttribute("ensembles", scenarios.ensembles(info.id()));
		model.addAttribute("runs", runs.ofModel(info.id()));
		return "water/scenarios";
	}

	@GetMapping("/water/models/{id}/scenarios/new")
	String blank(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
		ModelInfo info = access.readable(user, new WaterModelId(id));
		return scenarioPage(info, 0, ScenarioForm.blank(), ScenarioForms.padded(List.of()), model);
	}

	@PostMapping("/water/models/{id}/scenarios")
	String create(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
			@Valid @ModelAttribute("scenario") ScenarioForm form, BindingResult binding, HttpServletRequest request,
			Model model, RedirectAttributes redirect) {
		return save(user, id, 0, form, binding, request, model, redirect);
	}

	@GetMapping("/water/models/{id}/scenarios/{scenario}")
	String edit(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @PathVariable long scenario,
			Model model) {
		ModelInfo info = access.readable(user, new WaterModelId(id));
		StoredScenario stored = scenarios.find(info.id(), scenario).orElseThrow(ModelAccess::notFound);
		WaterScenario s = stored.scenario();
		ScenarioForm form = new ScenarioForm(s.name(), stored.description(), percent(s.drinkingGrowth()),
				percent(s.industryGrowth()), percent(s.rechargeChange()), ElementEdit.number(s.summerFactor()),
				stored.revision());
		List<StageRow> rows = new ArrayList<>();
		s.ptx()
			.forEach(
					p -> rows.add(new StageRow(p.plant(), p.from().toString(), ElementEdit.number(p.megawatts()), "")));
		return scenarioPage(info, scenario, form, ScenarioForms.padded(rows), model);
	}

	@PostMapping("/water/models/{id}/scenarios/{scenario}")
	String change(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @PathVariable long scenario,
			@Valid @ModelAttribute("scenario") ScenarioForm form, BindingResult binding, HttpServletRequest request,
			@RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect) {
		ModelInfo info = access.readable(user, new WaterModelId(id));
		scenarios.find(info.id(), scenario).orElseThrow(ModelAccess::notFound);
		if (action.equals("remove")) {
			desk.remove(info.id(), scenario);
			redirect.addFlashAttribute("removed", form.name());
			return "redirect:/water/models/" + id + "/scenarios";
		}
		return save(user, id, scenario, form, binding, request, model, redirect);
	}

	@GetMapping("/water/models/{id}/ensembles/new")
	String blankEnsemble(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
		ModelInfo info = access.readable(user, new WaterModelId(id));
		return ensemblePage(info, EnsembleForm.blank(clock), ScenarioForms.padded(List.of()), model);
	}

	@PostMapping("/water/models/{id}/ensembles")
	String createEnsemble(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
			@Valid @ModelAttribute("ensemble") EnsembleForm form, BindingResult binding, HttpServletRequest request,
			Model model, RedirectAttributes redirect) {
		ModelInfo info = access.readable(user, new WaterModelId(id));
		List<StageRow> rows = rows(request);
		Ensemble ensemble = new ScenarioCheck(latest(info)).ensemble(form, rows, info.id(), user.displayName(),
				clock.instant(), binding);
		if (ensemble != null) {
			try {
				desk.create(ensemble);
				redirect.addFlashAttribute("saved", ensemble.name());
				return "redirect:/water/models/" + id + "/scenarios";
			}
			catch (Refusal refused) {
				refused.rejectOn(binding);
			}
		}
		return ensemblePage(info, form, rows, model);
	}

	@PostMapping("/water/models/{id}/ensembles/{ensemble}/remove")
	String removeEnsemble(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
			@PathVariable long ensemble, RedirectAttributes redirect) {
		ModelInfo info = access.readable(user, new WaterModelId(id));
		Ensemble found = scenarios.ensemble(info.id(), ensemble).orElseThrow(ModelAccess::notFound);
		desk.removeEnsemble(info.id(), ensemble);
		redirect.addFlashAttribute("removed", found.name());
		return "redirect:/water/models/" + id + "/scenarios";
	}

	private String save(SignedInUser user, long id, long scenario, ScenarioForm form, BindingResult binding,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		ModelInfo info = access.readable(user, new WaterModelId(id));
		List<StageRow> rows = rows(request);
		WaterScenario checked = new ScenarioCheck(latest(info)).scenario(form, rows, binding);
		if (checked != null) {
			try {
				if (scenario == 0) {
					desk.create(info.id(), checked, form.description(), user.displayName());
				}
				else {
					desk.change(info.id(), scenario, form.revision() == null ? 0 : form.revision(), checked,
							form.description(), user.displayName());
				}
				redirect.addFlashAttribute("saved", checked.name());
				return "redirect:/water/models/" + id + "/scenarios";
			}
			catch (Refusal refused) {
				refused.rejectOn(binding);
			}
		}
		return scenarioPage(info, scenario, form, rows, model);
	}

	private String scenarioPage(ModelInfo info, long scenario, ScenarioForm form, List<StageRow> rows, Model model) {
		common(info, rows, model);
		model.addAttribute("scenarioId", scenario);
		if (!model.containsAttribute("scenario")) {
			model.addAttribute("scenario", form);
		}
		return "water/scenario";
	}

	private String ensemblePage(ModelInfo info, EnsembleForm form, List<StageRow> rows, Model model) {
		common(info, rows, model);
		if (!model.containsAttribute("ensemble")) {
			model.addAttribute("ensemble", form);
		}
		return "water/ensemble";
	}

	private void common(ModelInfo info, List<StageRow> rows, Model model) {
		ModelFile file = latest(info);
		model.addAttribute("info", info);
		model.addAttribute("plants", file.model().ptxPlants().stream().map(PtxPlant::id).toList());
		model.addAttribute("horizonStart", file.horizon().start().toString());
		model.addAttribute("horizonEnd", file.horizon().month(file.horizon().months() - 1).toString());
		model.addAttribute("rows", ScenarioForms.padded(rows));
		model.addAttribute("rowsRefused", rows.stream().anyMatch(r -> !r.problems().isEmpty()));
		model.addAttribute("smallest", Ensemble.SMALLEST);
		model.addAttribute("largest", Ensemble.LARGEST);
	}

	private ModelFile latest(ModelInfo info) {
		return files.of(info.id(), info.latest());
	}

	private static List<StageRow> rows(HttpServletRequest request) {
		return ScenarioForms.rows(request.getParameterValues("ptxPlant"), request.getParameterValues("ptxFrom"),
				request.getParameterValues("ptxMegawatts"), request.getParameterValues("ptxHigh"));
	}

	static String percent(double fraction) {
		return ElementEdit.number(Math.round(fraction * 100 * 1e6) / 1e6);
	}

}
