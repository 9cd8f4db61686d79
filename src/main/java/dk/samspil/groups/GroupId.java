package dk.samspil.groups;

/** Refers to a group from another module. */
public record GroupId(long value) {
}
