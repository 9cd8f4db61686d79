package dk.samspil.goals;

import static org.springframework.http.HttpStatus.NOT_FOUND;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dk.samspil.accounts.PersonId;
import dk.samspil.accounts.SignedInUser;
import dk.samspil.files.AcceptedFiles;
import dk.samspil.files.Downloads;
import dk.samspil.files.FileNames;
import dk.samspil.files.Upload;
import dk.samspil.region.MunicipalityCode;
import dk.samspil.rules.FieldRefusal;
import dk.samspil.rules.Refusal;
import jakarta.validation.Valid;

/**
 * Reporting, correcting and importing a goal's figures, the import template, and naming
 * who reports.
 */
@Controller
class FigureController {

	/**
	 * The rows with errors a refused file lists at most, and then how many more: a file
	 * of half a million bad rows made a page of 27 MB in 10 s. The import's help text
	 * ({@code goals.import.help}) names the number.
	 */
	static final int SHOWN_ERRORS = 50;

	private final FigureDesk desk;

	private final FigurePanel panel;

	private final Figures figures;

	private final MessageSource messages;

	FigureController(FigureDesk desk, FigurePanel panel, Figures figures, MessageSource messages) {
		this.desk = desk;
		this.panel = panel;
		this.figures = figures;
		this.messages = messages;
	}

	@PostMapping("/goals/{id}/figures")
	String report(@PathVariable long id, @Valid @ModelAttribute("reportForm") ReportForm form, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, Locale locale, RedirectAttributes redirect) {
		Goal goal = found(id);
		if (!result.hasErrors()) {
			try {
				desk.report(goal, form, reporter(user));
				redirect.addFlashAttribute("done", messages.getMessage("goals.figures.saved", null, locale));
				return "redirect:/goals/" + id + "#figures";
			}
			catch (FieldRefusal ex) {
				// someone not named for the municipality is refused at the top of the
				// page (by the advice), not next to a field they may lack
				ex.rejectOn(result);
			}
		}
		return panel.show(goal, user, model, locale);
	}

	@PostMapping("/goals/{id}/figures/{figureId}/correction")
	String correct(@PathVariable long id, @PathVariable long figureId,
			@Valid @ModelAttribute("correction") CorrectionForm form, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, Locale locale, RedirectAttributes redirect) {
		Goal goal = found(id);
		Figure figure = figures.find(figureId)
			.filter(f -> f.goal().equals(goal.id()))
			.orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
		if (!result.hasErrors()) {
			try {
				desk.correct(goal, figure, form.value(), form.reason(), reporter(user));
				redirect.addFlashAttribute("done", messages.getMessage("goals.figures.corrected", null, locale));
				return "redirect:/goals/" + id + "#figures";
			}
			catch (FieldRefusal ex) {
				ex.rejectOn(result);
			}
		}
		model.addAttribute("correcting", figureId);
		model.addAttribute("correctionErrors",
				result.getFieldErrors()
					.stream()
					.collect(Collectors.toMap(FieldError::getField, e -> messages.getMessage(e, locale), (a, b) -> a)));
		return panel.show(goal, user, model, locale);
	}

	@PostMapping("/goals/{id}/figures/import")
	String importFile(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
			@AuthenticationPrincipal SignedInUser user, Model model, Locale locale, RedirectAttributes redirect)
			throws IOException {
		Goal goal = found(id);
		Upload upload = accepted(file, model, locale);
		if (upload == null) {
			return panel.show(goal, user, model, locale);
		}
		try {
			int stored = desk.importFile(goal, upload.content(), reporter(user));
			redirect.addFlashAttribute("done",
					messages.getMessage("goals.import.stored", new Object[] { stored }, locale));
			return "redirect:/goals/" + id + "#figures";
		}
		catch (FigureImport.Refused ex) {
			List<String> errors = new ArrayList<>(ex.errors()
				.stream()
				.limit(SHOWN_ERRORS)
				.map(e -> messages.getMessage("goals.import.row",
						new Object[] { e.line(), e.refusal().reason(messages, locale) }, locale))
				.toList());
			if (ex.errors().size() > SHOWN_ERRORS) {
				errors.add(messages.getMessage("goals.import.more", new Object[] { ex.errors().size() - SHOWN_ERRORS },
						locale));
			}
			model.addAttribute("importErrors", errors);
		}
		catch (Refusal ex) {
			model.addAttribute("importErrors", List.of(ex.reason(messages, locale)));
		}
		return panel.show(goal, user, model, locale);
	}

	/**
	 * The file if it is one of figures; null when it is refused, with the reason beside
	 * the file field.
	 */
	private Upload accepted(MultipartFile file, Model model, Locale locale) throws IOException {
		if (file == null || file.isEmpty()) {
			return refused(model, locale, "goals.import.empty");
		}
		if (AcceptedFiles.GOAL_FIGURES.tooLarge(file.getSize())) {
			return refused(model, locale, "goals.import.tooLarge",
					AcceptedFiles.GOAL_FIGURES.maxSize().toBytes() / 1000);
		}
		String name = FileNames.safe(file.getOriginalFilename());
		return AcceptedFiles.GOAL_FIGURES.check(name, file.getBytes())
			.orElseGet(() -> refused(model, locale, "goals.import.type", name));
	}

	private Upload refused(Model model, Locale locale, String messageKey, Object... arguments) {
		model.addAttribute("importFileError", messages.getMessage(messageKey, arguments, locale));
		return null;
	}

	/**
	 * A template to fill in: one row per municipality the person reports for and period,
	 * in Danish Excel's dialect.
	 */
	@GetMapping("/goals/{id}/figures/template.csv")
	ResponseEntity<byte[]> template(@PathVariable long id, @AuthenticationPrincipal SignedInUser user) {
		Goal goal = found(id);
		Reporter reporter = reporter(user);
		StringBuilder csv = new StringBuilder("\ufeffkommunekode;kommune;opland;periode;værdi\r\n");
		var names = new HashMap<MunicipalityCode, String>();
		desk.municipalities().forEach(m -> names.put(m.code(), m.name()));
		for (MunicipalityCode m : desk.reportsFor(reporter, goal)) {
			List<String> catchments = goal.splitByCatchment() ? List.copyOf(goal.catchmentsOf(m)) : List.of("");
			for (String catchment : catchments) {
				csv.append(m.value())
					.append(';')
					.append(names.getOrDefault(m, ""))
					.append(';')
					.append(catchment)
					.append(';')
					.append(desk.nextPeriod(goal))
					.append(";\r\n");
			}
		}
		return Downloads.attachment("maal-" + id + "-skabelon.csv", "text/csv;charset=UTF-8",
				csv.toString().getBytes(StandardCharsets.UTF_8));
	}

	@PostMapping("/goals/{id}/responsible")
	@PreAuthorize("hasRole('SECRETARIAT')")
	String nameResponsible(@PathVariable long id, @RequestParam(defaultValue = "") String municipality,
			@RequestParam(defaultValue = "0") long person) {
		desk.nameResponsible(found(id), municipality, new PersonId(person));
		return "redirect:/goals/" + id + "#responsible";
	}

	@PostMapping("/goals/{id}/responsible/remove")
	@PreAuthorize("hasRole('SECRETARIAT')")
	String removeResponsible(@PathVariable long id, @RequestParam(defaultValue = "") String municipality,
			@RequestParam(defaultValue = "0") long person) {
		desk.removeResponsible(found(id), municipality, new PersonId(person));
		return "redirect:/goals/" + id + "#responsible";
	}

	private static Reporter reporter(SignedInUser user) {
		return new Reporter(user.personId(), user.isSecretariat());
	}

	private Goal found(long id) {
		return desk.goals().find(new GoalId(id)).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
	}

}
