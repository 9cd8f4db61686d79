package dk.samspil.allocation;

/**
 * A model the engine refuses to run; the message names the node, link or series at fault.
 */
public class ModelException extends RuntimeException {

	public ModelException(String message) {
		super(message);
	}

}
