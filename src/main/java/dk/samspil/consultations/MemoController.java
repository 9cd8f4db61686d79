package dk.samspil.consultations;

import java.io.IOException;
import java.util.Locale;

import dk.samspil.region.Region;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/** The consultation memo: the public version (citizens redacted) for everyone, the internal one for officials. */
@Controller
class MemoController {

	private final Consultations consultations;

	private final Responses responses;

	private final Region region;

	private final MessageSource messages;

	MemoController(Consultations consultations, Responses responses, Region region, MessageSource messages) {
		this.consultations = consultations;
		this.responses = responses;
		this.region = region;
		this.messages = messages;
	}

	@GetMapping("/consultations/{id}/memo")
	ResponseEntity<String> publicMemo(@PathVariable long id, Locale locale) {
		return html(memo(id, false, locale), locale);
	}

	@GetMapping("/consultations/{id}/memo.pdf")
	ResponseEntity<byte[]> publicPdf(@PathVariable long id, Locale locale) throws IOException {
		return pdf(memo(id, false, locale), locale, "hoeringsnotat-" + id + ".pdf");
	}

	@GetMapping("/processing/{id}/memo")
	@PreAuthorize("hasAnyRole('SECRETARIAT', 'MEMBER')")
	ResponseEntity<String> internalMemo(@PathVariable long id, Locale locale) {
		return html(memo(id, true, locale), locale);
	}

	@GetMapping("/processing/{id}/memo.pdf")
	@PreAuthorize("hasAnyRole('SECRETARIAT', 'MEMBER')")
	ResponseEntity<byte[]> internalPdf(@PathVariable long id, Locale locale) throws IOException {
		return pdf(memo(id, true, locale), locale, "hoeringsnotat-internt-" + id + ".pdf");
	}

	private Memo memo(long id, boolean internal, Locale locale) {
		Consultation consultation = consultations.find(id).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
		return Memo.of(consultation, consultations.sections(id), region.municipalities(), responses.ofConsultation(id),
				internal, messages.getMessage("consultations.memo.citizen", null, locale));
	}

	private ResponseEntity<String> html(Memo memo, Locale locale) {
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
			.body(MemoDocument.html(memo, messages, locale));
	}

	private ResponseEntity<byte[]> pdf(Memo memo, Locale locale, String filename) throws IOException {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(filename).build().toString())
			.body(MemoDocument.pdf(memo, messages, locale));
	}
}
