package dk.samspil.groups;

import java.text.Normalizer;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dk.samspil.accounts.PersonId;
import dk.samspil.kept.Kept;
import dk.samspil.kept.KeptTables;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The groups for other modules: who belongs to which group in which role, and starting
 * groups and adding members (the secretariat's tools, the demo data).
 */
@Component
public class GroupDirectory {

	/** Addresses under /groups/ that are pages, not groups. */
	private static final Set<String> RESERVED = Set.of("new");

	private final Groups groups;

	private final Kept<List<GroupInfo>> all;

	private final Kept<Map<PersonId, List<GroupId>>> memberships;

	GroupDirectory(Groups groups, KeptTables kept) {
		this.groups = groups;
		this.all = kept.keep(() -> groups.findAll().stream().map(Group::info).toList());
		this.memberships = kept.keep(groups::groupsOfEveryone);
	}

	public Optional<GroupInfo> find(GroupId id) {
		return groups.find(id.value()).map(Group::info);
	}

	public Optional<GroupInfo> findBySlug(String slug) {
		return groups.findBySlug(slug).map(Group::info);
	}

	/**
	 * Every group, by name: kept in memory, as pages that name groups ask for them every
	 * time.
	 */
	public List<GroupInfo> all() {
		return this.all.get();
	}

	/** Every group's name by its id, in one query, for pages that name many. */
	public Map<GroupId, String> names() {
		return all().stream().collect(Collectors.toMap(GroupInfo::id, GroupInfo::name));
	}

	/** The groups a person belongs to, in any role. */
	public List<GroupId> groupsOf(PersonId person) {
		return memberships.get().getOrDefault(person, List.of());
	}

	/** The groups any of these people belong to, in any role. */
	public List<GroupInfo> groupsOfAny(Collection<PersonId> people) {
		return groups.findOfAny(people).stream().map(Group::info).toList();
	}

	/** The members of a group with their roles, chair first. */
	public Map<PersonId, GroupRole> membersOf(GroupId group) {
		return groups.memberships(group.value());
	}

	public Optional<GroupRole> roleOf(PersonId person, GroupId group) {
		return Optional.ofNullable(groups.memberships(group.value()).get(person));
	}

	public List<ThemeId> themesOf(GroupId group) {
		return groups.themesOf(group.value());
	}

	public boolean isEmpty() {
		return groups.count() == 0;
	}

	@Transactional
	public GroupId start(String name, GroupKind kind, String mandate) {
		String base = slug(name);
		String slug = base;
		for (int n = 2; groups.slugTaken(slug) || RESERVED.contains(slug); n++) {
			slug = base + "-" + n;
		}
		return new GroupId(groups.insert(slug, name.strip(), kind, mandate.strip()));
	}

	@Transactional
	public void addMember(GroupId group, PersonId person, GroupRole role) {
		groups.addMember(group.value(), person, role);
	}

	@Transactional
	public void tag(GroupId group, ThemeId theme) {
		groups.tag(group.value(), theme);
	}

	/**
	 * A readable address part: "Teknisk vand" becomes "teknisk-vand", "Klimachefer Ø"
	 * becomes "klimachefer-oe".
	 */
	static String slug(String name) {
		String danish = name.toLowerCase(Locale.ROOT).replace("æ", "ae").replace("ø", "oe").replace("å", "aa");
		String ascii = Normalizer.normalize(danish, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
		return slug.isEmpty() ? "group" : slug;
	}

}
