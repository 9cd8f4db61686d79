package dk.samspil.strategy;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;

import dk.samspil.rules.Refusal;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * The processes: the list, one process's page, and the secretariat's form to set one up
 * or change it.
 */
@Controller
class ProcessController {

	private final Processes processes;

	private final ProcessDesk desk;

	private final ProcessPage page;

	private final Clock clock;

	ProcessController(Processes processes, ProcessDesk desk, ProcessPage page, Clock clock) {
		this.processes = processes;
		this.desk = desk;
		this.page = page;
		this.clock = clock;
	}

	@GetMapping("/strategy")
	String list(Model model) {
		model.addAttribute("processes", processes.findAll());
		model.addAttribute("today", today());
		return "strategy/processes";
	}

	@GetMapping("/strategy/{id}")
	String show(@PathVariable long id, Model model) {
		page.fill(find(id), today(), model);
		return "strategy/process";
	}

	@GetMapping("/strategy/new")
	@PreAuthorize("hasRole('SECRETARIAT')")
	String create(Model model) {
		return form(ProcessForm.empty(today().getYear()), null, model);
	}

	@PostMapping("/strategy")
	@PreAuthorize("hasRole('SECRETARIAT')")
	String start(@Valid @ModelAttribute("form") ProcessForm form, BindingResult result, Model model) {
		if (invalid(form, result)) {
			return form(form, null, model);
		}
		return "redirect:/strategy/" + desk.start(form).value();
	}

	@GetMapping("/strategy/{id}/edit")
	@PreAuthorize("hasRole('SECRETARIAT')")
	String edit(@PathVariable long id, Model model) {
		StrategyProcess process = find(id);
		return form(ProcessForm.of(process), process, model);
	}

	@PostMapping("/strategy/{id}")
	@PreAuthorize("hasRole('SECRETARIAT')")
	String change(@PathVariable long id, @Valid @ModelAttribute("form") ProcessForm form, BindingResult result,
			Model model) {
		StrategyProcess process = find(id);
		if (invalid(form, result)) {
			return form(form, process, model);
		}
		try {
			desk.change(process.id(), form);
		}
		catch (ProcessChangedMeanwhile changed) {
			// what was typed stays in the form, now made over the colleague's version,
			// which is shown beside it
			model.addAttribute("changedMeanwhile", changed.current());
			model.addAttribute("typedPhases", form.phases());
			return form(form.over(changed.current()), changed.current(), model);
		}
		catch (Refusal refusal) {
			// what was typed stays in the form, now made over the process as it was read;
			// the reason goes on that form, as the form bound to the request is replaced
			ProcessForm again = form.over(process);
			BindingResult shown = new BeanPropertyBindingResult(again, "form");
			refusal.rejectOn(shown);
			String page = form(again, process, model);
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", shown);
			return page;
		}
		return "redirect:/strategy/" + id;
	}

	private boolean invalid(ProcessForm form, BindingResult result) {
		form.check(result);
		return result.hasErrors();
	}

	private String form(ProcessForm form, StrategyProcess process, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("process", process);
		model.addAttribute("phases", Phase.values());
		return "strategy/process-form";
	}

	private StrategyProcess find(long id) {
		return processes.find(id).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

}
