package dk.samspil.region;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MunicipalityCodeTest {

	@Test
	void readsCodesAsDataSetsWriteThem() {
		assertThat(MunicipalityCode.parse("630")).isEqualTo(new MunicipalityCode("0630"));
		assertThat(MunicipalityCode.parse(" 0410 ")).isEqualTo(new MunicipalityCode("0410"));
	}

	@Test
	void refusesWhatIsNotAFourDigitCode() {
		assertThatIllegalArgumentException().isThrownBy(() -> new MunicipalityCode("630"));
		assertThatIllegalArgumentException().isThrownBy(() -> MunicipalityCode.parse("12345"));
		assertThatIllegalArgumentException().isThrownBy(() -> MunicipalityCode.parse("Vejle"));
		assertThatIllegalArgumentException().isThrownBy(() -> MunicipalityCode.parse(null));
	}

}
