package dk.samspil.meetings;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dk.samspil.accounts.SignedInUser;
import dk.samspil.groups.GroupDirectory;
import dk.samspil.groups.GroupId;
import dk.samspil.groups.GroupInfo;

import org.springframework.stereotype.Component;

/**
 * The meetings' published view of agenda items for other modules: which items a person
 * may read, so that work can be cited where a group prepares its decisions and read by
 * those who read the agenda, without any other module touching the meetings' tables.
 */
@Component
public class AgendaItemLookup {

	private final AgendaItems items;

	private final Meetings meetings;

	private final GroupAccess access;

	private final GroupDirectory groups;

	private final Clock clock;

	AgendaItemLookup(AgendaItems items, Meetings meetings, GroupAccess access, GroupDirectory groups, Clock clock) {
		this.items = items;
		this.meetings = meetings;
		this.access = access;
		this.groups = groups;
		this.clock = clock;
	}

	/**
	 * The item, if {@code user} may read it (a member of its group, or the secretariat)
	 * and it is on a meeting's agenda.
	 */
	public Optional<AgendaItemRef> readable(SignedInUser user, long id) {
		return items.find(id)
			.filter(item -> item.meetingId() != null && access.reads(user, item.group()))
			.flatMap(item -> meetings.find(item.meetingId()).map(meeting -> ref(item, meeting)));
	}

	/**
	 * The item, if {@code user} may read it and something may still be cited in it: its
	 * meeting is not cancelled, and the item was neither deferred nor moved on.
	 */
	public Optional<AgendaItemRef> citable(SignedInUser user, long id) {
		return items.find(id)
			.filter(item -> item.meetingId() != null && item.status() != ItemStatus.DEFERRED
					&& access.reads(user, item.group()))
			.flatMap(item -> meetings.find(item.meetingId())
				.filter(meeting -> !meeting.cancelled())
				.map(meeting -> ref(item, meeting)));
	}

	/**
	 * The items proposed or accepted for the coming meetings of the groups {@code user}
	 * reads, soonest meeting first, at most {@code limit}. A run's page asks on every
	 * view, so this is a few queries, not a few per meeting.
	 */
	public List<AgendaItemRef> citable(SignedInUser user, int limit) {
		Map<GroupId, String> names = groups.names();
		List<GroupId> readable = user.isSecretariat() ? List.copyOf(names.keySet()) : access.groupsOf(user);
		List<Meeting> coming = meetings.upcoming(readable, clock.instant(), limit);
		Map<Long, List<AgendaItem>> byMeeting = items.ofMeetings(coming.stream().map(Meeting::id).toList())
			.stream()
			.filter(item -> item.status() != ItemStatus.DEFERRED)
			.collect(Collectors.groupingBy(AgendaItem::meetingId));
		return coming.stream()
			.flatMap(meeting -> byMeeting.getOrDefault(meeting.id(), List.of())
				.stream()
				.map(item -> new AgendaItemRef(item.id(), item.group(), names.getOrDefault(item.group(), ""),
						item.title(), meeting.title(), meeting.startsAt(),
						"/meetings/" + meeting.id() + "#item-" + item.id())))
			.limit(limit)
			.toList();
	}

	/**
	 * Of the items {@code ids}, those an API caller reading {@code groups} reads: the API
	 * shows an item of these groups once it is accepted on a published agenda, never
	 * before. One query.
	 */
	public Set<Long> readableIn(Collection<Long> ids, Collection<GroupId> groups) {
		return Set.copyOf(items.publishedAmongGroups(ids, groups));
	}

	private AgendaItemRef ref(AgendaItem item, Meeting meeting) {
		String groupName = groups.find(item.group()).map(GroupInfo::name).orElse("");
		return new AgendaItemRef(item.id(), item.group(), groupName, item.title(), meeting.title(), meeting.startsAt(),
				"/meetings/" + meeting.id() + "#item-" + item.id());
	}

}
