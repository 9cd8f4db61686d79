package dk.samspil.groups;

import java.util.List;

import dk.samspil.rules.Refusal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the secretariat does to themes: adds, renames, retires, reactivates and merges
 * them. Each action reads the themes it changes with their rows locked and writes in the
 * same transaction, so two people acting on one theme at once are served one after the
 * other and the second meets the rule on what the first left; the rules are the theme's
 * own.
 */
@Component
public class ThemeDesk {

	private final Themes themes;

	private final ApplicationEventPublisher events;

	ThemeDesk(Themes themes, ApplicationEventPublisher events) {
		this.themes = themes;
		this.events = events;
	}

	@Transactional
	public ThemeId add(String typed) {
		String name = Theme.checkName(typed);
		return themes.addIfFree(name).orElseThrow(() -> new Refusal("groups.themeAdmin.taken"));
	}

	/**
	 * Renames the theme from the name the person saw ({@code shown}) to the one typed.
	 * Returns the theme as it was.
	 */
	@Transactional
	public Theme rename(ThemeId id, String shown, String typed) {
		Theme before = locked(id);
		Theme after = before.renamed(shown, typed, themes.findByName(typed == null ? "" : typed));
		try {
			themes.save(after);
		}
		catch (DuplicateKeyException ex) {
			// another theme took the name in a transaction that ended after our check
			throw new Refusal("groups.themeAdmin.taken");
		}
		if (!before.name().equals(after.name())) {
			events.publishEvent(new ThemeRenamed(id, before.name(), after.name()));
		}
		return before;
	}

	@Transactional
	public void retire(ThemeId id) {
		themes.save(locked(id).retiredNow());
	}

	@Transactional
	public void reactivate(ThemeId id) {
		themes.save(locked(id).reactivated());
	}

	/**
	 * Merges {@code from} into {@code into}: whatever was tagged with the one is tagged
	 * with the other, and the other modules are told. Refused into itself, into a theme
	 * not chosen or merged away, and for a theme merged away meanwhile.
	 */
	@Transactional
	public Theme merge(ThemeId from, ThemeId into) {
		List<Theme> current = themes.lockCurrent(into == null ? List.of(from) : List.of(from, into));
		Theme source = current.stream()
			.filter(theme -> theme.id().equals(from))
			.findFirst()
			.orElseThrow(() -> new Refusal("groups.themeAdmin.alreadyMerged"));
		Theme target = source.checkMergeInto(current.stream().filter(theme -> !theme.id().equals(from)).findFirst());
		themes.merge(source.id(), target.id());
		events.publishEvent(new ThemesMerged(source.id(), target.id(), source.name(), target.name()));
		return target;
	}

	private Theme locked(ThemeId id) {
		return themes.lockCurrent(id).orElseThrow(() -> new Refusal("groups.themeAdmin.alreadyMerged"));
	}

}
