package dk.samspil.meetings;

import java.util.List;

/**
 * Something another module cited in a decision (a finished water run, say), shown on the
 * decision with its headline figures and a link to read more.
 *
 * @param figures the few figures a reader of the decision needs, already worded in the
 * reader's language
 * @param path where to read it, relative to the application
 */
public record Citation(String title, List<String> figures, String path) {

	public Citation {
		figures = List.copyOf(figures);
	}
}
