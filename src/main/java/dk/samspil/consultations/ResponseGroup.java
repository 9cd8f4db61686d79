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

	/** Where in the groups the response is, alone or in its campaign; -1 when in none. */
	static int indexOf(List<ResponseGroup> groups, Response response) {
		for (int i = 0; i < groups.size(); i++) {
			if (groups.get(i).members().stream().anyMatch(m -> m.id() == response.id())) {
				return i;
			}
		}
		return -1;
	}
}
