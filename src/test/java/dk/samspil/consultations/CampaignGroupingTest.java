package dk.samspil.consultations;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CampaignGroupingTest {

	static final String LETTER = "Vi protesterer mod udlægningen af arealer til store vindmøller ved Randbøldal. "
			+ "Landskabet er unikt, og støjen vil ramme de nærmeste naboer. Tag området ud af planen.";

	@Test
	void threeHundredCopiesOfOneLetterWithTheirOwnGreetingsAreOneGroup() {
		Map<Long, String> texts = new LinkedHashMap<>();
		for (long i = 0; i < 300; i++) {
			texts.put(i, (i % 2 == 0 ? "Kære byråd, " : "Hej. ") + LETTER + " Venlig hilsen Borger " + i);
		}
		texts.put(1000L, "Der mangler en cykelsti mellem Børkop og Fredericia langs den gamle landevej.");
		texts.put(1001L, "Busforbindelsen mellem Billund og Vejle bør gå hver halve time, også i weekenden.");
		texts.put(1002L, "Drikkevandet skal komme først, før Power-to-X får adgang til grundvandet.");
		List<List<Long>> groups = CampaignGrouping.groups(texts);
		assertThat(groups.get(0)).hasSize(300);
		assertThat(groups).hasSize(4);
	}

	@Test
	void differentResponsesOnTheSameSubjectStayApart() {
		Map<Long, String> texts = new LinkedHashMap<>();
		texts.put(1L, "Vindmøllerne ved Randbøldal ødelægger landskabet og bør tages ud af planen.");
		texts.put(2L, "Vi støtter vindmøllerne ved Randbøldal, for vi har brug for mere vedvarende energi.");
		texts.put(3L, "");
		texts.put(4L, "");
		assertThat(CampaignGrouping.groups(texts)).hasSize(3);
	}

	@Test
	void wordsAreTheRunsOfLettersAndDigitsInAnyScript() {
		String text = "Kære Byråd,\t½ vej-nr. 2027—Ⅻ ² ΑΒΓ 漢字\u00a0x_y 😀 slut";
		String[] expected = Normalizer.normalize(text, Normalizer.Form.NFKC)
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^\\p{L}\\p{N}]+", " ")
			.strip()
			.split(" ");
		assertThat(CampaignGrouping.words(text)).containsExactly(expected);
		assertThat(CampaignGrouping.words(" ,. ")).isEmpty();
	}

	@Test
	void groupingByDigestsReadsOnlyTheTextsItHasNotWorkedOutBefore() {
		// the list of responses reads the texts' digests, and a text only when its digest
		// is new
		Map<Long, String> texts = new LinkedHashMap<>();
		for (long i = 0; i < 20; i++) {
			texts.put(800_000 + i, i < 10 ? "Kære byråd. " + LETTER + " Hilsen " + i : words(i));
		}
		Map<Long, String> digests = new LinkedHashMap<>();
		texts.forEach((id, text) -> digests.put(id, CampaignGrouping.digest(text)));
		List<Long> read = new ArrayList<>();
		List<List<Long>> groups = CampaignGrouping.groups(digests, ids -> {
			read.addAll(ids);
			return texts;
		});
		assertThat(groups).isEqualTo(CampaignGrouping.groups(texts)).hasSize(11);
		assertThat(read).containsExactlyElementsOf(texts.keySet());

		read.clear();
		digests.put(800_019L, CampaignGrouping.digest("Et nyt svar under et brugt id."));
		texts.put(800_019L, "Et nyt svar under et brugt id.");
		assertThat(CampaignGrouping.groups(digests, ids -> {
			read.addAll(ids);
			return texts;
		})).isEqualTo(groups);
		assertThat(read).containsExactly(800_019L);
	}

	@Test
	void theDigestIsPostgresqlsMd5OfTheText() {
		// select md5('Kære byråd') in PostgreSQL with UTF-8
		assertThat(CampaignGrouping.digest("")).isEqualTo("d41d8cd98f00b204e9800998ecf8427e");
		assertThat(CampaignGrouping.digest("Kære byråd")).isEqualTo("5e55f8546f3c11c0929c986d7ffd09ab");
		assertThat(CampaignGrouping.digest(null)).isNull();
	}

	/** Twenty words no other number gives. */
	private static String words(long number) {
		StringBuilder words = new StringBuilder();
		for (long k = 13; k < 33; k++) {
			words.append(Long.toString((number + 1) * k * 2654435761L, 36)).append(' ');
		}
		return words.toString();
	}

}
