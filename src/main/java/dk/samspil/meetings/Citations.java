package dk.samspil.meetings;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * Everything cited in a decision or an agenda item, gathered from every
 * {@link CitationSource} there is.
 */
@Component
class Citations {

	private final List<CitationSource> sources;

	Citations(List<CitationSource> sources) {
		this.sources = sources;
	}

	List<Citation> ofDecision(long decisionId, Locale locale) {
		return sources.stream().flatMap(source -> source.citedIn(decisionId, locale).stream()).toList();
	}

	/** For each of the items that has anything cited, what is. */
	Map<Long, List<Citation>> ofItems(Collection<Long> itemIds, Locale locale) {
		Map<Long, List<Citation>> cited = new HashMap<>();
		if (itemIds.isEmpty()) {
			return cited;
		}
		for (CitationSource source : sources) {
			source.citedInItems(itemIds, locale)
				.forEach((item, citations) -> cited.computeIfAbsent(item, i -> new ArrayList<>()).addAll(citations));
		}
		return cited;
	}

}
