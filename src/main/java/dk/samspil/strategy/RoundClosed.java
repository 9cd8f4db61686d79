package dk.samspil.strategy;

/**
 * Published when the secretariat closes a prioritisation round; its result can then be
 * read.
 */
public record RoundClosed(RoundId round, ProcessId process) {
}
