package dk.samspil.water;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which rows a page of elements shows, whatever page the address asks for. */
class ElementPageTest {

	@Test
	void aPageOnePastTheLastIsTheLast() {
		ElementPage last = new ElementPage("", Integer.MAX_VALUE, 40_000, 40_000);
		assertThat(last.page().number()).isEqualTo(400);
		assertThat(last.page().offset()).isEqualTo(39_900);
		assertThat(last.page().last()).isEqualTo(40_000);
		assertThat(last.page().hasNext()).isFalse();
	}

	@Test
	void aPageOfNothingIsTheFirstAndShowsNoRows() {
		ElementPage empty = new ElementPage("zzz", 5, 0, 300);
		assertThat(empty.page().number()).isEqualTo(1);
		assertThat(empty.page().limit()).isZero();
		assertThat(empty.page().hasPrevious()).isFalse();
		assertThat(empty.page().hasNext()).isFalse();
		assertThat(empty.matching()).isZero();
		assertThat(empty.total()).isEqualTo(300);
	}

	@Test
	void theFilterHoldsAnyPartOfTheIdWhateverTheCase() {
		assertThat(ElementPage.matches("VV-Kolding-3", ElementPage.filter("  kolding-3 "))).isTrue();
		assertThat(ElementPage.matches("VV-Vejle-3", "kolding")).isFalse();
		assertThat(ElementPage.matches("anything", ElementPage.filter(null))).isTrue();
		assertThat(ElementPage.filter("x".repeat(500))).hasSize(ElementPage.FILTER_LENGTH);
	}

}
