package dk.samspil.strategy;

import dk.samspil.time.DanishTime;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;

import dk.samspil.accounts.Accounts;
import dk.samspil.accounts.PersonSummary;
import dk.samspil.accounts.SignedInUser;

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

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * Opening a round, its page (who has voted, never how, until the close), closing,
 * reopening and naming voters.
 */
@Controller
class RoundController {

	private final Rounds rounds;

	private final Processes processes;

	private final Topics topics;

	private final RoundDesk desk;

	private final RoundPage page;

	private final Accounts accounts;

	private final Names names;

	private final Clock clock;

	RoundController(Rounds rounds, Processes processes, Topics topics, RoundDesk desk, RoundPage page,
			Accounts accounts, Names names, Clock clock) {
		this.rounds = rounds;
		this.processes = processes;
		this.topics = topics;
		this.desk = desk;
		this.page = page;
		this.accounts = accounts;
		this.names = names;
		this.clock = clock;
	}

	@GetMapping("/strategy/{id}/rounds/new")
	@PreAuthorize("hasRole('SECRETARIAT')")
	String openForm(@PathVariable long id, Model model) {
		return form(process(id), RoundForm.empty(desk.defaultDeadline()), model);
	}

	@PostMapping("/strategy/{id}/rounds")
	@PreAuthorize("hasRole('SECRETARIAT')")
	String open(@PathVariable long id, @Valid @ModelAttribute("form") RoundForm form, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model) {
		StrategyProcess process = process(id);
		form.check(result, clock.instant());
		if (result.hasErrors()) {
			return form(process, form, model);
		}
		RoundId round = desk.open(
				process.id(), new RoundDesk.Opening(form.title(), Method.valueOf(form.method()),
						Weighting.valueOf(form.weighting()), form.deadlineInstant(), form.remind(), form.topicIds()),
				user.personId());
		return "redirect:/strategy/rounds/" + round.value();
	}

	@GetMapping("/strategy/rounds/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model, Locale locale) {
		page.fill(round(id), user, model, locale);
		return "strategy/round";
	}

	@PostMapping("/strategy/rounds/{id}/close")
	@PreAuthorize("hasRole('SECRETARIAT')")
	String close(@PathVariable long id, @AuthenticationPrincipal SignedInUser user) {
		desk.close(round(id).id(), user.personId());
		return "redirect:/strategy/rounds/" + id;
	}

	@PostMapping("/strategy/rounds/{id}/reopen")
	@PreAuthorize("hasRole('SECRETARIAT')")
	String reopen(@PathVariable long id, @RequestParam(defaultValue = "") String reason,
			@RequestParam(defaultValue = "") String deadline, @AuthenticationPrincipal SignedInUser user) {
		Round round = round(id);
		LocalDate day = ProcessForm.parse(deadline);
		Instant end = day == null ? null : day.plusDays(1).atStartOfDay(DanishTime.ZONE).toInstant();
		desk.reopen(round.id(), reason, end, user.personId());
		return "redirect:/strategy/rounds/" + id;
	}

	@GetMapping("/strategy/rounds/{id}/voters")
	@PreAuthorize("hasRole('SECRETARIAT')")
	String votersForm(@PathVariable long id, Model model) {
		Round round = round(id);
		model.addAttribute("round", round);
		model.addAttribute("process", processes.find(round.process().value()).orElseThrow());
		model.addAttribute("voters", rounds.voters(id).values().stream().flatMap(List::stream).toList());
		Map<String, List<PersonSummary>> people = new LinkedHashMap<>();
		names.municipalities().keySet().forEach(code -> people.put(code, new ArrayList<>()));
		accounts.active()
			.stream()
			.filter(p -> p.municipality() != null && people.containsKey(p.municipality().value()))
			.forEach(p -> people.get(p.municipality().value()).add(p));
		model.addAttribute("people", people);
		model.addAttribute("municipalityNames", names.municipalities());
		return "strategy/voters";
	}

	@PostMapping("/strategy/rounds/{id}/voters")
	@PreAuthorize("hasRole('SECRETARIAT')")
	String nameVoters(@PathVariable long id, @ModelAttribute VotersForm form) {
		Round round = round(id);
		desk.name(round.id(), form.byMunicipality());
		return "redirect:/strategy/rounds/" + id + "#voters-heading";
	}

	private String form(StrategyProcess process, RoundForm form, Model model) {
		model.addAttribute("process", process);
		model.addAttribute("form", form);
		model.addAttribute("topicChoices", topics.ofProcess(process.id()).stream().filter(Topic::isOpen).toList());
		model.addAttribute("methods", Method.values());
		model.addAttribute("weightings", Weighting.values());
		return "strategy/round-form";
	}

	private StrategyProcess process(long id) {
		return processes.find(id).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
	}

	private Round round(long id) {
		return rounds.find(id).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
	}

}
