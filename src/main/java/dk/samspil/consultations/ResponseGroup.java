package dk.samspil.consultations;

import java.util.List;

/** One response, or a campaign: near-identical responses shown once with their count. */
record ResponseGroup(Response first, List<Response> members) {

	public boolean isCampaign() {
		return members.size() > 1;
	}

	public int count() {
		return members.size();
	}
}
