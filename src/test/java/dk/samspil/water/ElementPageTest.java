package dk.samspil.water;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which rows a page of elements shows, whatever page the address asks for. */
class ElementPageTest {

	@Test
	void aPageThatIsNoNumberIsTheFirstAndOnePastTheLastIsTheLast() {
		for (String wrong : new String[] { null, "", "-3", "abc", "1e3", "٣" }) {
			assertThat(ElementPage.requested(wrong)).as(wrong).isEqualTo(1);
		}
		assertThat(ElementPage.requested(" 7 ")).isEqualTo(7);
		assertThat(ElementPage.requested("99999999999999999999")).isEqualTo(Integer.MAX_VALUE);
		ElementPage last = new ElementPage("", Integer.MAX_VALUE, 40_000, 40_000);
		assertThat(last.number()).isEqualTo(400);
		assertThat(last.from()).isEqualTo(39_900);
		assertThat(last.to()).isEqualTo(40_000);
		assertThat(last.hasNext()).isFalse();
	}

	@Test
	void aPageOfNothingIsTheFirstAndShowsNoRows() {
		ElementPage empty = new ElementPage("zzz", 5, 0, 300);
		assertThat(empty.number()).isEqualTo(1);
		assertThat(empty.to() - empty.from()).isZero();
		assertThat(empty.hasPrevious()).isFalse();
		assertThat(empty.hasNext()).isFalse();
	}

	@Test
	void theFilterHoldsAnyPartOfTheIdWhateverTheCase() {
		assertThat(ElementPage.matches("VV-Kolding-3", ElementPage.filter("  kolding-3 "))).isTrue();
		assertThat(ElementPage.matches("VV-Vejle-3", "kolding")).isFalse();
		assertThat(ElementPage.matches("anything", ElementPage.filter(null))).isTrue();
		assertThat(ElementPage.filter("x".repeat(500))).hasSize(ElementPage.FILTER_LENGTH);
	}

}
