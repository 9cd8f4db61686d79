package dk.samspil.consultations;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dk.samspil.accounts.SignedInUser;
import dk.samspil.files.Downloads;
import dk.samspil.files.Pdfs;
import dk.samspil.groups.GroupDirectory;
import dk.samspil.groups.GroupInfo;
import dk.samspil.region.Region;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * The consultation memo: the public version (citizens redacted) for everyone, the
 * internal one for officials.
 */
@Controller
class MemoController {

	private final Consultations consultations;

	private final Responses responses;

	private final Region region;

	private final MessageSource messages;

	private final ProcessingAccess access;

	private static final String TEMPLATE = "consultations/memo";

	private final SecretariatDesk secretariat;

	private final Pdfs pdfs;

	private final GroupDirectory groups;

	private final Clock clock;

	MemoController(Consultations consultations, Responses responses, Region region, MessageSource messages,
			ProcessingAccess access, SecretariatDesk secretariat, Pdfs pdfs, GroupDirectory groups, Clock clock) {
		this.pdfs = pdfs;
		this.groups = groups;
		this.clock = clock;
		this.access = access;
		this.secretariat = secretariat;
		this.consultations = consultations;
		this.responses = responses;
		this.region = region;
		this.messages = messages;
	}

	/**
	 * Public only once the secretariat has published it; before that it does not exist
	 * for visitors.
	 */
	@GetMapping("/consultations/{id}/memo")
	ResponseEntity<String> publicMemo(@PathVariable long id, Locale locale) {
		return html(memo(published(id), false, false, false, locale), locale);
	}

	@GetMapping("/consultations/{id}/memo.pdf")
	ResponseEntity<byte[]> publicPdf(@PathVariable long id, Locale locale) throws IOException {
		return pdf(memo(published(id), false, false, false, locale), locale, "hoeringsnotat-" + id + ".pdf");
	}

	/**
	 * The internal memo for the consultation's caseworkers; anyone else gets the
	 * processed, pseudonymised one.
	 */
	@GetMapping("/processing/{id}/memo")
	@PreAuthorize("hasAnyRole('SECRETARIAT', 'MEMBER')")
	ResponseEntity<String> internalMemo(@PathVariable long id, @AuthenticationPrincipal SignedInUser user,
			@RequestParam(defaultValue = "false") boolean ideas, Locale locale) {
		boolean internal = access.of(user, id).all();
		return html(memo(find(id), internal, !internal, ideas, locale), locale);
	}

	@GetMapping("/processing/{id}/memo.pdf")
	@PreAuthorize("hasAnyRole('SECRETARIAT', 'MEMBER')")
	ResponseEntity<byte[]> internalPdf(@PathVariable long id, @AuthenticationPrincipal SignedInUser user,
			@RequestParam(defaultValue = "false") boolean ideas, Locale locale) throws IOException {
		boolean internal = access.of(user, id).all();
		return pdf(memo(find(id), internal, !internal, ideas, locale), locale,
				(ideas ? "ideer-" : "") + (internal ? "hoeringsnotat-internt-" : "hoeringsnotat-") + id + ".pdf");
	}

	@PostMapping("/processing/{id}/memo/publish")
	@PreAuthorize("hasRole('SECRETARIAT')")
	String publish(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, RedirectAttributes flash,
			Locale locale) {
		find(id);
		secretariat.publishMemo(id, user.personId());
		flash.addFlashAttribute("done", messages.getMessage("consultations.memo.published", null, locale));
		return "redirect:/processing/" + id;
	}

	private Consultation find(long id) {
		return consultations.find(id).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
	}

	private Consultation published(long id) {
		return consultations.find(id)
			.filter(Consultation::memoPublished)
			.orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
	}

	/**
	 * {@code processedOnly}: the memo for those who may not see the work in progress,
	 * only what is done.
	 */
	private Memo memo(Consultation consultation, boolean internal, boolean processedOnly, boolean ideas,
			Locale locale) {
		List<Response> all = responses.ofConsultation(consultation.id());
		if (processedOnly) {
			all = all.stream().filter(r -> r.status() == Processing.Status.DONE).toList();
		}
		return Memo.of(consultation, consultations.sections(consultation.id()), region.municipalities(), all, internal,
				Memo.Words.in(messages, locale), ideas);
	}

	/** The page and the PDF come from the same template, so both say the same. */
	private ResponseEntity<String> html(Memo memo, Locale locale) {
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.body(pdfs.html(TEMPLATE, variables(memo, locale), locale));
	}

	private ResponseEntity<byte[]> pdf(Memo memo, Locale locale, String filename) {
		return Downloads.pdf(filename, pdfs.pdf(TEMPLATE, variables(memo, locale), locale));
	}

	/**
	 * The memo with its date (of publication, or today for a memo not yet published) and
	 * its sender: the group that owns the document, or else the secretariat.
	 */
	private Map<String, Object> variables(Memo memo, Locale locale) {
		Consultation consultation = memo.consultation();
		Object date = consultation.memoPublished() ? consultation.memoPublishedAt() : LocalDate.now(clock);
		String sender = consultation.ownerGroup() == null ? null
				: groups.find(consultation.ownerGroup()).map(GroupInfo::name).orElse(null);
		return Map.of("memo", memo, "date", date, "sender",
				sender != null ? sender : messages.getMessage("consultations.memo.secretariat", null, locale));
	}

}
