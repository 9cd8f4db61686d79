package dk.samspil.consultations;

import java.util.Locale;
import java.util.Map;

import dk.samspil.files.Downloads;
import dk.samspil.files.Pdfs;
import dk.samspil.region.Region;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * The consultation memo: the public version (citizens redacted) for everyone, the internal one for officials. The
 * page and the PDF come from the same template, so both say the same.
 */
@Controller
class MemoController {

	private static final String TEMPLATE = "consultations/memo";

	private final Consultations consultations;

	private final Responses responses;

	private final Region region;

	private final MessageSource messages;

	private final Pdfs pdfs;

	MemoController(Consultations consultations, Responses responses, Region region, MessageSource messages,
			Pdfs pdfs) {
		this.consultations = consultations;
		this.responses = responses;
		this.region = region;
		this.messages = messages;
		this.pdfs = pdfs;
	}

	@GetMapping("/consultations/{id}/memo")
	String publicMemo(@PathVariable long id, Locale locale, Model model) {
		model.addAttribute("memo", memo(id, false, locale));
		return TEMPLATE;
	}

	@GetMapping("/consultations/{id}/memo.pdf")
	ResponseEntity<byte[]> publicPdf(@PathVariable long id, Locale locale) {
		return pdf(memo(id, false, locale), locale, "hoeringsnotat-" + id + ".pdf");
	}

	@GetMapping("/processing/{id}/memo")
	@PreAuthorize("hasAnyRole('SECRETARIAT', 'MEMBER')")
	String internalMemo(@PathVariable long id, Locale locale, Model model) {
		model.addAttribute("memo", memo(id, true, locale));
		return TEMPLATE;
	}

	@GetMapping("/processing/{id}/memo.pdf")
	@PreAuthorize("hasAnyRole('SECRETARIAT', 'MEMBER')")
	ResponseEntity<byte[]> internalPdf(@PathVariable long id, Locale locale) {
		return pdf(memo(id, true, locale), locale, "hoeringsnotat-internt-" + id + ".pdf");
	}

	private Memo memo(long id, boolean internal, Locale locale) {
		Consultation consultation = consultations.find(id).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
		return Memo.of(consultation, consultations.sections(id), region.municipalities(), responses.ofConsultation(id),
				internal, messages.getMessage("consultations.memo.citizen", null, locale));
	}

	private ResponseEntity<byte[]> pdf(Memo memo, Locale locale, String filename) {
		return Downloads.pdf(filename, pdfs.pdf(TEMPLATE, Map.of("memo", memo), locale));
	}
}
