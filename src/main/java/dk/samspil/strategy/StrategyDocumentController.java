package dk.samspil.strategy;

import jakarta.validation.Valid;

import dk.samspil.accounts.SignedInUser;
import dk.samspil.rules.Refusal;

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

/**
 * The strategy document: members read its versions; the secretariat writes the next one.
 */
@Controller
class StrategyDocumentController {

	private final Processes processes;

	private final StrategyDocuments documents;

	private final StrategyDocumentDesk desk;

	private final StrategyDocumentPage page;

	StrategyDocumentController(Processes processes, StrategyDocuments documents, StrategyDocumentDesk desk,
			StrategyDocumentPage page) {
		this.processes = processes;
		this.documents = documents;
		this.desk = desk;
		this.page = page;
	}

	@GetMapping("/strategy/{id}/document")
	String latest(@PathVariable long id, Model model) {
		StrategyProcess process = process(id);
		return page.show(process, documents.latest(process.id()).orElse(null), model);
	}

	@GetMapping("/strategy/{id}/document/versions/{number}")
	String version(@PathVariable long id, @PathVariable int number, Model model) {
		StrategyProcess process = process(id);
		return page.show(process,
				documents.version(process.id(), number).orElseThrow(() -> new ResponseStatusException(NOT_FOUND)),
				model);
	}

	@GetMapping("/strategy/{id}/document/edit")
	@PreAuthorize("hasRole('SECRETARIAT')")
	String edit(@PathVariable long id, Model model) {
		StrategyProcess process = process(id);
		int latest = documents.latest(process.id()).map(DocumentVersion::number).orElse(0);
		return page.form(process, DocumentForm.of(latest, desk.draft(process)), null, model);
	}

	@PostMapping("/strategy/{id}/document")
	@PreAuthorize("hasRole('SECRETARIAT')")
	String save(@PathVariable long id, @Valid @ModelAttribute("form") DocumentForm form, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model) {
		StrategyProcess process = process(id);
		if (result.hasErrors()) {
			model.addAttribute("damaged", damaged(result));
			return page.form(process, form, null, model);
		}
		try {
			int number = desk.save(process.id(), form.based(), form.note(), form.toSections(), user.personId());
			return "redirect:/strategy/" + id + "/document?saved=" + number;
		}
		catch (StrategyDocumentDesk.Outdated ex) {
			// nothing is overwritten: what was typed stays, shown beside the newer text,
			// and a save is now deliberate
			model.addAttribute("outdated", true);
			return page.form(process, form.over(ex.newer()), ex.newer(), model);
		}
		catch (Refusal ex) {
			ex.rejectOn(result);
			return page.form(process, form, null, model);
		}
	}

	@PostMapping("/strategy/{id}/document/versions/{number}/consultation")
	@PreAuthorize("hasRole('SECRETARIAT')")
	String consult(@PathVariable long id, @PathVariable int number,
			@Valid @ModelAttribute("consultationForm") ConsultationForm form, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model) {
		StrategyProcess process = process(id);
		DocumentVersion version = documents.version(process.id(), number)
			.orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
		if (!result.hasErrors()) {
			try {
				desk.putToConsultation(process.id(), number, form.startsOn(), form.endsOn(), user.personId());
				return "redirect:/strategy/" + id + "/document?consulted";
			}
			catch (Refusal refused) {
				// the strategy's rules, and the consultation's own period rules
				// (Planloven § 24) in its words
				refused.rejectOn(result);
			}
		}
		return page.show(process, version, model);
	}

	/**
	 * True when a field nobody types in (the version the form was based on, a section's
	 * topic) came back unreadable: there is no field to put the message next to, so the
	 * form says so above.
	 */
	private static boolean damaged(BindingResult result) {
		return result.getFieldErrors()
			.stream()
			.map(e -> e.getField())
			.anyMatch(f -> f.equals("basedOn") || f.equals("sections") || f.endsWith(".topic"));
	}

	private StrategyProcess process(long id) {
		return processes.find(id).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
	}

}
