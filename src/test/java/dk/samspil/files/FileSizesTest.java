package dk.samspil.files;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FileSizesTest {

	private static final Locale DANISH = Locale.forLanguageTag("da");

	@Test
	void aDanishReaderSeesADecimalCommaAndAnEnglishOneAPoint() {
		long size = 1_258_291;
		assertThat(FileSizes.readable(size, DANISH)).isEqualTo("1,2 MB");
		assertThat(FileSizes.readable(size, Locale.ENGLISH)).isEqualTo("1.2 MB");
	}

	@Test
	void smallFilesAreCountedInWholeKilobytesAndNeverAsNothing() {
		assertThat(FileSizes.readable(12 * 1024, DANISH)).isEqualTo("12 kB");
		assertThat(FileSizes.readable(10, DANISH)).isEqualTo("1 kB");
		assertThat(FileSizes.readable(0, DANISH)).isEqualTo("0 kB");
	}

}
