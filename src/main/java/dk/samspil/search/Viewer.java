package dk.samspil.search;

import java.util.Set;

import dk.samspil.accounts.PersonId;
import dk.samspil.groups.GroupId;

/**
 * Who is looking, as far as visibility goes: anyone, a signed-in member of some groups,
 * or the secretariat.
 *
 * @param person the signed-in person, or null for a visitor without login
 */
public record Viewer(PersonId person, boolean secretariat, Set<GroupId> groups) {

	public Viewer {
		groups = Set.copyOf(groups);
	}

	public static Viewer anonymous() {
		return new Viewer(null, false, Set.of());
	}

	public boolean signedIn() {
		return person != null;
	}

	public boolean isMemberOf(GroupId group) {
		return groups.contains(group);
	}

	/** The rule the index applies in SQL, for a module that checks one item by hand. */
	public boolean mayRead(GroupId group, Visibility visibility) {
		return switch (visibility) {
			case PUBLIC -> true;
			case MEMBERS -> signedIn();
			case GROUP -> secretariat || (group != null && isMemberOf(group));
		};
	}
}
