package dk.samspil.allocation;

import java.util.List;

/**
 * A step the solver could not solve; lists the constraints involved so the modeller can
 * find the cause.
 */
public class InfeasibleStepException extends RuntimeException {

	private final List<String> constraints;

	public InfeasibleStepException(String scenario, int month, String status, List<String> constraints) {
		super("scenario '" + scenario + "', month " + month + ": solver returned " + status + "; constraints involved: "
				+ String.join(", ", constraints));
		this.constraints = List.copyOf(constraints);
	}

	/** The names of the balance rows and bounds that could not be met together. */
	public List<String> constraints() {
		return constraints;
	}

}
