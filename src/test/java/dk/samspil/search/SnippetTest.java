package dk.samspil.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SnippetTest {

	@Test
	void onlyTheMarksBecomeMarkupEverythingElseIsEscaped() {
		String headline = "før <b>" + Snippet.START + "vand" + Snippet.STOP + "</b> & <script>";
		assertThat(Snippet.toHtml(headline)).isEqualTo("før &lt;b&gt;<mark>vand</mark>&lt;/b&gt; &amp; &lt;script&gt;");
	}

	@Test
	void contentCannotForgeAMark() {
		String forged = "a" + Snippet.START + "b" + Snippet.STOP + "c";
		assertThat(Snippet.toHtml(Snippet.clean(forged))).isEqualTo("a b c");
	}

	@Test
	void aLongTextsSnippetIsPlacedByTheQuerysWordsOfFourLettersAtLeastButNotItsNegatedOnes() {
		assertThat(SearchWords.near("( 'vand':* | 'drikkevand' ) & 'klima'"))
			.isEqualTo("(?i)\\m(?:vand|drikkevand|klima)");
		assertThat(SearchWords.near("'power-to-x' <-> 'power' <-> 'to' <-> 'x'"))
			.isEqualTo("(?i)\\m(?:power\\-to\\-x|power)");
		assertThat(SearchWords.near("'vand' & !'klima'")).isEqualTo("(?i)\\m(?:vand)");
		assertThat(SearchWords.near("'to' & 'x'")).isEqualTo("(?i)\\m(?:to|x)");
		assertThat(SearchWords.near("'it''s' & 'a\\\\b'")).isEqualTo("(?i)\\m(?:it\\'s)");
		assertThat(SearchWords.near("!'klima'")).isNull();
	}

}
