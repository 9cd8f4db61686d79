package dk.samspil.search;

/** Published when content is deleted or must no longer be found. */
public record SearchEntryRemoved(String kind, String key) {
}
