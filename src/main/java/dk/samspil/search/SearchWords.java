package dk.samspil.search;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.ConcurrentLruCache;

/**
 * What a search looks for, as a PostgreSQL text-search query. Danish makes new words by
 * compounding, and its stemmer never splits them: "vand" must find "spildevand" and
 * "drikkevand". So each word of the query is looked for in its Danish and English forms,
 * and also as every word of the index that contains its stem, found by trigram matching
 * ({@code pg_trgm}) in {@code search_word}, the list of all words the index holds. The
 * words of a query must all be found, each in one of its forms: "Power-to-X vand" finds
 * what is about both.
 * <p>
 * Looking up the forms of a query's words took as much of PostgreSQL's time as the search
 * itself, and gives the same answer until the index learns new words: a query's forms are
 * kept per instance, forgotten when this instance learns words and at the latest after
 * {@link #KEPT_FOR}, so that words another instance learned are found in compounds within
 * that time.
 */
@Component
class SearchWords {

	/** How many queries' forms are kept, the least recently searched first out. */
	static final int KEPT = 1_000;

	/** How long a query's forms are kept at most. */
	static final Duration KEPT_FOR = Duration.ofMinutes(1);

	/**
	 * Expansions per word of the query; the shortest words containing it come first, the
	 * closest compounds.
	 */
	static final int EXPANSIONS = 30;

	/** Longer queries are searched as typed, without expansion. */
	static final int EXPANDED_WORDS = 8;

	/**
	 * The query's words a long text's snippet is placed by ({@link #near}), at most: a
	 * query of many words gives its first ones.
	 */
	static final int SNIPPET_WORDS = 50;

	/**
	 * A lexeme of a tsquery's text, quoted, and whether it is negated: 'vand', !'it''s'.
	 */
	private static final Pattern LEXEME = Pattern.compile("(!?)\\s*'((?:[^'\\\\]|''|\\\\.)*)'");

	/** A character a tsquery's text escapes with a backslash. */
	private static final Pattern ESCAPED = Pattern.compile("\\\\(.)");

	/**
	 * A character that means something in a PostgreSQL regular expression, which is given
	 * it literally. Only these are escaped: PostgreSQL refuses a backslash before a
	 * character it counts as alphanumeric, and it counts more so than Java does (the
	 * vowel signs of Devanagari, say).
	 */
	private static final Pattern REGEX_SPECIAL = Pattern.compile("[\\\\^$.|?*+()\\[\\]{}]");

	/**
	 * Quotes (a phrase) or "or" between words: the person wrote a query of their own,
	 * taken as it is.
	 */
	private static final Pattern OWN_SYNTAX = Pattern.compile("\"|(^|\\s)(?i:or)(\\s|$)");

	/**
	 * A word of the query: its Danish and English forms, or any word of the index
	 * containing its stem (of four letters at least: "dig" would find "myndighed") when
	 * the word is no stop word. Lexemes holding a quote or backslash would need escaping
	 * in a tsquery, and are left out of the expansion.
	 */
	private static final String WORD = """
			(websearch_to_tsquery('danish', :w%1$d) || websearch_to_tsquery('english', :w%1$d) || coalesce((
			  select cast(string_agg(chr(39) || x.word || chr(39), ' | ') as tsquery)
			  from (select s.word from search_word s,
			          (select coalesce((ts_lexize('danish_stem', lower(:w%1$d)))[1], lower(:w%1$d)) as stem) t
			        where :expand%1$d and length(t.stem) >= 4
			          and numnode(websearch_to_tsquery('danish', :w%1$d)) > 0
			          and s.word like '%%' || replace(replace(replace(t.stem, chr(92), chr(92) || chr(92)), '%%', chr(92) || '%%'), '_', chr(92) || '_') || '%%'
			          and strpos(s.word, chr(39)) = 0 and strpos(s.word, chr(92)) = 0
			        order by length(s.word), s.word limit %2$d) x), cast('' as tsquery)))""";

	private final JdbcClient jdbc;

	private final Clock clock;

	/**
	 * Forms of queries by the query as typed, the least recently searched first out; each
	 * says when it was read and how many times this instance had learned words by then,
	 * so that forms read before a lesson or too long ago are read anew.
	 */
	private final ConcurrentLruCache<String, Forms> kept = new ConcurrentLruCache<>(KEPT, this::read);

	/** Times this instance learned new words. */
	private final AtomicLong learned = new AtomicLong();

	/**
	 * A query's forms as tsquery text; its words as typed, in their Danish and English
	 * forms, which hits are ranked by; where a long text's snippet starts for them
	 * ({@link #near}), and where its second part starts for each word (none for a query
	 * of one word); what marks them in a snippet; when they were read and how many
	 * lessons this instance had had.
	 */
	record Forms(String tsquery, String asTyped, String near, List<String> nearEach, Snippets snippets, long learned,
			Instant read) {
	}

	SearchWords(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The query as tsquery text, empty when it holds nothing to look for (only stop
	 * words, say).
	 */
	String tsquery(String text) {
		return forms(text).tsquery();
	}

	/** The query's forms, read anew when the kept ones are stale. */
	Forms forms(String text) {
		Forms forms = this.kept.get(text);
		if (forms.learned() != this.learned.get() || !this.clock.instant().isBefore(forms.read().plus(KEPT_FOR))) {
			this.kept.remove(text);
			forms = this.kept.get(text);
		}
		return forms;
	}

	/**
	 * Adds the words of an entry to the list the words of a query are matched against;
	 * when there are new ones among them, the kept forms are forgotten once the
	 * transaction ends.
	 */
	void learn(String kind, String key) {
		int added = jdbc.sql("""
				insert into search_word (word)
				select w.lexeme from search_entry e, unnest(e.document) w where e.kind = :kind and e.key = :key
				on conflict do nothing""").param("kind", kind).param("key", key).update();
		if (added == 0) {
			return;
		}
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			this.learned.incrementAndGet();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				learned.incrementAndGet();
			}
		});
	}

	/** Counted before reading, so that a lesson during the read makes it stale. */
	private Forms read(String text) {
		long seen = this.learned.get();
		Instant now = this.clock.instant();
		Expanded expanded = expand(text);
		List<String> lexemes = lexemes(expanded.tsquery());
		List<String> words = words(expanded.tsquery());
		List<String> nearEach = words.size() < 2 ? List.of()
				: words.stream().map(SearchWords::near).filter(near -> near != null).toList();
		return new Forms(expanded.tsquery(), expanded.asTyped(), near(lexemes), nearEach, new Snippets(lexemes), seen,
				now);
	}

	/**
	 * The parts of a tsquery's text that a match holds each: what stands between its
	 * {@code &} outside parentheses, one per word of the query as the forms are made; the
	 * whole when an {@code |} stands outside them.
	 */
	static List<String> words(String tsquery) {
		// the lexemes masked, for a parenthesis or & in one
		String masked = LEXEME.matcher(tsquery).replaceAll(lexeme -> "'".repeat(lexeme.group().length()));
		List<String> words = new ArrayList<>();
		int depth = 0;
		int start = 0;
		for (int at = 0; at < masked.length(); at++) {
			char c = masked.charAt(at);
			depth += (c == '(') ? 1 : (c == ')') ? -1 : 0;
			if (c == '|' && depth == 0) {
				// | binds less than &: a match need not hold what stands beside an &
				return List.of(tsquery.strip());
			}
			if (c == '&' && depth == 0) {
				words.add(tsquery.substring(start, at).strip());
				start = at + 1;
			}
		}
		words.add(tsquery.substring(start).strip());
		return words;
	}

	/**
	 * The lexemes of a tsquery's text that a match holds, unquoted: a negated one is left
	 * out.
	 */
	static List<String> lexemes(String tsquery) {
		return LEXEME.matcher(tsquery)
			.results()
			.filter(lexeme -> lexeme.group(1).isEmpty())
			.map(lexeme -> lexeme.group(2).replace("''", "'"))
			.map(word -> ESCAPED.matcher(word).replaceAll("$1"))
			.distinct()
			.toList();
	}

	/**
	 * Where in a long text its snippet is taken from: a regular expression, for
	 * PostgreSQL, of a word that starts with one of the query's words in any case (its
	 * forms and the compounds it is found in; of four letters at least, as "to" in
	 * "Power-to-X" begins half a text's words, unless the query has no longer one),
	 * written literally; a negated word is left out. Null for a query of negated words
	 * only: its snippet is taken from the text's start.
	 */
	static String near(String tsquery) {
		return near(lexemes(tsquery));
	}

	private static String near(List<String> words) {
		if (words.isEmpty()) {
			return null;
		}
		List<String> longer = words.stream().filter(word -> word.codePointCount(0, word.length()) >= 4).toList();
		return (longer.isEmpty() ? words : longer).stream()
			.limit(SNIPPET_WORDS)
			.map(word -> REGEX_SPECIAL.matcher(word).replaceAll("\\\\$0"))
			.collect(Collectors.joining("|", "(?i)\\m(?:", ")"));
	}

	/** The query's forms and its words as typed, as tsquery texts. */
	private record Expanded(String tsquery, String asTyped) {
	}

	private Expanded expand(String text) {
		String clean = text.replace('\u0000', ' ').strip();
		boolean own = OWN_SYNTAX.matcher(clean).find() || clean.split("\\s+").length > EXPANDED_WORDS;
		List<String> words = own ? List.of(clean) : List.of(clean.split("\\s+"));
		List<String> parts = new ArrayList<>();
		Map<String, Object> params = new HashMap<>();
		for (int i = 0; i < words.size(); i++) {
			String word = words.get(i);
			parts.add(WORD.formatted(i, EXPANSIONS));
			params.put("w" + i, word);
			// a word to leave out ("-vand") is left out in its own forms only
			params.put("expand" + i, !own && !word.startsWith("-"));
		}
		params.put("text", clean);
		String sql = "select cast(" + String.join(" && ", parts) + " as text) as forms, cast("
				+ "websearch_to_tsquery('danish', :text) || websearch_to_tsquery('english', :text) as text) as typed";
		return jdbc.sql(sql)
			.params(params)
			.query((rs, row) -> new Expanded(rs.getString("forms"), rs.getString("typed")))
			.single();
	}

}
