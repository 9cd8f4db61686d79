package dk.samspil.allocation;

import com.google.ortools.Loader;

/** Loads the OR-Tools native library once per process, however many solvers start. */
final class OrTools {

	private static volatile boolean loaded;

	private OrTools() {
	}

	static void load() {
		if (!loaded) {
			synchronized (OrTools.class) {
				if (!loaded) {
					Loader.loadNativeLibraries();
					loaded = true;
				}
			}
		}
	}

}
