package dk.samspil.goals;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

import dk.samspil.rules.FieldRefusal;

/**
 * Numbers as people type them and Danish Excel writes them: "1.234,5" and "1234,5"
 * (decimal comma, dots between thousands) as well as "1234.5". With a comma the comma is
 * the decimal mark; without one a single dot is.
 */
final class Numbers {

	private Numbers() {
	}

	static double parse(String text) {
		String s = text == null ? "" : text.strip().replace("\u00a0", "").replace(" ", "");
		if (s.isEmpty()) {
			throw new FieldRefusal("value", "goals.rule.notANumber", "");
		}
		if (s.contains(",")) {
			s = s.replace(".", "").replace(',', '.');
		}
		else if (s.chars().filter(c -> c == '.').count() > 1) {
			s = s.replace(".", "");
		}
		try {
			double value = new BigDecimal(s).doubleValue();
			if (!Double.isFinite(value)) {
				throw new NumberFormatException();
			}
			return value;
		}
		catch (NumberFormatException ex) {
			throw new FieldRefusal("value", "goals.rule.notANumber", text.strip());
		}
	}

	/**
	 * A number for the page, in the reader's language, with at most {@code decimals}
	 * decimals.
	 */
	static String format(Double value, Locale locale, int decimals) {
		if (value == null) {
			return "–";
		}
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMaximumFractionDigits(decimals);
		return format.format(value);
	}

	/**
	 * A number for a form field or a file: plain, the decimal mark a dot, no trailing
	 * zeros.
	 */
	static String plain(double value) {
		return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
	}

}
