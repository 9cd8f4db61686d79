package dk.samspil.meetings;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Objects;
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
 * The meetings' published view of decisions for other modules: which decisions a person
 * may read, so that work can be cited in them and read by those who read the decision,
 * without any other module touching the meetings' tables.
 */
@Component
public class DecisionLookup {

	private final Decisions decisions;

	private final DecisionDesk desk;

	private final GroupAccess access;

	private final GroupDirectory groups;

	DecisionLookup(Decisions decisions, DecisionDesk desk, GroupAccess access, GroupDirectory groups) {
		this.decisions = decisions;
		this.desk = desk;
		this.access = access;
		this.groups = groups;
	}

	/**
	 * The decision, if {@code user} may read it (a member of its group, or the
	 * secretariat).
	 */
	public Optional<DecisionRef> readable(SignedInUser user, long id) {
		return decisions.find(id).filter(d -> access.reads(user, d.group())).map(this::ref);
	}

	/**
	 * Of the decisions {@code ids}, those {@code user} may read, in the order asked: a
	 * few queries however many there are, since a run's page lists those citing it on
	 * every view.
	 */
	public List<DecisionRef> readable(SignedInUser user, List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Predicate<GroupId> reads = access.reader(user);
		Map<Long, Decisions.Titled> found = decisions.titled(ids)
			.stream()
			.filter(d -> reads.test(d.decision().group()))
			.collect(Collectors.toMap(d -> d.decision().id(), Function.identity()));
		if (found.isEmpty()) {
			return List.of();
		}
		Map<GroupId, String> names = groups.names();
		return ids.stream().distinct().map(found::get).filter(Objects::nonNull).map(d -> ref(d, names)).toList();
	}

	/**
	 * The decisions in force that {@code user} may read, newest first, at most
	 * {@code limit}. A run's page asks on every view, so this is a few queries, not a few
	 * per group.
	 */
	public List<DecisionRef> citable(SignedInUser user, int limit) {
		Map<GroupId, String> names = groups.names();
		List<GroupId> readable = user.isSecretariat() ? List.copyOf(names.keySet()) : access.groupsOf(user);
		return decisions.inForceOf(readable, limit).stream().map(d -> ref(d, names)).toList();
	}

	/**
	 * Of the decisions {@code ids}, those an API caller reading {@code groups} reads:
	 * those of these groups, as the API's own decisions are, in one query.
	 */
	public Set<Long> readableIn(Collection<Long> ids, Collection<GroupId> groups) {
		return Set.copyOf(decisions.amongGroups(ids, groups));
	}

	/**
	 * The newest decision in force of the group with {@code slug}, for demo data that
	 * cites one.
	 */
	public Optional<DecisionRef> newestOf(String slug) {
		return groups.findBySlug(slug)
			.flatMap(g -> decisions.ofGroup(g.id(), 20).stream().filter(Decision::inForce).findFirst())
			.map(this::ref);
	}

	private static DecisionRef ref(Decisions.Titled titled, Map<GroupId, String> names) {
		Decision d = titled.decision();
		return new DecisionRef(d.id(), d.group(), names.getOrDefault(d.group(), ""), titled.title(), d.decidedOn(),
				"/decisions/" + d.id());
	}

	private DecisionRef ref(Decision decision) {
		String groupName = groups.find(decision.group()).map(GroupInfo::name).orElse("");
		return new DecisionRef(decision.id(), decision.group(), groupName, desk.title(decision), decision.decidedOn(),
				"/decisions/" + decision.id());
	}

}
