package dk.samspil.consultations;

import java.util.List;

/**
 * What became of a response, without who sent it: the sections it concerns, its summary, the administration's comment,
 * the outcome and the change it led to (with the anchor of the changed section).
 */
public record ResponseTrail(String receipt, List<String> anchors, String summary, String comment, String outcome,
		String changeText, String changeAnchor) {

	public boolean concerns(String anchor) {
		return anchors.contains(anchor) || anchor.equals(changeAnchor);
	}
}
