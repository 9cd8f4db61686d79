package dk.samspil.consultations;

import java.util.List;

/**
 * What became of a response, without who sent it: the sections it concerns, its summary,
 * the administration's comment, the outcome and the change it led to (with the anchor of
 * the changed section). A campaign is one trail with the number of near-identical
 * responses in {@code count}.
 */
public record ResponseTrail(String receipt, int count, List<String> anchors, String summary, String comment,
		Outcome outcome, String changeText, String changeAnchor) {

	public boolean concerns(String anchor) {
		return anchors.contains(anchor) || anchor.equals(changeAnchor);
	}
}
