package dk.samspil.plans;

import dk.samspil.consultations.ConsultationClosed;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Writes the end of a consultation on one of the plan's versions into the plan's audit
 * log.
 */
@Component
class ConsultationEvents {

	private final Plans plans;

	private final Councils councils;

	ConsultationEvents(Plans plans, Councils councils) {
		this.plans = plans;
		this.councils = councils;
	}

	@ApplicationModuleListener
	void on(ConsultationClosed closed) {
		if (!PlanBook.SUBJECT.equals(closed.subjectKind())) {
			return;
		}
		plans.versionById(closed.subjectId())
			.ifPresent(version -> councils.audit(version.planId(), null, "consultation.closed", null,
					AuditText.of().version(version.number()).count("responses", closed.responses()).toString()));
	}

}
