package dk.samspil.files;

/**
 * File names that are safe to store, to show and to put in a download header, whatever a
 * browser sent.
 */
public final class FileNames {

	private static final int MAX_LENGTH = 120;

	private FileNames() {
	}

	/**
	 * The last part of the name (no folders), without control characters, quotes or
	 * characters that file systems refuse, at most {@value #MAX_LENGTH} characters ending
	 * with the original extension; never empty, never hidden.
	 */
	public static String safe(String original) {
		String name = original == null ? "" : original.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1)
			.replaceAll("[\\p{Cntrl}\\p{Cf}\\uFFFD]", "")
			.replaceAll("[\"<>:|?*;%]", "_")
			.strip();
		if (name.length() > MAX_LENGTH) {
			name = name.substring(name.length() - MAX_LENGTH).strip();
		}
		if (name.isEmpty() || name.startsWith(".")) {
			name = "fil" + name;
		}
		return name;
	}

}
