package dk.samspil.meetings;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * Everything cited in a decision, gathered from every {@link CitationSource} there is.
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

}
