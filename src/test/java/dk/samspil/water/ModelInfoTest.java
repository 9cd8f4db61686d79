package dk.samspil.water;

import dk.samspil.groups.GroupId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which versions of a model a page shows when none or some are asked for. */
class ModelInfoTest {

	@Test
	void aVersionNotAskedForIsTheNewestAndAComparisonIsOfTheNewestAndTheOneBefore() {
		ModelInfo info = new ModelInfo(new WaterModelId(1), new GroupId(1), "m", 4);
		assertThat(info.versionOr(0)).isEqualTo(4);
		assertThat(info.versionOr(2)).isEqualTo(2);
		assertThat(info.compared(0, 0)).isEqualTo(new ModelInfo.Compared(3, 4));
		assertThat(info.compared(1, 3)).isEqualTo(new ModelInfo.Compared(1, 3));
		assertThat(new ModelInfo(new WaterModelId(1), new GroupId(1), "m", 1).compared(0, 0))
			.isEqualTo(new ModelInfo.Compared(1, 1));
	}

}
