package dk.samspil.groups;

import java.text.Normalizer;

import dk.samspil.accounts.PersonId;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Starts groups and adds their members, for the secretariat's tools and the demo data. */
@Component
public class GroupDirectory {

	private final Groups groups;

	GroupDirectory(Groups groups) {
		this.groups = groups;
	}

	public boolean isEmpty() {
		return groups.count() == 0;
	}

	@Transactional
	public GroupId start(String name, GroupKind kind, String mandate) {
		String base = slug(name);
		String slug = base;
		for (int n = 2; groups.slugTaken(slug); n++) {
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

	/** A readable address part: "Teknisk vand" becomes "teknisk-vand", "Klimachefer Ø" becomes "klimachefer-oe". */
	static String slug(String name) {
		String danish = name.toLowerCase(java.util.Locale.ROOT)
			.replace("æ", "ae")
			.replace("ø", "oe")
			.replace("å", "aa");
		String ascii = Normalizer.normalize(danish, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
		return slug.isEmpty() ? "group" : slug;
	}
}
