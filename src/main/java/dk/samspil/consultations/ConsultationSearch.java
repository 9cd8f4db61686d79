package dk.samspil.consultations;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import dk.samspil.search.SearchEntry;
import dk.samspil.search.SearchEntryRemoved;
import dk.samspil.search.SearchIndex;
import dk.samspil.search.Visibility;
import dk.samspil.time.DanishTime;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * Tells the search about consultations and processed responses. A consultation is public,
 * like its page. A response holds a citizen's words, so it is found only by those who may
 * process it ({@link ProcessingAccess}), and only once processed: published for the
 * secretariat ({@link Visibility#GROUP} without a group) with the keys of its other
 * readers. The citizen's name, e-mail and postcode are not indexed, so erasing them
 * leaves nothing behind in the index.
 */
@Component
class ConsultationSearch {

	static final String KIND = "consultation";

	static final String RESPONSE_KIND = "consultation-response";

	private final ApplicationEventPublisher events;

	private final Consultations consultations;

	private final Responses responses;

	private final SearchIndex index;

	private final Clock clock;

	ConsultationSearch(ApplicationEventPublisher events, Consultations consultations, Responses responses,
			SearchIndex index, Clock clock) {
		this.events = events;
		this.consultations = consultations;
		this.responses = responses;
		this.index = index;
		this.clock = clock;
	}

	/** The consultation with the text it puts out, found by anyone as its page is. */
	void consultation(long id) {
		Consultation consultation = consultations.find(id).orElseThrow();
		String text = consultations.sections(id)
			.stream()
			.map(s -> (s.number() + " " + s.heading()).strip() + "\n" + plain(s.html()))
			.collect(Collectors.joining("\n\n"));
		events.publishEvent(new SearchEntry(KIND, String.valueOf(id), null, Visibility.PUBLIC, consultation.title(),
				text, List.of(), consultation.period().startsOn().atStartOfDay(DanishTime.ZONE).toInstant(),
				"/consultations/" + id, clock.instant()));
	}

	/**
	 * A response as it stands now: found once processed, and no longer once withdrawn or
	 * taken back into processing.
	 */
	void response(long id) {
		Response response = responses.find(id).orElseThrow();
		if (response.withdrawn() || response.status() != Processing.Status.DONE) {
			events.publishEvent(new SearchEntryRemoved(RESPONSE_KIND, String.valueOf(id)));
			return;
		}
		String title = consultations.find(response.consultationId()).map(Consultation::title).orElse("");
		String text = String.join("\n\n", present(response.summary(), response.comment(), response.changeText(),
				response.theme(), response.organisation(), response.body()));
		events.publishEvent(new SearchEntry(RESPONSE_KIND, String.valueOf(id), null, Visibility.GROUP,
				(response.receipt() + " " + title).strip(), text, List.of(), response.receivedAt(),
				"/processing/responses/" + id, clock.instant(), ProcessingAccess.readers(response)));
	}

	/**
	 * Consultations and processed responses from before they were searchable are indexed
	 * once, when the index holds none of them.
	 */
	@EventListener(ApplicationReadyEvent.class)
	@Transactional
	void indexEarlierOnes() {
		if (!index.holdsAny(KIND)) {
			consultations.findAll().forEach(c -> consultation(c.id()));
		}
		if (!index.holdsAny(RESPONSE_KIND)) {
			responses.processedIds().forEach(this::response);
		}
	}

	private static List<String> present(String... values) {
		return Arrays.stream(values).filter(v -> v != null && !v.isBlank()).toList();
	}

	/** The text of the consulted HTML, as a reader of the page sees it. */
	private static String plain(String html) {
		return HtmlUtils.htmlUnescape(html.replaceAll("<[^>]*>", " ")).replaceAll("[ \\t]+", " ").strip();
	}

}
