package dk.samspil.meetings;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import dk.samspil.accounts.Accounts;
import dk.samspil.accounts.PersonId;
import dk.samspil.accounts.PersonSummary;
import dk.samspil.accounts.SignedInUser;
import dk.samspil.groups.Theme;
import dk.samspil.groups.Themes;
import dk.samspil.region.MunicipalityCode;
import dk.samspil.region.Region;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the meeting pages share: finding a meeting the user may see or run, and the names
 * and lists they show.
 */
@Component
class MeetingPages {

	private final Meetings meetings;

	private final AgendaItems items;

	private final Decisions decisions;

	private final Tasks tasks;

	private final GroupAccess access;

	private final Accounts accounts;

	private final Themes themes;

	private final CancellationDesk cancellations;

	private final Region region;

	private final Clock clock;

	private final Citations citations;

	MeetingPages(Meetings meetings, AgendaItems items, Decisions decisions, Tasks tasks, GroupAccess access,
			Accounts accounts, Themes themes, CancellationDesk cancellations, Region region, Clock clock,
			Citations citations) {
		this.region = region;
		this.clock = clock;
		this.citations = citations;
		this.meetings = meetings;
		this.items = items;
		this.decisions = decisions;
		this.tasks = tasks;
		this.access = access;
		this.accounts = accounts;
		this.themes = themes;
		this.cancellations = cancellations;
	}

	Meeting readable(SignedInUser user, long id) {
		Meeting meeting = meetings.find(id).orElseThrow(GroupAccess::notFound);
		access.readable(user, meeting.group());
		return meeting;
	}

	Meeting managed(SignedInUser user, long id) {
		Meeting meeting = readable(user, id);
		access.managed(user, meeting.group());
		return meeting;
	}

	AgendaItem item(Meeting meeting, long itemId) {
		return items.find(itemId)
			.filter(item -> item.meetingId() != null && item.meetingId() == meeting.id())
			.orElseThrow(GroupAccess::notFound);
	}

	void meeting(Meeting meeting, SignedInUser user, Model model, Locale locale) {
		List<AgendaItem> all = items.ofMeeting(meeting.id());
		model.addAttribute("meeting", meeting);
		model.addAttribute("group", access.readable(user, meeting.group()));
		boolean manages = access.manages(user, meeting.group());
		// the chair's tools for the agenda, time and place, which a cancelled meeting no
		// longer takes
		model.addAttribute("arranges", manages && !meeting.cancelled());
		model.addAttribute("mayCancel", manages && cancellations.refusal(meeting, clock.instant()).isEmpty());
		model.addAttribute("takesProposals", meeting.takesProposals(clock.instant()));
		model.addAttribute("agenda", all.stream().filter(AgendaItem::accepted).toList());
		model.addAttribute("proposed", all.stream().filter(i -> i.status() == ItemStatus.PROPOSED).toList());
		model.addAttribute("deferred", all.stream().filter(i -> i.status() == ItemStatus.DEFERRED).toList());
		model.addAttribute("waiting", manages && !meeting.cancelled() ? items.waiting(meeting.group()) : List.of());
		model.addAttribute("full", all.size() >= AgendaItems.MAX_PER_MEETING);
		model.addAttribute("maxItems", AgendaItems.MAX_PER_MEETING);
		model.addAttribute("names", names(involved(meeting, all)));
		Map<Long, List<Theme>> itemThemes = new HashMap<>();
		Map<Long, List<Attachment.Summary>> attachments = new HashMap<>();
		for (AgendaItem item : all) {
			itemThemes.put(item.id(), themes.findAll(items.themes(item.id())));
			attachments.put(item.id(), items.attachments(item.id()));
		}
		model.addAttribute("itemThemes", itemThemes);
		model.addAttribute("attachments", attachments);
		model.addAttribute("origins", origins(all));
		// shown to whoever reads the meeting, which is who may read what is cited in it
		model.addAttribute("itemCitations", citations.ofItems(all.stream().map(AgendaItem::id).toList(), locale));
	}

	/** Who proposed the meeting's items, and who cancelled it. */
	private static List<PersonId> involved(Meeting meeting, List<AgendaItem> all) {
		List<PersonId> people = new ArrayList<>(all.stream().map(AgendaItem::proposedBy).toList());
		if (meeting.cancelled()) {
			people.add(meeting.cancellation().by());
		}
		return people;
	}

	/**
	 * For items escalated from another group: the item they came from, so the page can
	 * show the lineage.
	 */
	Map<Long, AgendaItem> origins(Collection<AgendaItem> all) {
		Map<Long, AgendaItem> origins = new HashMap<>();
		for (AgendaItem item : all) {
			if (item.escalatedFrom() != null) {
				items.find(item.escalatedFrom()).ifPresent(origin -> origins.put(item.id(), origin));
			}
		}
		return origins;
	}

	Map<PersonId, String> names(Collection<PersonId> people) {
		return accounts.findAll(people.stream().distinct().toList())
			.stream()
			.collect(Collectors.toMap(PersonSummary::id, PersonSummary::displayName));
	}

	/**
	 * Names with the municipality each person comes from, as minutes across
	 * municipalities list those who attended: "Anne Holm, Vejle".
	 */
	Map<PersonId, String> namesWithMunicipality(Collection<PersonId> people) {
		Map<MunicipalityCode, String> municipalities = region.names();
		Map<PersonId, String> names = new LinkedHashMap<>();
		for (PersonSummary person : accounts.findAll(people.stream().distinct().toList())) {
			String municipality = person.municipality() == null ? null : municipalities.get(person.municipality());
			names.put(person.id(),
					municipality == null ? person.displayName() : person.displayName() + ", " + municipality);
		}
		return names;
	}

	Map<Long, List<Decision>> decisionsOf(Collection<AgendaItem> agenda) {
		return agenda.stream().collect(Collectors.toMap(AgendaItem::id, item -> decisions.ofItem(item.id())));
	}

	Map<Long, List<Task>> tasksOf(Collection<AgendaItem> agenda) {
		return agenda.stream().collect(Collectors.toMap(AgendaItem::id, item -> tasks.ofItem(item.id())));
	}

}
