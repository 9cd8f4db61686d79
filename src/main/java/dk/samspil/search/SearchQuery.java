package dk.samspil.search;

import java.time.LocalDate;
import java.util.Arrays;

import dk.samspil.groups.GroupId;
import dk.samspil.groups.ThemeId;

/**
 * What to look for, with optional filters; {@code page} counts from 0. The text is cut to
 * its first {@link #MAX_WORDS} words and {@link #MAX_LENGTH} characters: each word is
 * looked for in up to 30 forms, and a search for 1,200 words took 27 s of PostgreSQL's
 * time.
 */
public record SearchQuery(String text, GroupId group, ThemeId theme, String kind, LocalDate from, LocalDate to,
		int page) {

	public static final int PAGE_SIZE = 20;

	public static final int MAX_WORDS = 32;

	/** Characters at most; "a-b-c" is several words to PostgreSQL. */
	public static final int MAX_LENGTH = 256;

	public SearchQuery {
		text = cut(text == null ? "" : text.strip());
		kind = kind == null || kind.isBlank() ? null : kind;
		page = Math.max(0, page);
	}

	public static SearchQuery of(String text) {
		return new SearchQuery(text, null, null, null, null, null, 0);
	}

	public boolean isBlank() {
		return text.isEmpty();
	}

	/**
	 * The text's first words and characters, as many as are searched; cut between words
	 * where it can be.
	 */
	static String cut(String text) {
		String[] words = text.split("\\s+", MAX_WORDS + 1);
		String kept = words.length > MAX_WORDS ? String.join(" ", Arrays.copyOf(words, MAX_WORDS)) : text;
		if (kept.length() <= MAX_LENGTH) {
			return kept;
		}
		int end = kept.lastIndexOf(' ', MAX_LENGTH);
		if (end <= 0) {
			end = Character.isHighSurrogate(kept.charAt(MAX_LENGTH - 1)) ? MAX_LENGTH - 1 : MAX_LENGTH;
		}
		return kept.substring(0, end).strip();
	}
}
