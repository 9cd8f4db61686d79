package dk.samspil.groups;

import java.util.Optional;

import dk.samspil.rules.Refusal;

/**
 * A theme such as the green tripartite. A retired theme stays on what it tags but is not
 * offered for new things. Its methods hold the secretariat's rules for naming, retiring
 * and merging themes.
 */
public record Theme(ThemeId id, String name, boolean retired) {

	static final int MAX_NAME = 80;

	/**
	 * The name as it will be kept; refused when blank or too long. A name held by another
	 * theme is refused where the other one is known ({@link #renamed},
	 * {@link ThemeDesk}).
	 */
	static String checkName(String typed) {
		if (typed == null || typed.isBlank()) {
			throw new Refusal("validation.required");
		}
		if (typed.strip().length() > MAX_NAME) {
			throw new Refusal("groups.themeAdmin.tooLong", MAX_NAME);
		}
		return typed.strip();
	}

	/**
	 * This theme under a new name. {@code shown} is the name the person saw: if a
	 * colleague renamed the theme meanwhile, the rename is refused rather than silently
	 * undoing theirs.
	 */
	Theme renamed(String shown, String typed, Optional<Theme> namesake) {
		if (shown == null || !shown.strip().equals(name)) {
			throw new Refusal("groups.themeAdmin.renamedMeanwhile", name);
		}
		String checked = checkName(typed);
		if (namesake.filter(other -> !other.id().equals(id)).isPresent()) {
			throw new Refusal("groups.themeAdmin.taken");
		}
		return new Theme(id, checked, retired);
	}

	Theme retiredNow() {
		if (retired) {
			throw new Refusal("groups.themeAdmin.alreadyRetired", name);
		}
		return new Theme(id, name, true);
	}

	Theme reactivated() {
		if (!retired) {
			throw new Refusal("groups.themeAdmin.notRetired", name);
		}
		return new Theme(id, name, false);
	}

	/**
	 * The theme this one may be merged into: another current theme, never itself. An
	 * empty target is one not chosen, unknown, or merged away meanwhile.
	 */
	Theme checkMergeInto(Optional<Theme> target) {
		return target.filter(other -> !other.id().equals(id))
			.orElseThrow(() -> new Refusal("groups.themeAdmin.mergeError"));
	}

}
