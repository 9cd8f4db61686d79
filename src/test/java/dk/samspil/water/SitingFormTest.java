package dk.samspil.water;

import dk.samspil.allocation.water.Quality;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The water a plant in question accepts, whatever the request says. */
class SitingFormTest {

	@Test
	void potableWaterIsTakenOnlyWhenChosenAndAnythingElseIsTechnical() {
		assertThat(new SitingForm("1", "2030", "POTABLE", "", "1").accepts()).isEqualTo(Quality.POTABLE);
		assertThat(new SitingForm("1", "2030", "<script>", "", "1").accepts()).isEqualTo(Quality.TECHNICAL);
		assertThat(new SitingForm("1", "2030", null, "", "1").accepts()).isEqualTo(Quality.TECHNICAL);
	}

}
