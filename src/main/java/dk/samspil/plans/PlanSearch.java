package dk.samspil.plans;

import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;

import dk.samspil.search.SearchEntry;
import dk.samspil.search.SearchIndex;
import dk.samspil.search.Visibility;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes each plan version and each of its sections findable, in the transaction that
 * writes them. Plans are read by everyone signed in (their pages need a login), so they
 * are found by everyone signed in.
 */
@Component
class PlanSearch {

	static final String KIND = "plan-section";

	static final String VERSION_KIND = "plan-version";

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Plans plans;

	private final SearchIndex index;

	PlanSearch(ApplicationEventPublisher events, Clock clock, Plans plans, SearchIndex index) {
		this.events = events;
		this.clock = clock;
		this.plans = plans;
		this.index = index;
	}

	/**
	 * The version as a whole (its note and table of contents, so that "version 3" or a
	 * heading finds it) and every section with its text.
	 */
	void published(String planTitle, Version version, List<Section> sections) {
		String contents = sections.stream()
			.map(section -> (section.number() + " " + section.heading()).strip())
			.collect(Collectors.joining("\n"));
		events.publishEvent(new SearchEntry(VERSION_KIND, String.valueOf(version.id()), null, Visibility.MEMBERS,
				"%s, version %d".formatted(planTitle, version.number()),
				(version.note() == null ? "" : version.note() + "\n\n") + contents, List.of(), version.createdAt(),
				"/plans/%d/versions/%d".formatted(version.planId(), version.number()), clock.instant()));
		for (Section section : sections) {
			events.publishEvent(new SearchEntry(KIND, version.id() + "-" + section.anchor(), null, Visibility.MEMBERS,
					"%s, version %d: %s %s".formatted(planTitle, version.number(), section.number(), section.heading())
						.strip(),
					section.body(), List.of(), version.createdAt(),
					"/plans/%d/versions/%d#%s".formatted(version.planId(), version.number(), section.anchor()),
					clock.instant()));
		}
	}

	/**
	 * Versions written before a version was found as a whole are indexed once, when the
	 * index holds none.
	 */
	@EventListener(ApplicationReadyEvent.class)
	@Transactional
	void indexEarlierVersions() {
		if (index.holdsAny(VERSION_KIND)) {
			return;
		}
		for (Plan plan : plans.findAll()) {
			plans.versions(plan.id())
				.forEach(version -> published(plan.title(), version, plans.sections(version.id())));
		}
	}

}
