package dk.samspil.consultations;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import dk.samspil.api.ApiPage;
import dk.samspil.api.Paged;
import dk.samspil.region.Region;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * The public consultations, the same for every caller, as on /consultations: their
 * periods and status, and the consultation memo once the secretariat has published it,
 * with citizens named only by their receipt number, as in the public memo.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Consultations")
class ConsultationApi {

	/**
	 * Where a consultation stands today: before it (UPCOMING), taking ideas (IDEA_PHASE,
	 * Planloven § 23 c), taking responses (OPEN), or over (CLOSED).
	 */
	enum Status {

		UPCOMING, IDEA_PHASE, OPEN, CLOSED

	}

	record ConsultationView(long id, String title, LocalDate startsOn, LocalDate endsOn, boolean minorChange,
			LocalDate ideaDeadline, Status status, boolean memoPublished, String url, MemoView memo) {
	}

	/** The public memo: per municipality (null: from outside the region) its entries. */
	record MemoView(Instant publishedAt, int responses, Map<Outcome, Long> outcomes, List<PartView> parts) {
	}

	record PartView(String municipality, String municipalityName, int responses, List<Memo.Entry> entries) {
	}

	private final Consultations consultations;

	private final Responses responses;

	private final Region region;

	private final MessageSource messages;

	private final Clock clock;

	ConsultationApi(Consultations consultations, Responses responses, Region region, MessageSource messages,
			Clock clock) {
		this.consultations = consultations;
		this.responses = responses;
		this.region = region;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/consultations")
	@Operation(summary = "Public consultations, with their status (without the memo)")
	Paged<ConsultationView> list(@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "" + ApiPage.DEFAULT_SIZE) int size) {
		ApiPage asked = ApiPage.of(page, size);
		LocalDate today = LocalDate.now(clock);
		return Paged.of(consultations.findAll().stream().map(c -> view(c, today, null)).toList(), asked);
	}

	@GetMapping("/consultations/{id}")
	@Operation(summary = "One consultation, with the public memo once it is published")
	ConsultationView one(@PathVariable long id, Locale locale) {
		Consultation consultation = consultations.find(id)
			.orElseThrow(() -> new ResponseStatusException(NOT_FOUND, "There is no such consultation."));
		return view(consultation, LocalDate.now(clock),
				consultation.memoPublished() ? memo(consultation, locale) : null);
	}

	private MemoView memo(Consultation consultation, Locale locale) {
		Memo memo = Memo.of(consultation, consultations.sections(consultation.id()), region.municipalities(),
				responses.ofConsultation(consultation.id()), false, Memo.Words.in(messages, locale), false);
		List<PartView> parts = memo.parts()
			.stream()
			.filter(part -> part.responses() > 0)
			.map(part -> new PartView(part.municipality() == null ? null : part.municipality().code().value(),
					part.municipality() == null ? null : part.municipality().name(), part.responses(), part.entries()))
			.toList();
		return new MemoView(consultation.memoPublishedAt(), memo.responses(), memo.outcomes(), parts);
	}

	private static ConsultationView view(Consultation c, LocalDate today, MemoView memo) {
		ConsultationPeriod period = c.period();
		return new ConsultationView(c.id(), c.title(), period.startsOn(), period.endsOn(), period.minorChange(),
				period.ideaDeadline(), status(c, today), c.memoPublished(), "/consultations/" + c.id(), memo);
	}

	private static Status status(Consultation c, LocalDate today) {
		if (c.isLate(today)) {
			return Status.CLOSED;
		}
		if (c.hasStarted(today)) {
			return Status.OPEN;
		}
		return c.inIdeaPhase(today) ? Status.IDEA_PHASE : Status.UPCOMING;
	}

}
