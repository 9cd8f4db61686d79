package dk.samspil.meetings;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Implemented by a module that lets its work be cited in decisions and agenda items; the
 * decision and meeting pages ask every source, so the meetings module needs to know
 * nothing of what is cited. Whoever may read the decision or the item sees what is cited
 * in it.
 */
public interface CitationSource {

	/** What is cited in decision {@code decisionId}, worded for {@code locale}. */
	List<Citation> citedIn(long decisionId, Locale locale);

	/**
	 * What is cited in each of the agenda items {@code itemIds} that has anything cited,
	 * worded for {@code locale}.
	 */
	default Map<Long, List<Citation>> citedInItems(Collection<Long> itemIds, Locale locale) {
		return Map.of();
	}

}
