package dk.samspil.consultations;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What a citizen is told before sending personal data (GDPR art. 13): who is data
 * controller, whom to write to, and how long the data is kept. Set per installation,
 * since the product is not tied to one collaboration.
 */
@Component
class PrivacyNotice {

	private final String controller;

	private final String contact;

	private final int retentionDays;

	PrivacyNotice(@Value("${samspil.consultations.data-controller}") String controller,
			@Value("${samspil.consultations.data-controller-contact:}") String contact,
			// the same period after which PersonalDataRetention erases, counted from
			// final
			// adoption
			@Value("${samspil.plans.personal-data-retention-days:365}") int retentionDays) {
		this.controller = controller;
		this.contact = contact;
		this.retentionDays = retentionDays;
	}

	public String controller() {
		return controller;
	}

	/** An e-mail address or a web page; blank when none is set. */
	public String contact() {
		return contact;
	}

	public int retentionDays() {
		return retentionDays;
	}

}
