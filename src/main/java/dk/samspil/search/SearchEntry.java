package dk.samspil.search;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import dk.samspil.groups.GroupId;
import dk.samspil.groups.ThemeId;

/**
 * Published by a module, as an event in the transaction that changes its content, so that
 * the content can be found. Publishing it again for the same {@code kind} and {@code key}
 * replaces the earlier entry.
 *
 * @param kind what it is, such as {@code agenda-item}, {@code minutes}, {@code decision}
 * or {@code document}
 * @param key the module's own id of it, unique within the kind
 * @param group the group it belongs to, or null for content of the whole collaboration
 * @param visibility who may see it, and so find it
 * @param title a short title shown in the results
 * @param text the text to search, plain (Markdown is fine)
 * @param themes the themes it is tagged with
 * @param date the date it is ordered and filtered by
 * @param url where a hit leads, relative to the application
 * @param changedAt when the content changed (from the module's clock); the index keeps
 * the latest, whatever order the events arrive in
 * @param readers who else finds it, besides those its visibility lets in: keys that a
 * module's {@link Readers} grants people, for content whose readers are decided case by
 * case (a response to a consultation, say, published {@link Visibility#GROUP} without a
 * group, so that beyond the secretariat only its readers find it)
 */
public record SearchEntry(String kind, String key, GroupId group, Visibility visibility, String title, String text,
		List<ThemeId> themes, Instant date, String url, Instant changedAt, Set<String> readers) {

	public SearchEntry {
		themes = List.copyOf(themes);
		readers = Set.copyOf(readers);
	}

	/** An entry found by those its visibility lets in. */
	public SearchEntry(String kind, String key, GroupId group, Visibility visibility, String title, String text,
			List<ThemeId> themes, Instant date, String url, Instant changedAt) {
		this(kind, key, group, visibility, title, text, themes, date, url, changedAt, Set.of());
	}
}
