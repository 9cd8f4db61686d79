package dk.samspil.strategy;

import dk.samspil.groups.GroupId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dk.samspil.accounts.Accounts;
import dk.samspil.accounts.PersonId;
import dk.samspil.accounts.PersonSummary;
import dk.samspil.groups.GroupDirectory;
import dk.samspil.groups.GroupInfo;
import dk.samspil.region.Municipality;
import dk.samspil.region.Region;

import org.springframework.stereotype.Component;

/**
 * The names pages show for the ids the strategy keeps: people, groups and municipalities.
 */
@Component
class Names {

	private final Accounts accounts;

	private final GroupDirectory groups;

	private final Region region;

	Names(Accounts accounts, GroupDirectory groups, Region region) {
		this.accounts = accounts;
		this.groups = groups;
		this.region = region;
	}

	/** Every person's name by id; pages look up the few they show. */
	Map<PersonId, String> people() {
		return accounts.active().stream().collect(Collectors.toMap(PersonSummary::id, PersonSummary::displayName));
	}

	String person(PersonId id) {
		return accounts.find(id).map(PersonSummary::displayName).orElse("—");
	}

	Map<GroupId, String> groups() {
		return groups.all().stream().collect(Collectors.toMap(GroupInfo::id, GroupInfo::name));
	}

	/** Municipality names by code, in the region's order. */
	Map<String, String> municipalities() {
		return region.municipalities()
			.stream()
			.collect(Collectors.toMap(m -> m.code().value(), Municipality::name, (a, b) -> a, LinkedHashMap::new));
	}

	Map<String, Municipality> municipalityByCode() {
		return region.municipalities()
			.stream()
			.collect(Collectors.toMap(m -> m.code().value(), Function.identity(), (a, b) -> a, LinkedHashMap::new));
	}

}
