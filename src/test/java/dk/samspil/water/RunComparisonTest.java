package dk.samspil.water;

import java.util.List;

import dk.samspil.allocation.water.WaterScenario;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What two runs ran, told apart scenario by scenario. */
class RunComparisonTest {

	@Test
	void aScenarioOnlyInTheFirstRunIsRemovedAndOneOnlyInTheSecondAdded() {
		List<RunComparison.ScenarioChange> changes = RunComparison.scenarios(
				List.of(WaterScenario.baseline("dry", List.of()), WaterScenario.baseline("same", List.of())),
				List.of(WaterScenario.baseline("same", List.of()), WaterScenario.baseline("wet", List.of())));
		assertThat(changes).extracting(c -> c.name() + " " + c.change()).containsExactly("dry REMOVED", "wet ADDED");
		assertThat(changes).extracting(RunComparison.ScenarioChange::change)
			.containsExactly(ModelComparison.Kind.REMOVED, ModelComparison.Kind.ADDED);
	}

}
