package dk.samspil.paging;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Which rows a page shows and where it lies, whatever page the address asks for. */
class PagerTest {

	@Test
	void aPageThatIsNoNumberIsTheOpeningPageAndANumberTooLongIsPastTheLast() {
		for (String wrong : new String[] { null, "", " ", "-3", "+3", "abc", "1e3", "2.5", "%00", "٣" }) {
			assertThat(Pager.requested(wrong)).as(wrong).isEmpty();
			assertThat(Pager.of(wrong, 100, 1_030).number()).as(wrong).isEqualTo(1);
			assertThat(Pager.orLast(wrong, 100, 1_030).number()).as(wrong).isEqualTo(11);
		}
		assertThat(Pager.requested(" 7 ")).hasValue(7);
		assertThat(Pager.requested("2147483648")).hasValue(Integer.MAX_VALUE);
		assertThat(Pager.requested("99999999999999999999")).hasValue(Integer.MAX_VALUE);
	}

	@Test
	void aPageBeforeTheFirstIsTheFirstAndOnePastTheLastIsTheLast() {
		assertThat(Pager.of("0", 100, 1_030).number()).isEqualTo(1);
		assertThat(Pager.of("12", 100, 1_030).number()).isEqualTo(11);
		assertThat(Pager.orLast("0", 100, 1_030).number()).isEqualTo(1);
		Pager last = Pager.of("99999999999999999999", 100, 40_000);
		assertThat(last.number()).isEqualTo(400);
		assertThat(last.offset()).isEqualTo(39_900);
		assertThat(last.limit()).isEqualTo(100);
		assertThat(last.first()).isEqualTo(39_901);
		assertThat(last.last()).isEqualTo(40_000);
		assertThat(last.hasNext()).isFalse();
		assertThat(last.next()).isEqualTo(400);
		assertThat(new Pager(Integer.MIN_VALUE, 100, 40_000).number()).isEqualTo(1);
	}

	@Test
	void aListOfNothingHasOneEmptyPage() {
		Pager empty = Pager.of("5", 100, 0);
		assertThat(empty.number()).isEqualTo(1);
		assertThat(empty.pages()).isEqualTo(1);
		assertThat(empty.offset()).isZero();
		assertThat(empty.limit()).isZero();
		assertThat(empty.first()).isZero();
		assertThat(empty.last()).isZero();
		assertThat(empty.hasPrevious()).isFalse();
		assertThat(empty.hasNext()).isFalse();
	}

	@Test
	void exactlyOneFullPageIsOnePage() {
		Pager full = Pager.orLast(null, 100, 100);
		assertThat(full.pages()).isEqualTo(1);
		assertThat(full.number()).isEqualTo(1);
		assertThat(full.first()).isEqualTo(1);
		assertThat(full.last()).isEqualTo(100);
		assertThat(full.limit()).isEqualTo(100);
		assertThat(full.hasPrevious()).isFalse();
		assertThat(full.hasNext()).isFalse();
	}

	@Test
	void oneRowMoreThanAPageIsASecondPageOfOneRow() {
		Pager first = Pager.of(null, 100, 101);
		assertThat(first.pages()).isEqualTo(2);
		assertThat(first.first()).isEqualTo(1);
		assertThat(first.last()).isEqualTo(100);
		assertThat(first.hasPrevious()).isFalse();
		assertThat(first.hasNext()).isTrue();
		assertThat(first.next()).isEqualTo(2);

		Pager second = Pager.of("2", 100, 101);
		assertThat(second.offset()).isEqualTo(100);
		assertThat(second.limit()).isEqualTo(1);
		assertThat(second.first()).isEqualTo(101);
		assertThat(second.last()).isEqualTo(101);
		assertThat(second.hasPrevious()).isTrue();
		assertThat(second.previous()).isEqualTo(1);
		assertThat(second.hasNext()).isFalse();
	}

	@Test
	void aRowIsOnThePageItsIndexFallsIn() {
		assertThat(Pager.numberOf(0, 100)).isEqualTo(1);
		assertThat(Pager.numberOf(99, 100)).isEqualTo(1);
		assertThat(Pager.numberOf(100, 100)).isEqualTo(2);
		assertThat(Pager.numberOf(4, 20)).isEqualTo(1);
	}

	@Test
	void aListWithTheMostRowsThereCanBeStillCountsItsPages() {
		Pager last = Pager.orLast(null, 100, Integer.MAX_VALUE);
		assertThat(last.pages()).isEqualTo(21_474_837);
		assertThat(last.last()).isEqualTo(Integer.MAX_VALUE);
	}

	@Test
	void aPageHoldsAtLeastOneRowOfAListOfNoFewerThanNone() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Pager(1, 0, 10));
		assertThatIllegalArgumentException().isThrownBy(() -> new Pager(1, 100, -1));
	}

}
