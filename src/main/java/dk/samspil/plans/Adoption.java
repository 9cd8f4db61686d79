package dk.samspil.plans;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dk.samspil.region.MunicipalityCode;

/**
 * Whether a joint plan is adopted: every council has adopted the same version, no
 * council's "adopts with changes" is waiting to be reconciled, and no objection under §§
 * 28, 29 or 29 b stands.
 */
record Adoption(State state, int councilsAdopted, int councils, Integer version) {

	enum State {

		IN_PROGRESS, DIVERGING, BLOCKED_BY_OBJECTION, ADOPTED

	}

	static Adoption of(Collection<MunicipalityCode> municipalities, List<Step> steps, long standingObjections) {
		int adopted = 0;
		boolean diverging = false;
		Set<Integer> versions = new HashSet<>();
		for (MunicipalityCode municipality : municipalities) {
			Optional<Step> last = latestCouncilDecision(municipality, steps);
			if (last.isEmpty()) {
				continue;
			}
			diverging |= last.get().diverges();
			if (last.get().adoptsAsIs()) {
				adopted++;
				versions.add(last.get().versionNumber());
			}
		}
		int all = municipalities.size();
		Integer version = versions.size() == 1 ? versions.iterator().next() : null;
		if (diverging || versions.size() > 1) {
			return new Adoption(State.DIVERGING, adopted, all, null);
		}
		if (adopted < all || all == 0) {
			return new Adoption(State.IN_PROGRESS, adopted, all, version);
		}
		State state = standingObjections > 0 ? State.BLOCKED_BY_OBJECTION : State.ADOPTED;
		return new Adoption(state, adopted, all, version);
	}

	/**
	 * The council's latest decision counts: a later "postpones" or "rejects" undoes an
	 * earlier adoption.
	 */
	static Optional<Step> latestCouncilDecision(MunicipalityCode municipality, List<Step> steps) {
		return steps.stream()
			.filter(step -> step.municipality().equals(municipality) && step.body() == Step.Body.COUNCIL)
			.max(Comparator.comparing(Step::meetingDate).thenComparing(Step::id));
	}

	public boolean isAdopted() {
		return state == State.ADOPTED;
	}
}
