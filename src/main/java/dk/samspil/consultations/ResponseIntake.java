package dk.samspil.consultations;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import dk.samspil.files.AcceptedFiles;
import dk.samspil.files.FileNames;
import dk.samspil.files.Upload;
import dk.samspil.notifications.Mail;
import dk.samspil.notifications.Postbox;
import dk.samspil.rules.Refusal;
import dk.samspil.search.SearchEntryRemoved;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes in a response: one transaction stores it, its attachments, its receipt mail and
 * its event, and commits durably before anyone sees the receipt number. A response after
 * the deadline is kept and marked late. Responses are limited per client network
 * ({@link dk.samspil.accounts.ClientNetwork}: an IPv4 address, an IPv6 /64), which is all
 * that is stored of where a response came from.
 */
@Component
class ResponseIntake {

	private final Responses responses;

	private final Postbox postbox;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	/**
	 * At most this many attachments to one response, each at most as large as
	 * {@link AcceptedFiles#CONSULTATION_RESPONSE} accepts.
	 */
	static final int MAX_FILES = 5;

	private final Clock clock;

	private final int maxPerAddress;

	private final Duration window;

	ResponseIntake(Responses responses, Postbox postbox, ApplicationEventPublisher events, MessageSource messages,
			@Value("${samspil.consultations.max-responses-per-address:30}") int maxPerAddress,
			@Value("${samspil.consultations.rate-window:10m}") Duration window, Clock clock) {
		this.responses = responses;
		this.postbox = postbox;
		this.events = events;
		this.messages = messages;
		this.clock = clock;
		this.maxPerAddress = maxPerAddress;
		this.window = window;
	}

	record Receipt(Response response, String withdrawToken) {
	}

	@Transactional
	public Receipt submit(Consultation consultation, ResponseForm form, List<NewResponse.Upload> uploads,
			String clientNetwork, String baseUrl, Locale locale) {
		// The embedded database is started with asynchronous commits; an acknowledged
		// response must survive a crash,
		// so the first statement also makes this transaction's commit synchronous.
		var before = responses.beforeStoring(form.formToken(), clientNetwork, clock.instant().minus(window),
				maxPerAddress, consultation.id());
		if (before.existing() != null) {
			var existing = responses.find(before.existing()).orElseThrow();
			return new Receipt(existing, responses.withdrawToken(existing.id()));
		}
		LocalDate today = LocalDate.now(clock);
		Response.Kind kind = consultation.takes(today);
		if (clientNetwork != null && before.recent() >= maxPerAddress) {
			throw new Refusal("consultations.refused.tooMany");
		}
		Set<String> known = Set.copyOf(before.anchors());
		List<String> anchors = form.sections().stream().filter(known::contains).distinct().toList();
		String postcode = form.postcode().strip();
		NewResponse response = new NewResponse(form.formToken(), form.name().strip(),
				ResponseForm.blankToNull(form.email()), postcode,
				Postcodes.municipality(postcode).map(Object::toString).orElse(null),
				ResponseForm.blankToNull(form.organisation()), anchors, form.body().strip(), checked(uploads),
				clientNetwork);
		String withdrawToken = UUID.randomUUID().toString().replace("-", "");
		Responses.Stored stored = responses.store(consultation.id(), response, consultation.isLate(today),
				withdrawToken, kind);
		if (!stored.isNew()) {
			return new Receipt(stored.response(), responses.withdrawToken(stored.response().id()));
		}
		Response saved = stored.response();
		if (saved.email() != null) {
			postbox
				.post(receiptMail(consultation, saved, baseUrl + "/consultations/responses/" + withdrawToken, locale));
			responses.receiptMailed(saved.id(), saved.email());
		}
		if (saved.isIdea()) {
			// An idea is not a consultation response: it is processed and summed up
			// apart, and announced to nobody.
			return new Receipt(saved, withdrawToken);
		}
		events.publishEvent(new ResponseReceived(consultation.consultationId(), consultation.subjectKind(),
				consultation.subjectId(), saved.receipt(), anchors, saved.late()));
		return new Receipt(saved, withdrawToken);
	}

	@Transactional
	public void withdraw(Response response) {
		responses.withdraw(response.id());
		events.publishEvent(new SearchEntryRemoved(ConsultationSearch.RESPONSE_KIND, String.valueOf(response.id())));
	}

	private static List<NewResponse.Upload> checked(List<NewResponse.Upload> uploads) {
		List<NewResponse.Upload> accepted = new ArrayList<>();
		if (uploads.size() > MAX_FILES) {
			throw new Refusal("consultations.attachment.tooMany", MAX_FILES);
		}
		for (NewResponse.Upload upload : uploads) {
			if (AcceptedFiles.CONSULTATION_RESPONSE.tooLarge(upload.content().length)) {
				throw new Refusal("consultations.attachment.tooLarge", upload.filename(),
						AcceptedFiles.CONSULTATION_RESPONSE.maxSize().toMegabytes());
			}
			Upload checked = AcceptedFiles.CONSULTATION_RESPONSE.check(upload.filename(), upload.content())
				.orElseThrow(() -> new Refusal("consultations.attachment.refused", FileNames.safe(upload.filename())));
			accepted.add(new NewResponse.Upload(checked.filename(), checked.contentType(), checked.content()));
		}
		return accepted;
	}

	private Mail receiptMail(Consultation consultation, Response response, String withdrawLink, Locale locale) {
		Object[] args = { response.receipt(), consultation.title(), withdrawLink };
		String kind = response.isIdea() ? "consultations.mail.idea." : "consultations.mail.";
		String body = messages.getMessage(kind + "body", args, locale);
		if (response.late()) {
			body = messages.getMessage("consultations.mail.late", null, locale) + "\n\n" + body;
		}
		return new Mail(response.email(), messages.getMessage(kind + "subject", args, locale), body);
	}

}
