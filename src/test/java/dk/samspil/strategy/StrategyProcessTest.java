package dk.samspil.strategy;

import dk.samspil.rules.Refusal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class StrategyProcessTest {

	@Test
	void theTermTwentyTwentySixToTwentyNineMustPublishItsStrategyByTheEndOfTwentyTwentySeven() {
		StrategyProcess process = process(2026, LocalDate.of(2027, 12, 31));
		assertThat(process.termEnds()).isEqualTo(2029);
		assertThat(process.deadline()).isEqualTo(LocalDate.of(2027, 12, 31));
		assertThat(process.missesDeadline()).isFalse();
	}

	@Test
	void aConsultationStartingAfterTheFirstHalfOfTheTermMissesTheDeadline() {
		assertThat(process(2026, LocalDate.of(2028, 1, 1)).missesDeadline()).isTrue();
	}

	@Test
	void withoutAConsultationTheEndOfDraftingCountsAndWithoutEitherNothingIsClaimed() {
		Map<Phase, Period> phases = new EnumMap<>(Phase.class);
		phases.put(Phase.DRAFTING, new Period(LocalDate.of(2027, 9, 1), LocalDate.of(2028, 2, 1)));
		assertThat(new StrategyProcess(null, "P", 2026, phases).missesDeadline()).isTrue();
		assertThat(new StrategyProcess(null, "P", 2026, Map.of()).missesDeadline()).isFalse();
		assertThat(new StrategyProcess(null, "P", 2026, Map.of()).publication()).isNull();
	}

	@Test
	void aPhaseCannotEndBeforeItStarts() {
		assertThatThrownBy(() -> new StrategyProcess(null, "P", 2026,
				Map.of(Phase.DISCUSSION, new Period(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 2, 1)))))
			.isInstanceOf(Refusal.class);
	}

	private static StrategyProcess process(int term, LocalDate consultationStarts) {
		return new StrategyProcess(null, "Planstrategi", term,
				Map.of(Phase.CONSULTATION, new Period(consultationStarts, consultationStarts.plusWeeks(8))));
	}

	@Test
	void aChangeMadeOnAnOlderVersionIsRefusedWithTheProcessAsItIsNow() {
		StrategyProcess saved = new StrategyProcess(new ProcessId(7), "Planstrategi", 2026, Map.of(), 2);
		ProcessChangedMeanwhile refused = catchThrowableOfType(ProcessChangedMeanwhile.class,
				() -> saved.changed("Ny", 2026, Map.of(), 1));
		assertThat(refused.current()).isSameAs(saved);
		StrategyProcess changed = saved.changed("Ny", 2027, Map.of(), 2);
		assertThat(changed.version()).isEqualTo(3);
		assertThat(changed.name()).isEqualTo("Ny");
		assertThat(changed.termStarts()).isEqualTo(2027);
	}

	@Test
	void aChangeFromAFormThatNamesNoVersionIsRefusedWithoutBlamingAColleague() {
		StrategyProcess saved = new StrategyProcess(new ProcessId(7), "Planstrategi", 2026, Map.of(), 2);
		assertThatThrownBy(() -> saved.changed("Ny", 2026, Map.of(), null)).isExactlyInstanceOf(Refusal.class)
			.hasMessage("strategy.process.versionUnknown");
	}

}
