package dk.samspil.goals;

import java.math.BigDecimal;

import dk.samspil.rules.FieldRefusal;

/**
 * An amount (hectares, tonnes, a count) or a percentage, which cannot go below 0 or above
 * 100.
 */
enum UnitKind {

	AMOUNT, PERCENT;

	void check(double value) {
		if (!Double.isFinite(value)) {
			throw new FieldRefusal("value", "goals.rule.notANumber", "");
		}
		if (this == PERCENT && (value < 0 || value > 100)) {
			throw new FieldRefusal("value", "goals.rule.percent", format(value));
		}
	}

	static String format(double value) {
		return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
	}

}
