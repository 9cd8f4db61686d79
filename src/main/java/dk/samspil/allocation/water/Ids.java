package dk.samspil.allocation.water;

/**
 * Names of the core nodes and links one water element becomes, so results can be read
 * back by element.
 */
final class Ids {

	private Ids() {
	}

	static String abstraction(String groundwater) {
		return groundwater + "/abstraction";
	}

	static String wells(String groundwater) {
		return groundwater + "/wells";
	}

	static String stream(String groundwater) {
		return groundwater + "/stream";
	}

	static String minimumFlow(String surface) {
		return surface + "/minimum-flow";
	}

	static String technical(String plant) {
		return plant + "/technical";
	}

	static String treatment(String element) {
		return element + "/treatment";
	}

	static String potable(String waterworks) {
		return waterworks + "/potable";
	}

	static String out(String source) {
		return source + "/out";
	}

	static String supply(String source) {
		return source + "/supply";
	}

}
