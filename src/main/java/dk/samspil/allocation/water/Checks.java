package dk.samspil.allocation.water;

import dk.samspil.allocation.ModelException;

/** Refusals shared by the water elements, each naming the element. */
final class Checks {

	private Checks() {
	}

	static void amount(String id, String what, double value) {
		if (Double.isNaN(value)) {
			throw new ModelException("'" + id + "': " + what + " is missing");
		}
		if (value < 0 || Double.isInfinite(value)) {
			throw new ModelException("'" + id + "': " + what + " " + value + " must be zero or more and finite");
		}
	}

	static void share(String id, String what, double value) {
		if (!(value >= 0 && value <= 1)) {
			throw new ModelException("'" + id + "': " + what + " " + value + " must lie between 0 and 1");
		}
	}

	static void months(String id, String what, double[] values) {
		if (values == null || values.length != 12) {
			throw new ModelException("'" + id + "': " + what + " needs 12 monthly values, got "
					+ (values == null ? "none" : values.length));
		}
		for (double value : values) {
			amount(id, what, value);
		}
	}

}
