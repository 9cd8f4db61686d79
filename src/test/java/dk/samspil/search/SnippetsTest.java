package dk.samspil.search;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SnippetsTest {

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

	private static String snippet(String tsquery, String text) {
		return new Snippets(SearchWords.lexemes(tsquery)).html(text);
	}

	@Test
	void aWordIsMarkedWhenItsStemIsOneOfTheQuerysFormsButNotWhenItOnlyStartsLikeOne() {
		assertThat(snippet("( 'vand' | 'drikkevand' ) & 'klima'",
				"Klimaet og klimaets drikkevand. Drikkevandet er rent, klimaks og vandrer ikke."))
			.isEqualTo("<mark>Klimaet</mark> og <mark>klimaets</mark> <mark>drikkevand</mark>. "
					+ "<mark>Drikkevandet</mark> er rent, klimaks og vandrer ikke.");
	}

	@Test
	void aStopWordIsNeverMarkedThoughAnEnglishFormHoldsIt() {
		assertThat(snippet("'havn' & 'på'", "Mødet på havnen.")).isEqualTo("Mødet på <mark>havnen</mark>.");
	}

	@Test
	void hyphenatedWordsAddressesAndNumbersAreMarkedAsPostgreSqlMarksThem() {
		// the query websearch_to_tsquery('danish', …) makes of "Power-to-X havn a.b@c.dk
		// 3.14"
		String query = "'power-to-x' <-> 'pow' <-> 'to' <-> 'x' & 'havn' & 'a.b@c.dk' & '3.14'";
		assertThat(snippet(query, "Power-to-X på havnen, se a.b@c.dk og bilag 3.14. Også 3,14 og 13.14."))
			.isEqualTo("<mark>Power</mark>-<mark>to</mark>-<mark>X</mark> på <mark>havnen</mark>, se "
					+ "<mark>a.b@c.dk</mark> og bilag <mark>3.14</mark>. Også 3,14 og 13.14.");
		// a hyphenated word found by its own lexeme only, as a compound of the index is
		assertThat(snippet("'co2-udledning' | 'klima-aftal'", "Mindre co2-udledning fra Klima-aftalen i år")).isEqualTo(
				"Mindre <mark>co2</mark>-<mark>udledning</mark> fra <mark>Klima</mark>-<mark>aftalen</mark> i år");
		// a word with digits is its own lexeme, never stemmed
		assertThat(snippet("'2030'", "Målene for 2030 og 2030erne."))
			.isEqualTo("Målene for <mark>2030</mark> og 2030erne.");
	}

	@Test
	void theContentIsEscapedAndCannotForgeAMark() {
		assertThat(snippet("'vand'", "<script>alert('x')</script> & <mark>vand</mark> \u0002x\u0003")).isEqualTo(
				"&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;mark&gt;<mark>vand</mark>&lt;/mark&gt; \u0002x\u0003");
	}

	@Test
	void matchesFarApartShowTwoFragmentsOfThirtyWordsTheMostMatchesFirst() {
		String filler = "Kommunerne arbejder sammen om natur og planlægning i regionen. ";
		String text = filler.repeat(4) + "Klimaet kommer. " + filler.repeat(5) + "Drikkevand og klimaets plan. "
				+ filler.repeat(5) + "Klimaet igen. " + filler.repeat(3);
		String snippet = snippet("'klima' | 'drikkevand'", text);
		List<String> fragments = List.of(snippet.split(Snippet.DELIMITER));
		assertThat(fragments).hasSize(2);
		assertThat(fragments.get(0)).contains("<mark>Klimaet</mark> kommer");
		assertThat(fragments.get(1)).contains("<mark>Drikkevand</mark> og <mark>klimaets</mark> plan")
			.doesNotContain("igen");
		assertThat(fragments).allSatisfy(fragment -> assertThat(words(fragment)).isEqualTo((long) Snippet.WORDS));
	}

	@Test
	void fragmentsThatMeetAreShownAsOnePassage() {
		var text = new StringBuilder();
		for (int word = 0; word < 70; word++) {
			text.append(word == 10 || word == 40 ? "klimaet" : "ord" + word).append(' ');
		}
		String snippet = snippet("'klima'", text.toString());
		assertThat(snippet).doesNotContain(Snippet.DELIMITER)
			.startsWith("ord0 ")
			.endsWith(" ord59")
			.contains("ord9 <mark>klimaet</mark> ord11", "ord29 ord30", "ord39 <mark>klimaet</mark> ord41");
	}

	@Test
	void aTextWithoutAMatchShowsItsFirstThirtyWords() {
		String text = "Kommunerne arbejder sammen om natur og planlægning i regionen. ".repeat(10);
		String snippet = snippet("'vand'", text);
		assertThat(snippet).startsWith("Kommunerne arbejder")
			.doesNotContain("<mark>")
			.doesNotContain(Snippet.DELIMITER);
		assertThat(words(snippet)).isEqualTo((long) Snippet.WORDS);
	}

	@Test
	void aShortTextIsShownWholeWithItsPunctuation() {
		assertThat(snippet("'blåmuslingeopdræt'", "Vi drøftede blåmuslingeopdræt og kvælstof."))
			.isEqualTo("Vi drøftede <mark>blåmuslingeopdræt</mark> og kvælstof.");
	}

	@Test
	void aPartsWordsCutInTwoAreNotShown() {
		assertThat(
				new Snippets(List.of("vand")).html(new Snippets.Part("ledningen om vandet og rens", true, true), null))
			.isEqualTo("om <mark>vandet</mark> og");
	}

	@Test
	void aSecondPartGivesTheSecondFragmentOrBothWhenTheFirstShowsNoneOfTheWords() {
		var snippets = new Snippets(List.of("klima", "fjordbund"));
		var first = new Snippets.Part("gionen. Klimaet kommer til byen", true, false);
		var second = new Snippets.Part("havet. Til sidst nævnes fjordbunden. Kystlag", true, true);
		assertThat(snippets.html(first, second)).isEqualTo("<mark>Klimaet</mark> kommer til byen" + Snippet.DELIMITER
				+ "Til sidst nævnes <mark>fjordbunden</mark>.");
		var without = new Snippets.Part("gionen. Vejret kommer til byen", true, false);
		assertThat(snippets.html(without, second)).isEqualTo("Til sidst nævnes <mark>fjordbunden</mark>.");
		assertThat(snippets.html(first, new Snippets.Part("Vejret er godt", true, true)))
			.isEqualTo("<mark>Klimaet</mark> kommer til byen");
	}

	private static long words(String html) {
		return WORD.matcher(html.replaceAll("<[^>]+>", "")).results().count();
	}

}
