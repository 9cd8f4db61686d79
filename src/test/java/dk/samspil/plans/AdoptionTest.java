package dk.samspil.plans;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dk.samspil.region.MunicipalityCode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AdoptionTest {

	static final List<MunicipalityCode> SEVEN = List.of("0530", "0607", "0510", "0621", "0410", "0575", "0630")
		.stream()
		.map(MunicipalityCode::new)
		.toList();

	final List<Step> steps = new ArrayList<>();

	@Test
	void adoptionWaitsForTheSeventhCouncil() {
		SEVEN.subList(0, 6).forEach(m -> council(m, 2, Step.Decision.ADOPTS));
		Adoption six = Adoption.of(SEVEN, steps, 0);
		assertThat(six.state()).isEqualTo(Adoption.State.IN_PROGRESS);
		assertThat(six.councilsAdopted()).isEqualTo(6);
		council(SEVEN.get(6), 2, Step.Decision.ADOPTS);
		assertThat(Adoption.of(SEVEN, steps, 0).state()).isEqualTo(Adoption.State.ADOPTED);
		assertThat(Adoption.of(SEVEN, steps, 0).version()).isEqualTo(2);
	}

	@Test
	void committeesDoNotAdoptAndALaterPostponementUndoesAnAdoption() {
		SEVEN.forEach(m -> council(m, 1, Step.Decision.ADOPTS));
		steps.add(new Step(99, 1, 1, SEVEN.get(0), Step.Body.FINANCE_COMMITTEE, LocalDate.of(2026, 9, 1),
				Step.Decision.REJECTS, null, null, false));
		assertThat(Adoption.of(SEVEN, steps, 0).isAdopted()).isTrue();
		steps.add(new Step(100, 1, 1, SEVEN.get(0), Step.Body.COUNCIL, LocalDate.of(2026, 9, 2),
				Step.Decision.POSTPONES, null, null, false));
		assertThat(Adoption.of(SEVEN, steps, 0).state()).isEqualTo(Adoption.State.IN_PROGRESS);
	}

	@Test
	void adoptsWithChangesDivergesUntilReconciled() {
		SEVEN.subList(0, 6).forEach(m -> council(m, 1, Step.Decision.ADOPTS));
		council(SEVEN.get(6), 1, Step.Decision.ADOPTS_WITH_CHANGES);
		assertThat(Adoption.of(SEVEN, steps, 0).state()).isEqualTo(Adoption.State.DIVERGING);
		Step last = steps.remove(6);
		steps.add(new Step(last.id(), 1, 1, last.municipality(), last.body(), last.meetingDate(), last.decision(), null,
				null, true));
		assertThat(Adoption.of(SEVEN, steps, 0).state()).isEqualTo(Adoption.State.ADOPTED);
	}

	@Test
	void differentVersionsDiverge() {
		SEVEN.subList(0, 6).forEach(m -> council(m, 1, Step.Decision.ADOPTS));
		council(SEVEN.get(6), 2, Step.Decision.ADOPTS);
		assertThat(Adoption.of(SEVEN, steps, 0).state()).isEqualTo(Adoption.State.DIVERGING);
	}

	@Test
	void aStandingObjectionBlocksFinalAdoption() {
		SEVEN.forEach(m -> council(m, 1, Step.Decision.ADOPTS));
		assertThat(Adoption.of(SEVEN, steps, 1).state()).isEqualTo(Adoption.State.BLOCKED_BY_OBJECTION);
	}

	private void council(MunicipalityCode municipality, int version, Step.Decision decision) {
		steps.add(new Step(steps.size() + 1, version, version, municipality, Step.Body.COUNCIL,
				LocalDate.of(2026, 6, 1), decision, null, null, false));
	}

}
