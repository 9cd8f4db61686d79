package dk.samspil.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchQueryTest {

	@Test
	void aLongQueryIsCutToItsFirstWordsAndCharactersBetweenWords() {
		String words = "vand ".repeat(1_000);
		assertThat(SearchQuery.of(words).text()).isEqualTo("vand ".repeat(SearchQuery.MAX_WORDS).strip());

		String longWords = "grundvandsbeskyttelse ".repeat(20);
		String cut = SearchQuery.of(longWords).text();
		assertThat(cut).hasSizeLessThanOrEqualTo(SearchQuery.MAX_LENGTH).endsWith("grundvandsbeskyttelse");
		assertThat(cut.split(" ")).hasSize(SearchQuery.MAX_LENGTH / "grundvandsbeskyttelse ".length());

		assertThat(SearchQuery.of("  vand  klima ").text()).isEqualTo("vand  klima");
	}

	@Test
	void oneLongWordIsCutWithoutSplittingACharacter() {
		assertThat(SearchQuery.of("a".repeat(1_000)).text()).hasSize(SearchQuery.MAX_LENGTH);
		// a drop of water is two chars in Java; one would be half a character
		String drops = "a" + "\uD83D\uDCA7".repeat(200);
		String cut = SearchQuery.of(drops).text();
		assertThat(cut).hasSize(SearchQuery.MAX_LENGTH - 1);
		assertThat(Character.isHighSurrogate(cut.charAt(cut.length() - 1))).isFalse();
	}

}
