package dk.samspil.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SnippetTest {

	@Test
	void aPassageListedIsEscaped() {
		assertThat(Snippet.toHtml("før <b>vand</b> & <script>"))
			.isEqualTo("før &lt;b&gt;vand&lt;/b&gt; &amp; &lt;script&gt;");
	}

	@Test
	void indexedTextHoldsNoControlCharacters() {
		assertThat(Snippet.clean("a\u0002b\u0003c")).isEqualTo("a b c");
	}

	@Test
	void aLongTextsSnippetIsPlacedByTheQuerysWordsOfFourLettersAtLeastButNotItsNegatedOnes() {
		assertThat(SearchWords.near("( 'vand':* | 'drikkevand' ) & 'klima'"))
			.isEqualTo("(?i)\\m(?:vand|drikkevand|klima)");
		assertThat(SearchWords.near("'power-to-x' <-> 'power' <-> 'to' <-> 'x'"))
			.isEqualTo("(?i)\\m(?:power-to-x|power)");
		assertThat(SearchWords.near("'vand' & !'klima'")).isEqualTo("(?i)\\m(?:vand)");
		assertThat(SearchWords.near("'to' & 'x'")).isEqualTo("(?i)\\m(?:to|x)");
		assertThat(SearchWords.near("'it''s' & 'a\\\\b'")).isEqualTo("(?i)\\m(?:it's)");
		assertThat(SearchWords.near("!'klima'")).isNull();
	}

	/**
	 * Only what means something in a regular expression is escaped: PostgreSQL refuses a
	 * backslash before a character it counts as alphanumeric, such as a vowel sign that
	 * Java counts as neither letter nor digit.
	 */
	@Test
	void aLongTextsSnippetIsPlacedByTheWordsWrittenLiterallyWithOnlyTheRegexCharactersEscaped() {
		assertThat(SearchWords.near("'a.b(c)[d]{2}|e*f+g?h^i$j\\\\k'"))
			.isEqualTo("(?i)\\m(?:a\\.b\\(c\\)\\[d\\]\\{2\\}\\|e\\*f\\+g\\?h\\^i\\$j\\\\k)");
		assertThat(SearchWords.near("'नमस्ते'")).isEqualTo("(?i)\\m(?:नमस्ते)");
	}

	@Test
	void aQuerysWordsAreWhatStandsBetweenItsAndsOutsideParentheses() {
		assertThat(SearchWords.words("( 'vand' | 'a&(b' ) & 'power-to-x' <-> 'pow' & !'havn'"))
			.containsExactly("( 'vand' | 'a&(b' )", "'power-to-x' <-> 'pow'", "!'havn'");
		assertThat(SearchWords.words("'vand' | 'klima' & 'plan'")).containsExactly("'vand' | 'klima' & 'plan'");
	}

}
