package dk.samspil.consultations;

import java.time.Clock;
import java.time.Instant;

import dk.samspil.accounts.PersonId;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saves an official's processing, on one response or on every response of its campaign group, and writes down what
 * changed in the {@link ProcessingLog}.
 */
@Component
class ProcessingDesk {

	private final Responses responses;

	private final Campaigns campaigns;

	private final ProcessingLog log;

	private final Clock clock;

	ProcessingDesk(Responses responses, Campaigns campaigns, ProcessingLog log, Clock clock) {
		this.responses = responses;
		this.campaigns = campaigns;
		this.log = log;
		this.clock = clock;
	}

	@Transactional
	/** {@code mayOpen} keeps a whole-campaign save to the responses the person may process. */
	public void process(Response response, ProcessingForm form, PersonId by,
			java.util.function.Predicate<Response> mayOpen) {
		Processing processing = new Processing(form.summary(), form.comment(), form.outcome(), form.changeText(),
				form.changeAnchor(), form.assignedTo(), form.caseworker(),
				form.theme(), null);
		Instant now = clock.instant();
		var members = Boolean.TRUE.equals(form.wholeGroup())
				? campaigns.groupOf(response).members().stream().filter(mayOpen).toList() : java.util.List.of(response);
		for (Response member : members) {
			log.record(member, processing, by, now);
			responses.process(member.id(), processing);
		}
	}
}
