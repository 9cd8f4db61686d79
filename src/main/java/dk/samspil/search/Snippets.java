package dk.samspil.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.tartarus.snowball.ext.DanishStemmer;

/**
 * The snippets of one query's hits: the words of a text that stand for the query's
 * lexemes are marked, as PostgreSQL's {@code danish} configuration reads a text. A word
 * is a run of letters and digits, lowercased; with a digit in it, it is its own lexeme;
 * otherwise a Danish stop word is no lexeme and another word's lexeme is its Danish
 * Snowball stem. A hyphenated word ("Power-to-X", "Klima-aftalen") is read whole too, and
 * its words are marked when it stands for a lexeme; a lexeme with other characters (an
 * e-mail address, a number such as 3.14) is found as written.
 * <p>
 * A snippet is made for every hit of a search page, so a word is stemmed only when it
 * starts with one of the lexemes: a Danish stem is always the start of the lowercased
 * word, and most words of a text start with none.
 */
final class Snippets {

	private static final CharArraySet STOP_WORDS = DanishAnalyzer.getDefaultStopSet();

	/** A hyphenated word or lexeme. */
	private static final Pattern HYPHENATED = Pattern.compile("[\\p{L}\\p{N}]+(?:-[\\p{L}\\p{N}]+)+");

	/** The lexemes of letters and digits, hyphenated or not. */
	private final Set<String> lexemes = new HashSet<>();

	/**
	 * Those not hyphenated by their first two characters ({@link #start}), which a word
	 * must start with.
	 */
	private final Map<Integer, List<String>> byStart = new HashMap<>();

	/** The hyphenated ones by their first two characters. */
	private final Map<Integer, List<String>> hyphenated = new HashMap<>();

	/** The lexemes with other characters by their first two, the longest first. */
	private final Map<Integer, List<String>> written = new HashMap<>();

	Snippets(Collection<String> lexemes) {
		for (String lexeme : lexemes) {
			if (lexeme.isEmpty()) {
				continue;
			}
			Map<Integer, List<String>> kind = written;
			if (lexeme.codePoints().allMatch(Character::isLetterOrDigit)) {
				kind = byStart;
			}
			else if (HYPHENATED.matcher(lexeme).matches()) {
				kind = hyphenated;
			}
			if (kind != written) {
				this.lexemes.add(lexeme);
			}
			kind.computeIfAbsent(start(lexeme, 0, lexeme.length()), first -> new ArrayList<>()).add(lexeme);
		}
		written.values().forEach(list -> list.sort(Comparator.comparingInt(String::length).reversed()));
	}

	/**
	 * A text a snippet is made from: a hit's whole text, or a part of it, which may begin
	 * or end inside a word. That word is not shown, nor the spaces and punctuation after
	 * a first one.
	 */
	record Part(String text, boolean cutAtStart, boolean cutAtEnd) {

		/** The text without the words cut in two. */
		String shown() {
			int start = 0;
			int end = text.length();
			while (cutAtStart && start < end && Character.isLetterOrDigit(text.codePointAt(start))) {
				start += Character.charCount(text.codePointAt(start));
			}
			while (cutAtStart && start < end && !Character.isLetterOrDigit(text.codePointAt(start))) {
				start += Character.charCount(text.codePointAt(start));
			}
			while (cutAtEnd && end > start && Character.isLetterOrDigit(text.codePointBefore(end))) {
				end -= Character.charCount(text.codePointBefore(end));
			}
			return text.substring(start, end);
		}

	}

	/**
	 * The snippet of a text as HTML (see {@link Snippet#html}). A second part of a long
	 * text, where a word of the query stands that the first shows none of, gives the
	 * second fragment when it shows one of the query's words; a first part that shows
	 * none of them then gives way to it.
	 * @param first null for a hit without a text
	 * @param second null when there is none
	 */
	String html(Part first, Part second) {
		if (first == null) {
			return "";
		}
		String text = first.shown();
		List<Snippet.Word> words = words(text);
		if (second != null) {
			String apart = second.shown();
			List<Snippet.Word> apartWords = words(apart);
			if (apartWords.stream().anyMatch(Snippet.Word::marked)) {
				if (words.stream().noneMatch(Snippet.Word::marked)) {
					return Snippet.html(apart, apartWords, Snippet.FRAGMENTS);
				}
				return Snippet.html(text, words, Snippet.FRAGMENTS - 1) + Snippet.DELIMITER
						+ Snippet.html(apart, apartWords, 1);
			}
		}
		return Snippet.html(text, words, Snippet.FRAGMENTS);
	}

	/** The snippet of a whole text as HTML (see {@link Snippet#html}). */
	String html(String text) {
		return html(new Part(text, false, false), null);
	}

	/** The words of a text, each marked when it stands for one of the lexemes. */
	List<Snippet.Word> words(String text) {
		List<Snippet.Word> words = new ArrayList<>();
		DanishStemmer stemmer = new DanishStemmer();
		int at = 0;
		while (at < text.length()) {
			if (!isWordCharacter(text, at)) {
				at += Character.charCount(text.codePointAt(at));
				continue;
			}
			int end = written(text, at);
			if (end > at) {
				words.add(new Snippet.Word(at, end, true));
				at = end;
				continue;
			}
			end = hyphenatedEnd(text, at);
			if (end > at && stands(hyphenated, text, at, end, stemmer)) {
				markedParts(text, at, end, words);
				at = end;
				continue;
			}
			end = wordEnd(text, at);
			words.add(new Snippet.Word(at, end, stands(byStart, text, at, end, stemmer)));
			at = end;
		}
		return words;
	}

	/**
	 * Where a lexeme with other characters than letters and digits ends that is written
	 * at this word's start and ends where a word does; else the start.
	 */
	private int written(String text, int start) {
		if (written.isEmpty()) {
			return start;
		}
		List<String> candidates = written.get(start(text, start, text.length()));
		if (candidates != null) {
			for (String lexeme : candidates) {
				int end = start + lexeme.length();
				if (text.regionMatches(true, start, lexeme, 0, lexeme.length())
						&& (end == text.length() || !isWordCharacter(text, end))) {
					return end;
				}
			}
		}
		return start;
	}

	/**
	 * Where the hyphenated word starting here ends, when there are hyphenated lexemes;
	 * else the start.
	 */
	private int hyphenatedEnd(String text, int start) {
		if (hyphenated.isEmpty()) {
			return start;
		}
		int end = wordEnd(text, start);
		int parts = 1;
		while (end + 1 < text.length() && text.charAt(end) == '-' && isWordCharacter(text, end + 1)) {
			end = wordEnd(text, end + 1);
			parts++;
		}
		return parts > 1 ? end : start;
	}

	/** Marks the words of a hyphenated word each, as PostgreSQL marks them. */
	private static void markedParts(String text, int start, int end, List<Snippet.Word> words) {
		for (int at = start; at < end; at++) {
			if (text.charAt(at) != '-') {
				int wordEnd = wordEnd(text, at);
				words.add(new Snippet.Word(at, wordEnd, true));
				at = wordEnd;
			}
		}
	}

	/**
	 * Whether a word stands for one of the lexemes, of those by their first two
	 * characters given: a word that starts with none of them is not stemmed.
	 */
	private boolean stands(Map<Integer, List<String>> byStart, String text, int start, int end, DanishStemmer stemmer) {
		if (!startsWithLexeme(byStart, text, start, end)) {
			return false;
		}
		String word = text.substring(start, end).toLowerCase(Locale.ROOT);
		if (word.chars().anyMatch(Character::isDigit)) {
			return lexemes.contains(word);
		}
		if (STOP_WORDS.contains(word)) {
			return false;
		}
		stemmer.setCurrent(word);
		stemmer.stem();
		return lexemes.contains(stemmer.getCurrent());
	}

	private static boolean startsWithLexeme(Map<Integer, List<String>> byStart, String text, int start, int end) {
		List<String> candidates = byStart.get(start(text, start, end));
		if (candidates != null) {
			for (String lexeme : candidates) {
				if (lexeme.length() <= end - start && text.regionMatches(true, start, lexeme, 0, lexeme.length())) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * The first two characters of a word or lexeme, lowercased, or the one of a word of
	 * one. A lexeme of one letter is never the stem of a longer word: a Danish stem keeps
	 * three letters of a word at least.
	 */
	private static int start(String text, int at, int end) {
		char second = (at + 1 < end) ? Character.toLowerCase(text.charAt(at + 1)) : '\uFFFF';
		return Character.toLowerCase(text.charAt(at)) << 16 | second;
	}

	private static int wordEnd(String text, int start) {
		int end = start;
		while (end < text.length() && isWordCharacter(text, end)) {
			end += Character.charCount(text.codePointAt(end));
		}
		return end;
	}

	private static boolean isWordCharacter(String text, int at) {
		return Character.isLetterOrDigit(text.codePointAt(at));
	}

}
