package dk.samspil.accounts;

import java.io.Serializable;

/**
 * Refers to a person from another module. Serializable because it travels in the
 * signed-in principal.
 */
public record PersonId(long value) implements Serializable {
}
