package dk.samspil.groups;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dk.samspil.accounts.Accounts;
import dk.samspil.accounts.PersonId;
import dk.samspil.accounts.PersonSummary;
import dk.samspil.accounts.SignedInUser;
import dk.samspil.region.Municipality;
import dk.samspil.region.MunicipalityCode;
import dk.samspil.region.Region;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import static org.springframework.http.HttpStatus.NOT_FOUND;

@Controller
class GroupController {

	private final Groups groups;

	private final Accounts accounts;

	private final Region region;

	private final Themes themes;

	private final GroupDirectory directory;

	GroupController(Groups groups, Accounts accounts, Region region, Themes themes, GroupDirectory directory) {
		this.groups = groups;
		this.accounts = accounts;
		this.region = region;
		this.themes = themes;
		this.directory = directory;
	}

	@GetMapping("/groups")
	String list(@AuthenticationPrincipal SignedInUser user, Model model) {
		Map<GroupKind, List<Group>> byKind = new EnumMap<>(GroupKind.class);
		for (Group group : groups.findAll()) {
			byKind.computeIfAbsent(group.kind(), kind -> new ArrayList<>()).add(group);
		}
		model.addAttribute("groupsByKind", byKind);
		model.addAttribute("memberCounts", groups.memberCounts());
		model.addAttribute("myGroups", directory.groupsOf(user.personId()).stream().map(GroupId::value).toList());
		return "groups/groups";
	}

	@GetMapping("/groups/{slug}")
	String group(@PathVariable String slug, @AuthenticationPrincipal SignedInUser user, Model model) {
		Group group = groups.findBySlug(slug).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
		Map<PersonId, GroupRole> roles = groups.memberships(group.id());
		// The group's meetings, decisions and documents are for its members and the
		// secretariat.
		model.addAttribute("mayReadPrivate", user.isSecretariat() || roles.containsKey(user.personId()));
		model.addAttribute("group", group);
		model.addAttribute("members", members(roles));
		model.addAttribute("themes", themes.ofGroup(group.id()));
		return "groups/group";
	}

	/** Chair and secretary first, then members by municipality and name. */
	private List<Member> members(Map<PersonId, GroupRole> roles) {
		Map<MunicipalityCode, Municipality> municipalities = region.municipalities()
			.stream()
			.collect(Collectors.toMap(Municipality::code, Function.identity()));
		return accounts.findAll(roles.keySet())
			.stream()
			.map(person -> new Member(person, municipality(person, municipalities), roles.get(person.id())))
			.sorted(Comparator.comparing(Member::role)
				.thenComparing(member -> member.municipality() == null ? "" : member.municipality().name())
				.thenComparing(member -> member.person().displayName()))
			.toList();
	}

	private static Municipality municipality(PersonSummary person, Map<MunicipalityCode, Municipality> all) {
		return person.municipality() == null ? null : all.get(person.municipality());
	}

}
