package dk.samspil.groups;

/**
 * What other modules may know of a group. A closed group's content stays readable and
 * searchable.
 */
public record GroupInfo(GroupId id, String slug, String name, GroupKind kind, boolean closed) {
}
