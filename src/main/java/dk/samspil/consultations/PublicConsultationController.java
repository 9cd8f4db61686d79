package dk.samspil.consultations;

import java.time.Clock;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import dk.samspil.accounts.ClientNetwork;
import dk.samspil.files.AcceptedFiles;
import dk.samspil.files.Downloads;
import dk.samspil.files.FileNames;
import dk.samspil.files.Pdfs;
import dk.samspil.rules.Refusal;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * The public side of a consultation: the text by section, the response form, the receipt
 * and withdrawal.
 */
@Controller
class PublicConsultationController {

	private final Consultations consultations;

	private final Responses responses;

	private final ResponseIntake intake;

	private final Clock clock;

	private final Pdfs pdfs;

	private final PrivacyNotice privacy;

	PublicConsultationController(Consultations consultations, Responses responses, ResponseIntake intake, Clock clock,
			Pdfs pdfs, PrivacyNotice privacy) {
		this.clock = clock;
		this.pdfs = pdfs;
		this.privacy = privacy;
		this.consultations = consultations;
		this.responses = responses;
		this.intake = intake;
	}

	@GetMapping("/consultations")
	String consultations(Model model) {
		LocalDate today = today();
		List<Consultation> all = consultations.findAll();
		model.addAttribute("open", all.stream().filter(c -> !c.isLate(today)).toList());
		model.addAttribute("ended", all.stream().filter(c -> c.isLate(today)).toList());
		model.addAttribute("today", today);
		return "consultations/consultations";
	}

	@GetMapping("/consultations/{id}")
	String consultation(@PathVariable long id, Model model) {
		Consultation consultation = find(id);
		model.addAttribute("consultation", consultation);
		model.addAttribute("sections", consultations.sections(id));
		model.addAttribute("today", today());
		return "consultations/consultation";
	}

	/**
	 * The consulted document as one PDF, to read offline, print or keep: the same
	 * sections as the page.
	 */
	@GetMapping("/consultations/{id}/document.pdf")
	ResponseEntity<byte[]> document(@PathVariable long id, Locale locale) {
		Consultation consultation = find(id);
		byte[] pdf = pdfs.pdf("consultations/document-pdf",
				Map.of("consultation", consultation, "sections", consultations.sections(id)), locale);
		return Downloads.pdf(FileNames.safe(consultation.title()) + ".pdf", pdf);
	}

	@GetMapping("/consultations/{id}/respond")
	String form(@PathVariable long id, @RequestParam(required = false) String section, Model model) {
		return showForm(find(id), ResponseForm.empty(section), model);
	}

	@PostMapping("/consultations/{id}/respond")
	String respond(@PathVariable long id, @Valid @ModelAttribute("form") ResponseForm form, BindingResult result,
			@RequestParam(name = "files", required = false) List<MultipartFile> files, HttpServletRequest request,
			Locale locale, Model model) throws IOException {
		Consultation consultation = find(id);
		if (form.filledInByARobot()) {
			return "redirect:/consultations/" + id;
		}
		if (result.hasErrors()) {
			return showForm(consultation, form, model);
		}
		try {
			ResponseIntake.Receipt receipt = intake.submit(consultation, form, uploads(files),
					ClientNetwork.of(request.getRemoteAddr()),
					ServletUriComponentsBuilder.fromContextPath(request).toUriString(), locale);
			return "redirect:/consultations/responses/" + receipt.withdrawToken();
		}
		catch (Refusal refused) {
			refused.rejectOn(result);
			return showForm(consultation, form, model);
		}
	}

	@GetMapping("/consultations/responses/{token}")
	String receipt(@PathVariable String token, Model model) {
		Response response = responses.byWithdrawToken(token).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
		model.addAttribute("response", response);
		model.addAttribute("consultation", find(response.consultationId()));
		model.addAttribute("token", token);
		model.addAttribute("mailedTo", responses.receiptMailedTo(response.id()).orElse(null));
		return "consultations/receipt";
	}

	@PostMapping("/consultations/responses/{token}/withdraw")
	String withdraw(@PathVariable String token) {
		Response response = responses.byWithdrawToken(token).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
		intake.withdraw(response);
		return "redirect:/consultations/responses/" + token;
	}

	private String showForm(Consultation consultation, ResponseForm form, Model model) {
		model.addAttribute("consultation", consultation);
		model.addAttribute("sections", consultations.sections(consultation.id()));
		model.addAttribute("form", form);
		model.addAttribute("late", consultation.isLate(today()));
		model.addAttribute("idea", !consultation.hasStarted(today()) && consultation.inIdeaPhase(today()));
		model.addAttribute("maxFiles", ResponseIntake.MAX_FILES);
		model.addAttribute("privacy", privacy);
		return "consultations/respond";
	}

	/**
	 * Reads the files, but refuses too many or too large ones before any of them is read
	 * into memory.
	 */
	private static List<NewResponse.Upload> uploads(List<MultipartFile> files) throws IOException {
		List<MultipartFile> sent = files == null ? List.of() : files.stream().filter(f -> !f.isEmpty()).toList();
		if (sent.size() > ResponseIntake.MAX_FILES) {
			throw new Refusal("consultations.attachment.tooMany", ResponseIntake.MAX_FILES);
		}
		List<NewResponse.Upload> uploads = new ArrayList<>();
		for (MultipartFile file : sent) {
			if (AcceptedFiles.CONSULTATION_RESPONSE.tooLarge(file.getSize())) {
				throw new Refusal("consultations.attachment.tooLarge", FileNames.safe(file.getOriginalFilename()),
						AcceptedFiles.CONSULTATION_RESPONSE.maxSize().toMegabytes());
			}
			uploads.add(new NewResponse.Upload(file.getOriginalFilename(), file.getContentType(), file.getBytes()));
		}
		return uploads;
	}

	private Consultation find(long id) {
		return consultations.find(id).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

}
