package dk.samspil.consultations;

import java.time.Clock;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dk.samspil.time.DanishTime;

/**
 * Erases the personal data of responses once the retention period after final adoption
 * has passed.
 */
@Component
class PersonalDataRetention {

	private static final Logger log = LoggerFactory.getLogger(PersonalDataRetention.class);

	private final Consultations consultations;

	private final Responses responses;

	private final Clock clock;

	PersonalDataRetention(Consultations consultations, Responses responses, Clock clock) {
		this.clock = clock;
		this.consultations = consultations;
		this.responses = responses;
	}

	@Scheduled(cron = "${samspil.consultations.erasure-cron:0 30 3 * * *}", zone = DanishTime.ZONE_ID)
	void nightly() {
		eraseDue(LocalDate.now(clock));
	}

	/** Returns how many responses lost their personal data. */
	@Transactional
	int eraseDue(LocalDate today) {
		int erased = 0;
		for (long consultation : consultations.dueForErasure(today)) {
			erased += responses.erasePersonalData(consultation);
		}
		if (erased > 0) {
			log.info("Erased the personal data of {} consultation responses", erased);
		}
		return erased;
	}

}
