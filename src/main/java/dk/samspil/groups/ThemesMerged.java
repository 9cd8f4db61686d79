package dk.samspil.groups;

/**
 * Published when the secretariat merges one theme into another; whatever was tagged
 * {@code from} now means {@code into}. The names are those the two themes had, for
 * modules that keep a theme by its name.
 */
public record ThemesMerged(ThemeId from, ThemeId into, String fromName, String intoName) {
}
