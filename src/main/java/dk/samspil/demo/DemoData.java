package dk.samspil.demo;

import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import dk.samspil.accounts.Accounts;
import dk.samspil.accounts.Accounts.HashedPassword;
import dk.samspil.accounts.PersonDetails;
import dk.samspil.accounts.PersonId;
import dk.samspil.accounts.Role;
import dk.samspil.demo.TriangleRegion.DemoGroup;
import dk.samspil.demo.TriangleRegion.Function;
import dk.samspil.groups.GroupDirectory;
import dk.samspil.groups.GroupId;
import dk.samspil.groups.GroupRole;
import dk.samspil.groups.ThemeId;
import dk.samspil.groups.Themes;
import dk.samspil.region.Municipality;
import dk.samspil.region.Region;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the Triangle Region's municipalities, people and groups into an empty database.
 */
@Component
class DemoData {

	static final String PASSWORD = "samspil-demo";

	static final String SECRETARIAT_LOGIN = "sekretariat";

	private static final List<String> NAMES = List.of("Anne Holm", "Bo Lauridsen", "Camilla Juhl", "Dorthe Bech",
			"Erik Kjær", "Frederik Lund", "Gitte Mortensen", "Hanne Bruun", "Ib Sørensen", "Jens Mikkelsen",
			"Karen Thomsen", "Lars Frandsen", "Mette Kristensen", "Niels Vestergaard", "Ole Damgaard", "Pia Knudsen",
			"Rasmus Højgaard", "Sofie Andersen", "Tine Schmidt", "Ulrik Nissen", "Vibeke Lassen", "Anders Bonde",
			"Birgitte Winther", "Christian Holst", "Ditte Ravn", "Esben Møller", "Freja Iversen", "Gustav Krogh",
			"Helle Dalsgaard", "Jakob Buch", "Kirsten Gram", "Lene Hvidberg", "Martin Skov", "Nanna Toft",
			"Peter Abildgaard", "Rikke Friis", "Søren Bak", "Trine Lykke", "Villads Riis", "Asta Brodersen",
			"Mikkel Hauge", "Julie Fogh");

	private final Region region;

	private final Accounts accounts;

	private final GroupDirectory groups;

	private final Themes themes;

	DemoData(Region region, Accounts accounts, GroupDirectory groups, Themes themes) {
		this.region = region;
		this.accounts = accounts;
		this.groups = groups;
		this.themes = themes;
	}

	boolean databaseIsEmpty() {
		return region.isEmpty() && accounts.isEmpty() && groups.isEmpty();
	}

	boolean isLoaded() {
		return accounts.findByUsername(SECRETARIAT_LOGIN).isPresent();
	}

	@Transactional
	void load() {
		TriangleRegion.MUNICIPALITIES.forEach(region::register);
		HashedPassword password = accounts.hash(PASSWORD);
		PersonId secretariat = accounts.register(new PersonDetails(SECRETARIAT_LOGIN, "Louise Dahl",
				"sekretariat@demo.samspil.example", "Sekretariatsleder", null, Role.SECRETARIAT), password);
		Map<String, PersonId> people = people(password);
		Map<String, ThemeId> themeIds = new HashMap<>();
		TriangleRegion.THEMES.forEach(name -> themeIds.put(name, themes.add(name)));
		for (DemoGroup demo : TriangleRegion.GROUPS) {
			GroupId group = groups.start(demo.name(), demo.kind(), demo.mandate());
			demo.themes().forEach(theme -> groups.tag(group, themeIds.get(theme)));
			for (Municipality municipality : TriangleRegion.MUNICIPALITIES) {
				boolean chairs = municipality.name().equals(demo.chair());
				groups.addMember(group, people.get(demo.members().login(municipality)),
						chairs ? GroupRole.CHAIR : GroupRole.MEMBER);
			}
			if (demo.secretariatTakesPart()) {
				groups.addMember(group, secretariat, GroupRole.SECRETARY);
			}
		}
	}

	private Map<String, PersonId> people(HashedPassword password) {
		Map<String, PersonId> people = new HashMap<>();
		Iterator<String> names = NAMES.iterator();
		for (Municipality municipality : TriangleRegion.MUNICIPALITIES) {
			for (Function function : Function.values()) {
				String login = function.login(municipality);
				people.put(login, accounts.register(new PersonDetails(login, names.next(),
						login + "@demo.samspil.example", function.title, municipality.code(), Role.MEMBER), password));
			}
		}
		return people;
	}

}
