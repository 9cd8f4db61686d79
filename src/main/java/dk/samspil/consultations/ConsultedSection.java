package dk.samspil.consultations;

/**
 * A section of the consulted document as published: {@code html} must already be safe to
 * show.
 */
public record ConsultedSection(String number, String anchor, String heading, String html) {

	/**
	 * How lists name the section: its number and heading, or {@code preamble} (in the
	 * reader's language) for the unnumbered text before a plan's first heading.
	 */
	public String title(String preamble) {
		return number.isEmpty() ? preamble : number + " " + heading;
	}

}
