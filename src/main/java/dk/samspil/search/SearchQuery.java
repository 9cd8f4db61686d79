package dk.samspil.search;

import java.time.LocalDate;

import dk.samspil.groups.GroupId;
import dk.samspil.groups.ThemeId;

/** What to look for, with optional filters; {@code page} counts from 0. */
public record SearchQuery(String text, GroupId group, ThemeId theme, String kind, LocalDate from, LocalDate to,
		int page) {

	public static final int PAGE_SIZE = 20;

	public SearchQuery {
		text = text == null ? "" : text.strip();
		kind = kind == null || kind.isBlank() ? null : kind;
		page = Math.max(0, page);
	}

	public static SearchQuery of(String text) {
		return new SearchQuery(text, null, null, null, null, null, 0);
	}

	public boolean isBlank() {
		return text.isEmpty();
	}
}
