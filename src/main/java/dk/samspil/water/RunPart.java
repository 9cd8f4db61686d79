package dk.samspil.water;

import java.io.Serializable;

/**
 * One job of a run: scenarios {@code from} (inclusive) to {@code to} (exclusive), taken
 * by any instance.
 */
record RunPart(long run, int from, int to) implements Serializable {
}
