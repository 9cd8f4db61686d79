package dk.samspil.groups;

import java.io.Serializable;

/** Refers to a theme from another module. */
public record ThemeId(long value) implements Serializable {
}
