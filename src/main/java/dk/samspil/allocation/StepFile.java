package dk.samspil.allocation;

/**
 * Writes a step as the LP it is, in free MPS or CPLEX LP format: one column per arc
 * (cost, bounds), one balance row per node but the sink. OR-Tools' own writers round
 * every number to six significant digits, which turns a supply of 2,008,213 into
 * 2,008,210; a file another solver checks the engine with must hold the step exactly.
 */
final class StepFile {

	/** Terms per line in LP files, which some readers cap at a few hundred characters. */
	private static final int TERMS_PER_LINE = 4;

	private StepFile() {
	}

	static String column(StepProblem problem, int arc) {
		return "x" + arc + "_" + safe(problem.arcName(arc));
	}

	static String row(StepProblem problem, int node) {
		// the index keeps names apart that differ only in letters outside ASCII
		return "b" + node + "_" + safe(problem.nodeName(node));
	}

	private static String safe(String name) {
		return name.replaceAll("[^A-Za-z0-9_]", "_");
	}

	static String mps(StepProblem problem) {
		StringBuilder out = new StringBuilder("NAME step FREE\nROWS\n N obj\n");
		for (int n = 0; n < problem.sink; n++) {
			out.append(" E ").append(row(problem, n)).append('\n');
		}
		out.append("COLUMNS\n");
		for (int a = 0; a < problem.arcCount(); a++) {
			String column = column(problem, a);
			out.append("    ").append(column).append(" obj ").append(problem.cost[a]).append('\n');
			out.append("    ").append(column).append(' ').append(row(problem, problem.tail[a])).append(" 1\n");
			if (problem.head[a] != problem.sink) {
				out.append("    ")
					.append(column)
					.append(' ')
					.append(row(problem, problem.head[a]))
					.append(' ')
					.append(number(-problem.gain[a]))
					.append('\n');
			}
		}
		out.append("RHS\n");
		for (int n = 0; n < problem.sink; n++) {
			out.append("    RHS ").append(row(problem, n)).append(' ').append(problem.supply[n]).append('\n');
		}
		out.append("BOUNDS\n");
		for (int a = 0; a < problem.arcCount(); a++) {
			out.append(problem.capacity[a] == 0 ? " FX BND " : " UP BND ")
				.append(column(problem, a))
				.append(' ')
				.append(problem.capacity[a])
				.append('\n');
		}
		return out.append("ENDATA\n").toString();
	}

	static String lp(StepProblem problem) {
		StringBuilder out = new StringBuilder("\\ one step of the allocation engine\nMinimize\n obj:");
		for (int a = 0; a < problem.arcCount(); a++) {
			term(out, a, problem.cost[a], column(problem, a));
		}
		out.append("\nSubject To\n");
		StringBuilder[] rows = new StringBuilder[problem.sink];
		int[] terms = new int[problem.sink];
		for (int n = 0; n < problem.sink; n++) {
			rows[n] = new StringBuilder(" ").append(row(problem, n)).append(':');
		}
		for (int a = 0; a < problem.arcCount(); a++) {
			term(rows[problem.tail[a]], terms[problem.tail[a]]++, 1, column(problem, a));
			if (problem.head[a] != problem.sink) {
				term(rows[problem.head[a]], terms[problem.head[a]]++, -problem.gain[a], column(problem, a));
			}
		}
		for (int n = 0; n < problem.sink; n++) {
			out.append(rows[n])
				.append(terms[n] == 0 ? " 0 " + column(problem, 0) : "")
				.append(" = ")
				.append(problem.supply[n])
				.append('\n');
		}
		out.append("Bounds\n");
		for (int a = 0; a < problem.arcCount(); a++) {
			out.append(" 0 <= ").append(column(problem, a)).append(" <= ").append(problem.capacity[a]).append('\n');
		}
		return out.append("End\n").toString();
	}

	private static void term(StringBuilder line, int index, double coefficient, String column) {
		if (index > 0 && index % TERMS_PER_LINE == 0) {
			line.append("\n  ");
		}
		line.append(coefficient < 0 ? " - " : " + ").append(number(Math.abs(coefficient))).append(' ').append(column);
	}

	/**
	 * Whole numbers without a decimal point, others in the shortest form that reads back
	 * as the same double.
	 */
	private static String number(double value) {
		return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
				: Double.toString(value);
	}

}
