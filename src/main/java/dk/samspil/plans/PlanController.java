package dk.samspil.plans;

import java.util.Locale;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import dk.samspil.accounts.SignedInUser;
import dk.samspil.consultations.ConsultationDesk;
import dk.samspil.groups.GroupDirectory;
import dk.samspil.groups.GroupId;
import dk.samspil.time.Written;
import dk.samspil.consultations.ResponseTrail;
import dk.samspil.rules.FieldRefusal;
import dk.samspil.rules.Refusal;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * The plans, their versions, sections and comparisons, and opening a consultation on a
 * version.
 */
@Controller
class PlanController {

	private final MessageSource messages;

	private final Plans plans;

	private final PlanBook book;

	private final PlanPage page;

	private final ConsultationDesk desk;

	private final GroupDirectory groups;

	PlanController(Plans plans, PlanBook book, PlanPage page, ConsultationDesk desk, GroupDirectory groups,
			MessageSource messages) {
		this.messages = messages;
		this.groups = groups;
		this.plans = plans;
		this.book = book;
		this.page = page;
		this.desk = desk;
	}

	@GetMapping("/plans")
	String list(Model model) {
		model.addAttribute("plans", plans.findAll());
		model.addAttribute("form", PlanForms.NewPlan.empty());
		model.addAttribute("groups", groups.all().stream().filter(g -> !g.closed()).toList());
		return "plans/plans";
	}

	@PostMapping("/plans")
	@PreAuthorize("hasRole('SECRETARIAT')")
	String create(@Valid @ModelAttribute("form") PlanForms.NewPlan form, BindingResult result,
			@RequestParam(required = false) MultipartFile file, @AuthenticationPrincipal SignedInUser user, Model model,
			RedirectAttributes flash, Locale locale) throws IOException {
		String text = text(form.text(), file, result, model, locale);
		if (result.hasErrors() || text == null) {
			return plans(model);
		}
		long id;
		try {
			id = book.create(form.title(), text, form.ownerGroup() == null ? null : new GroupId(form.ownerGroup()),
					user.personId());
		}
		catch (FieldRefusal refused) {
			refused.rejectOn(result);
			return plans(model);
		}
		flash.addFlashAttribute("done",
				messages.getMessage("plans.done.created", new Object[] { form.title().strip() }, locale));
		return "redirect:/plans/" + id;
	}

	/** The list of plans with the form for a new one, as it was filled in. */
	private String plans(Model model) {
		model.addAttribute("plans", plans.findAll());
		model.addAttribute("groups", groups.all().stream().filter(g -> !g.closed()).toList());
		return "plans/plans";
	}

	@GetMapping("/plans/{id}")
	String plan(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		return page.show(find(id), user, model);
	}

	@PostMapping("/plans/{id}/versions")
	@PreAuthorize("hasRole('SECRETARIAT')")
	String addVersion(@PathVariable long id, @Valid @ModelAttribute("versionForm") PlanForms.NewVersion form,
			BindingResult result, @RequestParam(required = false) MultipartFile file,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes flash, Locale locale)
			throws IOException {
		Plan plan = find(id);
		String text = text(form.text(), file, result, model, locale);
		if (result.hasErrors() || text == null) {
			return page.show(plan, user, model);
		}
		Version version;
		try {
			version = book.addVersion(id, form.basedOn(), form.note(), text, user.personId());
		}
		catch (Refusal refused) {
			// What was typed stays in the form; the page names the newer version to
			// compare with.
			refused.rejectOn(result);
			return page.show(plan, user, model);
		}
		flash.addFlashAttribute("done",
				messages.getMessage("plans.done.versionAdded", new Object[] { version.number() }, locale));
		return "redirect:/plans/" + id + "/versions/" + version.number() + "/compare";
	}

	@GetMapping("/plans/{id}/versions/{number}")
	String version(@PathVariable long id, @PathVariable int number, Model model) {
		Plan plan = find(id);
		Version version = version(id, number);
		List<ResponseTrail> trail = plans.versions(id)
			.stream()
			.flatMap(v -> desk.trail(PlanBook.SUBJECT, v.id()).stream())
			.toList();
		model.addAttribute("plan", plan);
		model.addAttribute("version", version);
		List<Section> sections = plans.sections(version.id());
		Map<String, List<ResponseTrail>> trails = new HashMap<>();
		sections.forEach(s -> trails.put(s.anchor(), trail.stream().filter(t -> t.concerns(s.anchor())).toList()));
		model.addAttribute("sections", sections);
		model.addAttribute("trails", trails);
		model.addAttribute("consultations", desk.consultationsOf(PlanBook.SUBJECT, version.id()));
		return "plans/version";
	}

	@GetMapping("/plans/{id}/versions/{number}/compare")
	String compare(@PathVariable long id, @PathVariable int number, Model model) {
		Plan plan = find(id);
		Version version = version(id, number);
		List<Section> before = number > 1 ? plans.sections(version(id, number - 1).id()) : List.of();
		VersionComparison comparison = VersionComparison.of(before, plans.sections(version.id()));
		model.addAttribute("plan", plan);
		model.addAttribute("version", version);
		model.addAttribute("comparison", comparison);
		model.addAttribute("changed",
				comparison.count(VersionComparison.Change.CHANGED) + comparison.count(VersionComparison.Change.ADDED)
						+ comparison.count(VersionComparison.Change.REMOVED));
		return "plans/compare";
	}

	@PostMapping("/plans/{id}/versions/{number}/consultation")
	@PreAuthorize("hasRole('SECRETARIAT')")
	String openConsultation(@PathVariable long id, @PathVariable int number,
			@Valid @ModelAttribute("consultationForm") PlanForms.OpenConsultation form, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes flash, Locale locale) {
		Plan plan = find(id);
		Version version = version(id, number);
		if (!result.hasErrors()) {
			try {
				book.openConsultation(plan, version, form.startsOn(), form.endsOn(), form.minorChange(),
						form.ideaDeadline(), user.personId());
				flash.addFlashAttribute("done",
						messages.getMessage("plans.done.consultationOpened", new Object[] { number,
								Written.in(locale).date(form.startsOn()), Written.in(locale).date(form.endsOn()) },
								locale));
				return "redirect:/plans/" + id;
			}
			catch (Refusal refused) {
				refused.rejectOn(result);
			}
		}
		model.addAttribute("consultationVersion", number);
		return page.show(plan, user, model);
	}

	/**
	 * The text typed or uploaded; null when the file is refused, with the reason beside
	 * the file field and the rest of the form kept.
	 */
	private String text(String typed, MultipartFile file, BindingResult result, Model model, Locale locale)
			throws IOException {
		try {
			return PlanForms.text(typed, file, result);
		}
		catch (Refusal refused) {
			model.addAttribute("fileError",
					messages.getMessage(refused.messageKey(), refused.arguments(locale), locale));
			return null;
		}
	}

	private Plan find(long id) {
		return plans.find(id).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
	}

	private Version version(long id, int number) {
		return plans.version(id, number).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
	}

}
