package dk.samspil.groups;

import java.util.List;
import java.util.Map;

import dk.samspil.accounts.PersonId;
import dk.samspil.rules.Refusal;

/**
 * What the secretariat sets on a group when starting or changing it, stripped of outer
 * blanks. A group has one chair at most.
 */
record GroupChange(String name, GroupKind kind, String mandate, Map<PersonId, GroupRole> members,
		List<ThemeId> themes) {

	GroupChange {
		name = name.strip();
		mandate = mandate.strip();
		members = Map.copyOf(members);
		themes = List.copyOf(themes);
		if (chairs(members) > 1) {
			throw new Refusal("groups.members.oneChair");
		}
	}

	static long chairs(Map<PersonId, GroupRole> members) {
		return members.values().stream().filter(GroupRole.CHAIR::equals).count();
	}

}
