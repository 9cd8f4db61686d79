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
	void aLongTextsSnippetIsTakenNearTheShortestFormsOfTheQuerysWords() {
		assertThat(SearchIndex.near("( 'vand':* | 'drikkevand' | 'grundvand' ) & 'klima'")).isEqualTo("vand|klima");
		assertThat(SearchIndex.near("'power-to-x' & 'it''s' & 'a\\\\b'")).isEqualTo("a\\\\b|it\\'s|power\\-to\\-x");
	}

}
