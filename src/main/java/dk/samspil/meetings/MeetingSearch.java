package dk.samspil.meetings;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import dk.samspil.groups.ThemeId;
import dk.samspil.search.SearchEntry;
import dk.samspil.search.SearchEntryRemoved;
import dk.samspil.search.Visibility;
import dk.samspil.time.DanishTime;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Tells the search what the meetings hold. Everything of a group's meetings is private to
 * the group, so every entry is published with {@link Visibility#GROUP}; the search shows
 * it to the group's members and the secretariat only.
 */
@Component
class MeetingSearch {

	private final ApplicationEventPublisher events;

	private final AgendaItems items;

	private final Clock clock;

	MeetingSearch(ApplicationEventPublisher events, AgendaItems items, Clock clock) {
		this.clock = clock;
		this.events = events;
		this.items = items;
	}

	/**
	 * An item is dated by its meeting. An item of a cancelled meeting is dated by the
	 * cancellation instead, so that its hit no longer shows a day ahead as if the meeting
	 * were still coming; it still leads to the meeting's page, which says that the
	 * meeting is cancelled.
	 */
	void item(AgendaItem item, Meeting meeting) {
		Instant date = meeting == null ? clock.instant()
				: meeting.cancelled() ? meeting.cancellation().at() : meeting.startsAt();
		String url = "/items/" + item.id();
		events.publishEvent(new SearchEntry("agenda-item", String.valueOf(item.id()), item.group(), Visibility.GROUP,
				item.title(), item.description(), items.themes(item.id()), date, url, clock.instant()));
	}

	/**
	 * A cancelled meeting's items are dated anew, and minutes saved empty before it was
	 * cancelled are not found.
	 */
	void cancelled(Meeting meeting, List<AgendaItem> items) {
		items.forEach(item -> item(item, meeting));
		events.publishEvent(new SearchEntryRemoved("minutes", String.valueOf(meeting.id())));
	}

	void minutes(Meeting meeting, List<AgendaItem> agenda) {
		StringBuilder text = new StringBuilder();
		for (AgendaItem item : agenda) {
			text.append(item.title())
				.append('\n')
				.append(item.discussion())
				.append('\n')
				.append(item.outcome())
				.append("\n\n");
		}
		List<ThemeId> themes = agenda.stream().flatMap(item -> items.themes(item.id()).stream()).distinct().toList();
		events.publishEvent(new SearchEntry("minutes", String.valueOf(meeting.id()), meeting.group(), Visibility.GROUP,
				meeting.title(), text.toString().strip(), themes, meeting.startsAt(),
				"/meetings/" + meeting.id() + "/minutes", clock.instant()));
	}

	void decision(Decision decision, String title) {
		List<ThemeId> themes = decision.itemId() == null ? List.of() : items.themes(decision.itemId());
		events
			.publishEvent(new SearchEntry("decision", String.valueOf(decision.id()), decision.group(), Visibility.GROUP,
					title, decision.text(), themes, decision.decidedOn().atStartOfDay(DanishTime.ZONE).toInstant(),
					"/decisions/" + decision.id(), clock.instant()));
	}

}
