package dk.samspil.groups;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import dk.samspil.accounts.PersonId;

/**
 * The secretariat's one form to start or change a group: name, kind, mandate, themes and
 * members with their roles. Each member arrives as "personId:ROLE" from the role select
 * beside each chosen member; a member set to "not a member" sends nothing and so leaves
 * the group. The version is the group's when the form was opened, sent back hidden.
 */
record GroupForm(
		@NotBlank(message = "{validation.required}") @Size(max = 120, message = "{validation.tooLong}") String name,
		@NotNull(message = "{validation.required}") GroupKind kind,
		@NotBlank(message = "{validation.required}") @Size(max = 4000, message = "{validation.tooLong}") String mandate,
		List<Long> themes, List<String> members, Integer version) {

	GroupForm {
		themes = themes == null ? new ArrayList<>() : themes;
		members = members == null ? new ArrayList<>() : members;
	}

	static GroupForm empty() {
		return new GroupForm("", GroupKind.WORKING, "", List.of(), List.of(), null);
	}

	static GroupForm of(Group group, List<ThemeId> themes, Map<PersonId, GroupRole> members) {
		return new GroupForm(group.name(), group.kind(), group.mandate(), themes.stream().map(ThemeId::value).toList(),
				members.entrySet().stream().map(e -> e.getKey().value() + ":" + e.getValue()).toList(),
				group.version());
	}

	/** What the form asks the desk to set; only once the form has been checked. */
	GroupChange change() {
		return new GroupChange(name, kind, mandate, memberRoles(), themeIds());
	}

	/**
	 * The chosen members; an entry that does not parse is left out rather than trusted.
	 */
	Map<PersonId, GroupRole> memberRoles() {
		Map<PersonId, GroupRole> roles = new LinkedHashMap<>();
		for (String member : members) {
			String[] parts = member.split(":", 2);
			try {
				roles.put(new PersonId(Long.parseLong(parts[0])), GroupRole.valueOf(parts[1]));
			}
			catch (RuntimeException ex) {
				// "no role" or a tampered value: not a member
			}
		}
		return roles;
	}

	/** Public for the template, which preselects each person's role. */
	public String roleOf(long personId) {
		GroupRole role = memberRoles().get(new PersonId(personId));
		return role == null ? "" : role.name();
	}

	/**
	 * The same form with one more member, as a plain member unless the person was already
	 * chosen.
	 */
	GroupForm withMember(PersonId person) {
		if (memberRoles().containsKey(person)) {
			return this;
		}
		List<String> more = new ArrayList<>(members);
		more.add(person.value() + ":" + GroupRole.MEMBER);
		return new GroupForm(name, kind, mandate, themes, more, version);
	}

	List<ThemeId> themeIds() {
		return themes.stream().map(ThemeId::new).toList();
	}

	long chairs() {
		return GroupChange.chairs(memberRoles());
	}

	/** Public for the template, which shows a colleague's themes where they differ. */
	public boolean sameThemes(GroupForm other) {
		return new HashSet<>(themes).equals(new HashSet<>(other.themes()));
	}

	/**
	 * Public for the template, which shows a colleague's members where they (or their
	 * roles) differ.
	 */
	public boolean sameMembers(GroupForm other) {
		return memberRoles().equals(other.memberRoles());
	}
}
