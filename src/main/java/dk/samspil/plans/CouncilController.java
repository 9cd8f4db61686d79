package dk.samspil.plans;

import java.util.Locale;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import dk.samspil.accounts.SignedInUser;
import dk.samspil.rules.Refusal;

import org.springframework.context.MessageSource;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * The plan's path through the seven councils: decisions, objections, reconciling
 * versions, and the audit log.
 */
@Controller
class CouncilController {

	private final Plans plans;

	private final PlanBook book;

	private final PlanPage page;

	private final AuditLog auditLog;

	private final MessageSource messages;

	CouncilController(Plans plans, PlanBook book, PlanPage page, AuditLog auditLog, MessageSource messages) {
		this.messages = messages;
		this.auditLog = auditLog;
		this.plans = plans;
		this.book = book;
		this.page = page;
	}

	@PostMapping("/plans/{id}/steps")
	@PreAuthorize("hasAnyRole('SECRETARIAT', 'COUNCIL_SECRETARY')")
	String recordStep(@PathVariable long id, @Valid @ModelAttribute("stepForm") PlanForms.RecordStep form,
			BindingResult result, @AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes flash,
			Locale locale) {
		Plan plan = find(id);
		if (result.hasErrors()) {
			return page.show(plan, user, model);
		}
		Version version = plans.version(id, form.version()).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
		try {
			book.recordStep(user, plan, version, form.municipalityCode(), form.body(), form.meetingDate(),
					form.decision(), form.dissent(), form.minutesUrl());
		}
		catch (Refusal refused) {
			refused.rejectOn(result);
			return page.show(plan, user, model);
		}
		flash.addFlashAttribute("done", message("plans.done.recorded", locale));
		return "redirect:/plans/" + id + "#paths";
	}

	@PostMapping("/plans/{id}/steps/{step}/withdraw")
	@PreAuthorize("hasAnyRole('SECRETARIAT', 'COUNCIL_SECRETARY')")
	String withdrawStep(@PathVariable long id, @PathVariable long step,
			@Valid @ModelAttribute("changeForm") PlanForms.ChangeStep form, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, RedirectAttributes flash, Locale locale) {
		Plan plan = find(id);
		if (result.hasFieldErrors("reason")) {
			return refused(id, flash, message("plans.refused.reason", locale));
		}
		book.withdrawStep(user, plan, step, form.reason());
		flash.addFlashAttribute("done", message("plans.done.withdrawn", locale));
		return "redirect:/plans/" + id + "#steps";
	}

	@PostMapping("/plans/{id}/steps/{step}/correct")
	@PreAuthorize("hasAnyRole('SECRETARIAT', 'COUNCIL_SECRETARY')")
	String correctStep(@PathVariable long id, @PathVariable long step,
			@Valid @ModelAttribute("changeForm") PlanForms.ChangeStep form, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, RedirectAttributes flash, Locale locale) {
		Plan plan = find(id);
		if (result.hasErrors() || form.meetingDate() == null || form.decision() == null) {
			return refused(id, flash, message("plans.refused.correction", locale));
		}
		book.correctStep(user, plan, step, form.meetingDate(), form.decision(), form.reason());
		flash.addFlashAttribute("done", message("plans.done.corrected", locale));
		return "redirect:/plans/" + id + "#steps";
	}

	@PostMapping("/plans/{id}/versions/{number}/proceed")
	@PreAuthorize("hasRole('SECRETARIAT')")
	String proceed(@PathVariable long id, @PathVariable int number,
			@Valid @ModelAttribute("proceedForm") PlanForms.Proceed form, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes flash, Locale locale) {
		Plan plan = find(id);
		Version version = plans.version(id, number).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
		if (!result.hasErrors()) {
			try {
				book.recordProceed(plan, version, form.reason(), user.personId());
				flash.addFlashAttribute("done", message("plans.done.proceed", locale));
				return "redirect:/plans/" + id + "#readiness";
			}
			catch (Refusal refused) {
				refused.rejectOn(result);
			}
		}
		return page.show(plan, user, model);
	}

	@PostMapping("/plans/{id}/objections")
	@PreAuthorize("hasRole('SECRETARIAT')")
	String raiseObjection(@PathVariable long id, @Valid @ModelAttribute("objectionForm") PlanForms.RaiseObjection form,
			BindingResult result, @AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes flash,
			Locale locale) {
		Plan plan = find(id);
		if (result.hasErrors()) {
			return page.show(plan, user, model);
		}
		book.raiseObjection(plan, form.paragraph(), form.raisedBy(), form.raisedOn(), form.details(), user.personId());
		flash.addFlashAttribute("done", messages.getMessage("plans.done.objectionRaised", null, locale));
		return "redirect:/plans/" + id + "#objections";
	}

	@PostMapping("/plans/{id}/objections/{objection}/lift")
	@PreAuthorize("hasRole('SECRETARIAT')")
	String liftObjection(@PathVariable long id, @PathVariable long objection,
			@AuthenticationPrincipal SignedInUser user, RedirectAttributes flash, Locale locale) {
		book.liftObjection(find(id), objection, user.personId());
		flash.addFlashAttribute("done", messages.getMessage("plans.done.objectionLifted", null, locale));
		return "redirect:/plans/" + id + "#objections";
	}

	@PostMapping("/plans/{id}/reconcile")
	@PreAuthorize("hasRole('SECRETARIAT')")
	String reconcile(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, RedirectAttributes flash,
			Locale locale) {
		book.reconcile(find(id), user.personId());
		flash.addFlashAttribute("done", messages.getMessage("plans.done.reconciled", null, locale));
		return "redirect:/plans/" + id + "#paths";
	}

	@GetMapping("/plans/{id}/audit")
	String audit(@PathVariable long id, Model model, Locale locale) {
		model.addAttribute("plan", find(id));
		model.addAttribute("entries", auditLog.lines(id, locale));
		return "plans/audit";
	}

	private String refused(long id, RedirectAttributes flash, String why) {
		flash.addFlashAttribute("refused", why);
		return "redirect:/plans/" + id + "#steps";
	}

	private String message(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

	private Plan find(long id) {
		return plans.find(id).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
	}

}
