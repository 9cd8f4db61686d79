package dk.samspil.plans;

import java.util.List;

import dk.samspil.search.SearchEntry;
import dk.samspil.search.Visibility;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Makes each section of a plan version findable, in the transaction that writes it. Plans
 * are read by everyone signed in (their pages need a login), so their sections are found
 * by everyone signed in.
 */
@Component
class PlanSearch {

	static final String KIND = "plan-section";

	private final ApplicationEventPublisher events;

	PlanSearch(ApplicationEventPublisher events) {
		this.events = events;
	}

	void published(String planTitle, Version version, List<Section> sections) {
		for (Section section : sections) {
			events.publishEvent(new SearchEntry(KIND, version.id() + "-" + section.anchor(), null, Visibility.MEMBERS,
					"%s, version %d: %s %s".formatted(planTitle, version.number(), section.number(), section.heading())
						.strip(),
					section.body(), List.of(), version.createdAt(),
					"/plans/%d/versions/%d#%s".formatted(version.planId(), version.number(), section.anchor())));
		}
	}

}
