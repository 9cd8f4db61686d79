package dk.samspil.allocation;

/**
 * A model with a demand that no source reaches through its links: refused like any other
 * fault of a model, and told apart where a demand is added on trial (a plant sited where
 * the network does not reach).
 */
public class UnreachableDemand extends ModelException {

	public UnreachableDemand(String demand) {
		super("demand '" + demand + "' cannot be reached from any source");
	}

}
