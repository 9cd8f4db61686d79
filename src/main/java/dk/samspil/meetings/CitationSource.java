package dk.samspil.meetings;

import java.util.List;
import java.util.Locale;

/**
 * Implemented by a module that lets its work be cited in decisions; the decision page
 * asks every source, so the meetings module needs to know nothing of what is cited.
 */
public interface CitationSource {

	/** What is cited in decision {@code decisionId}, worded for {@code locale}. */
	List<Citation> citedIn(long decisionId, Locale locale);

}
