package dk.samspil.region;

import java.util.regex.Pattern;

/** The official four-digit municipality code, such as 0630 for Vejle. */
public record MunicipalityCode(String value) implements Comparable<MunicipalityCode> {

	private static final Pattern FOUR_DIGITS = Pattern.compile("\\d{4}");

	public MunicipalityCode {
		if (value == null || !FOUR_DIGITS.matcher(value).matches()) {
			throw new IllegalArgumentException("A municipality code has four digits, not " + value);
		}
	}

	/** Accepts the code as data sets write it: 630, "630" or "0630". */
	public static MunicipalityCode parse(String text) {
		String trimmed = text == null ? "" : text.trim();
		if (!trimmed.matches("\\d{1,4}")) {
			throw new IllegalArgumentException("A municipality code has four digits, not " + text);
		}
		return new MunicipalityCode("0".repeat(4 - trimmed.length()) + trimmed);
	}

	@Override
	public int compareTo(MunicipalityCode other) {
		return value.compareTo(other.value);
	}

	@Override
	public String toString() {
		return value;
	}
}
