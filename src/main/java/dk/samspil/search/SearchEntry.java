package dk.samspil.search;

import java.time.Instant;
import java.util.List;

import dk.samspil.groups.GroupId;
import dk.samspil.groups.ThemeId;

/**
 * Published by a module, as an event in the transaction that changes its content, so that the content can be found.
 * Publishing it again for the same {@code kind} and {@code key} replaces the earlier entry.
 *
 * @param kind what it is, such as {@code agenda-item}, {@code minutes}, {@code decision} or {@code document}
 * @param key the module's own id of it, unique within the kind
 * @param group the group it belongs to, or null for content of the whole collaboration
 * @param visibility who may see it, and so find it
 * @param title a short title shown in the results
 * @param text the text to search, plain (Markdown is fine)
 * @param themes the themes it is tagged with
 * @param date the date it is ordered and filtered by
 * @param url where a hit leads, relative to the application
 */
public record SearchEntry(String kind, String key, GroupId group, Visibility visibility, String title, String text,
		List<ThemeId> themes, Instant date, String url) {

	public SearchEntry {
		themes = List.copyOf(themes);
	}
}
