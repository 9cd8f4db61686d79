package dk.samspil.meetings;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
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
	 * Of the items {@code ids}, those {@code user} may read (a member of its group, or
	 * the secretariat) that are on a meeting's agenda, in the order asked: a few queries
	 * however many there are, since a run's page lists those citing it on every view.
	 */
	public List<AgendaItemRef> readable(SignedInUser user, List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Predicate<GroupId> reads = access.reader(user);
		Map<Long, AgendaItem> found = items.findAll(ids)
			.stream()
			.filter(item -> item.meetingId() != null && reads.test(item.group()))
			.collect(Collectors.toMap(AgendaItem::id, Function.identity()));
		if (found.isEmpty()) {
			return List.of();
		}
		Map<Long, Meeting> meetingsOf = meetings.findAll(found.values().stream().map(AgendaItem::meetingId).toList())
			.stream()
			.collect(Collectors.toMap(Meeting::id, Function.identity()));
		Map<GroupId, String> names = groups.names();
		return ids.stream()
			.distinct()
			.map(found::get)
			.filter(item -> item != null && meetingsOf.containsKey(item.meetingId()))
			.map(item -> ref(item, meetingsOf.get(item.meetingId()), names.getOrDefault(item.group(), "")))
			.toList();
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
		return ref(item, meeting, groups.find(item.group()).map(GroupInfo::name).orElse(""));
	}

	private static AgendaItemRef ref(AgendaItem item, Meeting meeting, String groupName) {
		return new AgendaItemRef(item.id(), item.group(), groupName, item.title(), meeting.title(), meeting.startsAt(),
				"/meetings/" + meeting.id() + "#item-" + item.id());
	}

}
