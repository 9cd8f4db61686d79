package dk.samspil.consultations;

import java.time.LocalDate;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

import dk.samspil.rules.Refusal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConsultationPeriodTest {

	static final LocalDate START = LocalDate.of(2026, 2, 4);

	@Test
	void aFiftyFiveDayPeriodIsRefusedNamingParagraph24() {
		assertThatThrownBy(() -> ConsultationPeriod.check(START, START.plusDays(55), false, null))
			.isInstanceOfSatisfying(Refusal.class, refused -> {
				Assertions.assertThat(refused.messageKey()).isEqualTo("consultations.refused.period");
				Assertions.assertThat(refused.arguments()).containsExactly(55L, 8);
			});
		assertThatCode(() -> ConsultationPeriod.check(START, START.plusWeeks(8), false, null))
			.doesNotThrowAnyException();
	}

	@Test
	void aMinorChangeToTheFrameworkPartNeedsFourWeeks() {
		assertThatThrownBy(() -> ConsultationPeriod.check(START, START.plusDays(27), true, null))
			.isInstanceOf(Refusal.class)
			.hasMessage("consultations.refused.minor");
		assertThatCode(() -> ConsultationPeriod.check(START, START.plusDays(28), true, null))
			.doesNotThrowAnyException();
	}

	@Test
	void theIdeaPhaseEndsBeforeTheConsultationStarts() {
		assertThatThrownBy(() -> ConsultationPeriod.check(START, START.plusWeeks(8), false, START))
			.hasMessage("consultations.refused.ideaPhase");
		assertThatCode(() -> ConsultationPeriod.check(START, START.plusWeeks(8), false, START.minusDays(1)))
			.doesNotThrowAnyException();
	}

	@Test
	void aResponseOnTheDeadlineIsOnTimeAndTheDayAfterIsLate() {
		ConsultationPeriod c = new ConsultationPeriod(START, START.plusWeeks(8), false, null);
		Assertions.assertThat(c.isLate(START.plusWeeks(8))).isFalse();
		Assertions.assertThat(c.isLate(START.plusWeeks(8).plusDays(1))).isTrue();
	}

	@Test
	void postcodesFindTheirMunicipalityAndOthersAreOutsideTheRegion() {
		Assertions.assertThat(Postcodes.municipality("7100"))
			.hasValueSatisfying(code -> Assertions.assertThat(code.value()).isEqualTo("0630"));
		Assertions.assertThat(Postcodes.municipality(" 6000 ")).isPresent();
		Assertions.assertThat(Postcodes.municipality("2100")).isEmpty();
	}

}
