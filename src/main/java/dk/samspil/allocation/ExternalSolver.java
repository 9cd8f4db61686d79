package dk.samspil.allocation;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Command-line LP solvers that read the MPS and LP files {@link Engine#exportStep}
 * writes, used to check the engine and to benchmark it side by side. They are optional:
 * {@link #installed()} says whether one is on the PATH.
 */
public enum ExternalSolver {

	/** GLPK's glpsol (Debian package glpk-utils). */
	GLPSOL("glpsol", Pattern.compile("obj\\s*=\\s*(-?[0-9.eE+-]+)")),
	/** COIN-OR's clp (Debian package coinor-clp). */
	CLP("clp", Pattern.compile("Optimal objective\\s+(-?[0-9.eE+-]+)"));

	private final String command;

	private final Pattern objective;

	ExternalSolver(String command, Pattern objective) {
		this.command = command;
		this.objective = objective;
	}

	/**
	 * What a solve reported.
	 *
	 * @param objective the optimum
	 * @param seconds the solver's own wall-clock time, process start included
	 */
	public record Solution(double objective, double seconds) {
	}

	public boolean installed() {
		String path = System.getenv("PATH");
		if (path == null) {
			return false;
		}
		for (String folder : path.split(File.pathSeparator)) {
			if (Files.isExecutable(Path.of(folder, command))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Solves one MPS or, when its name ends in .lp, LP file and reads the optimum from
	 * the solver's output.
	 */
	public Solution solve(Path file, Path workFolder) throws IOException, InterruptedException {
		String format = file.toString().endsWith(".lp") ? "--lp" : "--freemps";
		List<String> arguments = this == GLPSOL
				? List.of(command, format, file.toString(), "-o", workFolder.resolve("glpsol.out").toString())
				: List.of(command, file.toString(), "-primals", "-solve");
		long start = System.nanoTime();
		Process process = new ProcessBuilder(arguments).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes());
		if (!process.waitFor(5, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new IOException(command + " did not finish");
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		if (this == GLPSOL) {
			output = output + Files.readString(workFolder.resolve("glpsol.out"));
		}
		Matcher matcher = objective.matcher(output);
		double value = Double.NaN;
		while (matcher.find()) {
			value = Double.parseDouble(matcher.group(1));
		}
		if (Double.isNaN(value)) {
			throw new IOException(command + " reported no optimum:\n" + output);
		}
		return new Solution(value, seconds);
	}

}
