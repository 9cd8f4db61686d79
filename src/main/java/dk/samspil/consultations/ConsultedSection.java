package dk.samspil.consultations;

/**
 * A section of the consulted document as published: {@code html} must already be safe to
 * show.
 */
public record ConsultedSection(String number, String anchor, String heading, String html) {
}
