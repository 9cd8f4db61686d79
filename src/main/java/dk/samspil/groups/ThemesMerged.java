package dk.samspil.groups;

/** Published when the secretariat merges one theme into another; whatever was tagged {@code from} now means {@code into}. */
public record ThemesMerged(ThemeId from, ThemeId into) {
}
