package dk.samspil.water;

import dk.samspil.allocation.file.ModelFile;
import dk.samspil.allocation.water.Quality;
import dk.samspil.groups.GroupId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The defaults a question starts from, chosen by the domain rather than a page. */
class SitingFormTest {

	private static final ModelFile TRIANGLE = ModelFile.resource("/allocation/triangle-region.json");

	@Test
	void theFirstQuestionIsALargePlantOfTechnicalWaterFiveYearsIntoTheHorizon() {
		SitingForm first = SitingForm.first(TRIANGLE);
		assertThat(first.megawatts()).isEqualTo("300");
		assertThat(first.fromYear()).isEqualTo(String.valueOf(TRIANGLE.horizon().start().getYear() + 5));
		assertThat(first.accepts()).isEqualTo(Quality.TECHNICAL);
		assertThat(first.asked()).isFalse();
	}

	@Test
	void potableWaterIsTakenOnlyWhenChosenAndAnythingElseIsTechnical() {
		assertThat(new SitingForm("1", "2030", "POTABLE", "", "1").accepts()).isEqualTo(Quality.POTABLE);
		assertThat(new SitingForm("1", "2030", "<script>", "", "1").accepts()).isEqualTo(Quality.TECHNICAL);
		assertThat(new SitingForm("1", "2030", null, "", "1").accepts()).isEqualTo(Quality.TECHNICAL);
	}

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
