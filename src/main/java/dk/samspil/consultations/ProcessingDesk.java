package dk.samspil.consultations;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Predicate;

import dk.samspil.accounts.Accounts;
import dk.samspil.accounts.PersonId;
import dk.samspil.rules.FieldRefusal;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saves an official's processing, on one response or on every response of its campaign
 * group, and writes down what changed in the {@link ProcessingLog}.
 */
@Component
class ProcessingDesk {

	private final Responses responses;

	private final Campaigns campaigns;

	private final ProcessingLog log;

	private final Clock clock;

	private final ConsultationSearch search;

	private final Accounts accounts;

	ProcessingDesk(Responses responses, Campaigns campaigns, ProcessingLog log, Clock clock, ConsultationSearch search,
			Accounts accounts) {
		this.accounts = accounts;
		this.responses = responses;
		this.campaigns = campaigns;
		this.log = log;
		this.clock = clock;
		this.search = search;
	}

	/**
	 * Saves the processing of the response (and, when asked, of its whole campaign),
	 * unless someone saved the response's processing after the form was opened: then
	 * nothing is saved and the response as it is now is returned, to be shown beside what
	 * was typed. A form without a version is treated as outdated. {@code mayOpen} keeps a
	 * whole-campaign save to the responses the person may process. A caseworker who is
	 * nobody is refused beside the field ({@code caseworker}).
	 */
	@Transactional
	public Optional<Response> process(Response response, ProcessingForm form, PersonId by,
			Predicate<Response> mayOpen) {
		Processing processing = form.processing();
		PersonId caseworker = processing.routing().caseworker();
		if (caseworker != null && accounts.find(caseworker).isEmpty()) {
			throw new FieldRefusal("caseworker", "consultations.caseworker.unknown");
		}
		if (form.version() == null || !responses.process(response.id(), processing, form.version())) {
			return responses.find(response.id());
		}
		Instant now = clock.instant();
		log.record(response, processing, by, now);
		search.response(response.id());
		if (Boolean.TRUE.equals(form.wholeGroup())) {
			for (Response member : campaigns.groupOf(response).members()) {
				if (member.id() != response.id() && mayOpen.test(member)) {
					log.record(member, processing, by, now);
					responses.process(member.id(), processing, null);
					search.response(member.id());
				}
			}
		}
		return Optional.empty();
	}

}
