package dk.samspil.search;

import java.time.Instant;
import java.util.List;

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
 * @param changedAt when the content changed; the index keeps the latest, whatever order
 * the events arrive in
 */
public record SearchEntry(String kind, String key, GroupId group, Visibility visibility, String title, String text,
		List<ThemeId> themes, Instant date, String url, Instant changedAt) {

	public SearchEntry {
		themes = List.copyOf(themes);
	}

	/** An entry for content that changes now. */
	public SearchEntry(String kind, String key, GroupId group, Visibility visibility, String title, String text,
			List<ThemeId> themes, Instant date, String url) {
		this(kind, key, group, visibility, title, text, themes, date, url, Instant.now());
	}
}
