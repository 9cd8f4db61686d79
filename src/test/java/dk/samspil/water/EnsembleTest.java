package dk.samspil.water;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import dk.samspil.allocation.water.WaterScenario;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An ensemble is drawn from its seed: the same seed gives the same scenarios, within the
 * bounds given.
 */
class EnsembleTest {

	@Test
	void theSameSeedDrawsTheSameEnsembleAgainAndAnotherSeedAnotherOne() {
		List<WaterScenario> first = ensemble(42, 200).draw();
		List<WaterScenario> again = ensemble(42, 200).draw();
		List<WaterScenario> other = ensemble(43, 200).draw();
		assertThat(again).isEqualTo(first);
		assertThat(other).isNotEqualTo(first);
		assertThat(first).hasSize(200);
		assertThat(first.get(0).name()).isEqualTo("dry-001");
		assertThat(first.get(199).name()).isEqualTo("dry-200");
	}

	@Test
	void everyFigureLiesBetweenItsBoundsAndTheDrawSpreadsOverThem() {
		List<WaterScenario> drawn = ensemble(7, 500).draw();
		assertThat(drawn).allSatisfy(s -> {
			assertThat(s.drinkingGrowth()).isBetween(0.0, 0.02);
			assertThat(s.rechargeChange()).isBetween(-0.01, 0.0);
			assertThat(s.summerFactor()).isBetween(0.6, 1.0);
			assertThat(s.industryGrowth()).isEqualTo(0.01);
			assertThat(s.ptx()).singleElement().satisfies(p -> {
				assertThat(p.megawatts()).isBetween(300.0, 1000.0);
				assertThat(p.from()).isEqualTo(YearMonth.of(2030, 1));
			});
		});
		assertThat(drawn.stream().mapToDouble(WaterScenario::summerFactor).min().orElseThrow()).isLessThan(0.65);
		assertThat(drawn.stream().mapToDouble(WaterScenario::summerFactor).max().orElseThrow()).isGreaterThan(0.95);
	}

	@Test
	void anEnsembleOutsideTwoToAThousandScenariosCannotBeMade() {
		assertThatThrownBy(() -> ensemble(1, 1)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> ensemble(1, 1001)).isInstanceOf(IllegalArgumentException.class);
	}

	static Ensemble ensemble(long seed, int size) {
		return new Ensemble(0, new WaterModelId(1), "dry", size, seed, new Ensemble.Bounds(0, 0.02),
				new Ensemble.Bounds(0.01, 0.01), new Ensemble.Bounds(-0.01, 0), new Ensemble.Bounds(0.6, 1.0),
				List.of(new Ensemble.StageRange("ptx-hysynergy", YearMonth.of(2030, 1),
						new Ensemble.Bounds(300, 1000))),
				"test", Instant.EPOCH);
	}

}
