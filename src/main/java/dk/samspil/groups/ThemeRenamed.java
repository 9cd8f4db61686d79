package dk.samspil.groups;

/**
 * Published when the secretariat renames a theme, for modules that keep a theme by its
 * name.
 */
public record ThemeRenamed(ThemeId theme, String from, String to) {
}
