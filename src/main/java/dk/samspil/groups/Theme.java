package dk.samspil.groups;

/**
 * A theme such as the green tripartite. A retired theme stays on what it tags but is not
 * offered for new things.
 */
public record Theme(ThemeId id, String name, boolean retired) {
}
