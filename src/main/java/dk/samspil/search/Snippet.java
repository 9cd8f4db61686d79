package dk.samspil.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Passages of a text as HTML without markup from the content: the text is escaped, and
 * only the marks of the words found are added as {@code <mark>}. The passages are chosen
 * much as PostgreSQL's {@code ts_headline} chooses them with {@code MaxWords=30},
 * {@code MaxFragments=2} and {@code FragmentDelimiter=" … "}.
 */
final class Snippet {

	/** The words of a fragment at most. */
	static final int WORDS = 30;

	/** The fragments of a snippet at most. */
	static final int FRAGMENTS = 2;

	/** Between fragments that do not follow each other in the text. */
	static final String DELIMITER = " … ";

	/**
	 * A word of a text, by where it stands, and whether it is one of those looked for.
	 */
	record Word(int start, int end, boolean marked) {
	}

	private Snippet() {
	}

	/**
	 * Text as it goes into the index: without control characters, which have no place in
	 * a passage shown.
	 */
	static String clean(String text) {
		return text == null ? "" : text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", " ");
	}

	/** A passage without marks (the start of a text in a list of entries). */
	static String toHtml(String passage) {
		return passage == null ? "" : escaped(new StringBuilder(), passage, 0, passage.length()).toString();
	}

	/**
	 * The snippet of a text as HTML: up to {@link #FRAGMENTS} fragments of at most
	 * {@link #WORDS} words, each around the marked words that stand closest together (the
	 * most within {@link #WORDS} words first), stretched to {@link #WORDS} words where
	 * the text has them, half of them before; in the text's order. A text with no marked
	 * word shows its first {@link #WORDS} words.
	 * @param words the words of the text, in order
	 * @param most the fragments at most
	 */
	static String html(String text, List<Word> words, int most) {
		if (words.isEmpty()) {
			return "";
		}
		var html = new StringBuilder();
		int shown = -1;
		for (int[] fragment : fragments(words, most)) {
			int from = fragment[0] == 0 ? 0 : words.get(fragment[0]).start();
			if (shown >= 0 && fragment[0] == shown + 1) {
				from = words.get(shown).end();
			}
			else if (shown >= 0) {
				html.append(DELIMITER);
			}
			int to = fragment[1] == words.size() - 1 ? text.length() : words.get(fragment[1]).end();
			for (Word word : words.subList(fragment[0], fragment[1] + 1)) {
				if (word.marked()) {
					escaped(html, text, from, word.start()).append("<mark>");
					escaped(html, text, word.start(), word.end()).append("</mark>");
					from = word.end();
				}
			}
			escaped(html, text, from, to);
			shown = fragment[1];
		}
		return html.toString().strip();
	}

	/** The fragments shown, as their first and last words, in the text's order. */
	static List<int[]> fragments(List<Word> words, int most) {
		int[] marks = IntStream.range(0, words.size()).filter(i -> words.get(i).marked()).toArray();
		if (marks.length == 0) {
			return List.of(new int[] { 0, Math.min(words.size(), WORDS) - 1 });
		}
		List<int[]> chosen = new ArrayList<>();
		for (int[] cover = closest(marks, chosen); cover != null; cover = closest(marks, chosen)) {
			chosen.add(stretched(cover, chosen, words.size()));
			if (chosen.size() == most) {
				break;
			}
		}
		chosen.sort(Comparator.comparingInt(fragment -> fragment[0]));
		return chosen;
	}

	/**
	 * The first and last of the most marked words within {@link #WORDS} words of each
	 * other outside the fragments chosen, the earliest of equally many; null when none is
	 * left.
	 */
	private static int[] closest(int[] marks, List<int[]> chosen) {
		int[] closest = null;
		int most = 0;
		for (int first = 0; first < marks.length; first++) {
			if (!free(marks[first], marks[first], chosen)) {
				continue;
			}
			int last = first;
			while (last + 1 < marks.length && marks[last + 1] - marks[first] < WORDS
					&& free(marks[first], marks[last + 1], chosen)) {
				last++;
			}
			if (last - first + 1 > most) {
				most = last - first + 1;
				closest = new int[] { marks[first], marks[last] };
			}
		}
		return closest;
	}

	/** Whether none of the words from the first to the last is shown yet. */
	private static boolean free(int first, int last, List<int[]> chosen) {
		return chosen.stream().noneMatch(fragment -> fragment[0] <= last && first <= fragment[1]);
	}

	/** The words around, within the text and before the fragments chosen around it. */
	private static int[] stretched(int[] cover, List<int[]> chosen, int count) {
		int low = 0;
		int high = count - 1;
		for (int[] fragment : chosen) {
			if (fragment[1] < cover[0]) {
				low = Math.max(low, fragment[1] + 1);
			}
			else {
				high = Math.min(high, fragment[0] - 1);
			}
		}
		int first = cover[0];
		int last = cover[1];
		first -= Math.min((WORDS - (last - first + 1)) / 2, first - low);
		last += Math.min(WORDS - (last - first + 1), high - last);
		first -= Math.min(WORDS - (last - first + 1), first - low);
		return new int[] { first, last };
	}

	/**
	 * Appends text escaped for HTML, its five special characters as entities, as Spring's
	 * {@code HtmlUtils.htmlEscape(text, "UTF-8")} does, without copying the piece first:
	 * a search page escapes up to twenty parts of 1,000 characters.
	 */
	private static StringBuilder escaped(StringBuilder html, String text, int from, int to) {
		for (int at = from; at < to; at++) {
			char c = text.charAt(at);
			switch (c) {
				case '<' -> html.append("&lt;");
				case '>' -> html.append("&gt;");
				case '&' -> html.append("&amp;");
				case '"' -> html.append("&quot;");
				case '\'' -> html.append("&#39;");
				default -> html.append(c);
			}
		}
		return html;
	}

}
