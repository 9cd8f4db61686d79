package dk.samspil.consultations;

import dk.samspil.accounts.PersonId;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Saves an official's processing, on one response or on every response of its campaign group. */
@Component
class ProcessingDesk {

	private final Responses responses;

	private final Campaigns campaigns;

	ProcessingDesk(Responses responses, Campaigns campaigns) {
		this.responses = responses;
		this.campaigns = campaigns;
	}

	@Transactional
	public void process(Response response, ProcessingForm form) {
		Processing processing = new Processing(form.summary(), form.comment(), form.outcome(), form.changeText(),
				form.changeAnchor(), form.assignedTo(), form.caseworker(),
				form.theme(), null);
		if (Boolean.TRUE.equals(form.wholeGroup())) {
			campaigns.groupOf(response).members().forEach(member -> responses.process(member.id(), processing));
		}
		else {
			responses.process(response.id(), processing);
		}
	}
}
