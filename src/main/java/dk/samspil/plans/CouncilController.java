package dk.samspil.plans;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.validation.Valid;

import dk.samspil.accounts.Accounts;
import dk.samspil.accounts.PersonId;
import dk.samspil.accounts.SignedInUser;
import dk.samspil.time.DanishTime;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/** The plan's path through the seven councils: decisions, objections, reconciling versions, and the audit log. */
@Controller
class CouncilController {

	private final Plans plans;

	private final Councils councils;

	private final PlanBook book;

	private final PlanPage page;

	private final Accounts accounts;

	CouncilController(Plans plans, Councils councils, PlanBook book, PlanPage page, Accounts accounts) {
		this.accounts = accounts;
		this.plans = plans;
		this.councils = councils;
		this.book = book;
		this.page = page;
	}

	@PostMapping("/plans/{id}/steps")
	@PreAuthorize("hasAnyRole('SECRETARIAT', 'COUNCIL_SECRETARY')")
	String recordStep(@PathVariable long id, @Valid @ModelAttribute("stepForm") PlanForms.RecordStep form,
			BindingResult result, @AuthenticationPrincipal SignedInUser user, Model model) {
		Plan plan = find(id);
		if (result.hasErrors()) {
			return page.show(plan, user, model);
		}
		Version version = plans.version(id, form.version())
			.orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
		book.recordStep(user, plan, version, form.municipalityCode(), form.body(), form.meetingDate(),
				form.decision(), form.dissent(), form.minutesUrl());
		return "redirect:/plans/" + id + "#paths";
	}

	@PostMapping("/plans/{id}/objections")
	@PreAuthorize("hasRole('SECRETARIAT')")
	String raiseObjection(@PathVariable long id,
			@Valid @ModelAttribute("objectionForm") PlanForms.RaiseObjection form, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model) {
		Plan plan = find(id);
		if (result.hasErrors()) {
			return page.show(plan, user, model);
		}
		book.raiseObjection(plan, form.paragraph(), form.raisedBy(), form.raisedOn(), form.details(),
				user.personId());
		return "redirect:/plans/" + id + "#objections";
	}

	@PostMapping("/plans/{id}/objections/{objection}/lift")
	@PreAuthorize("hasRole('SECRETARIAT')")
	String liftObjection(@PathVariable long id, @PathVariable long objection,
			@AuthenticationPrincipal SignedInUser user) {
		book.liftObjection(find(id), objection, user.personId());
		return "redirect:/plans/" + id + "#objections";
	}

	@PostMapping("/plans/{id}/reconcile")
	@PreAuthorize("hasRole('SECRETARIAT')")
	String reconcile(@PathVariable long id, @AuthenticationPrincipal SignedInUser user) {
		book.reconcile(find(id), user.personId());
		return "redirect:/plans/" + id + "#paths";
	}

	@GetMapping("/plans/{id}/audit")
	String audit(@PathVariable long id, Model model) {
		model.addAttribute("plan", find(id));
		List<AuditEntry> entries = councils.auditLog(id);
		Map<PersonId, String> names = new HashMap<>();
		accounts.findAll(entries.stream().map(AuditEntry::personId).filter(Objects::nonNull).distinct().toList())
			.forEach(p -> names.put(p.id(), p.displayName()));
		model.addAttribute("entries", entries);
		model.addAttribute("names", names);
		model.addAttribute("zone", DanishTime.ZONE);
		return "plans/audit";
	}

	private Plan find(long id) {
		return plans.find(id).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
	}
}
