package dk.samspil.groups;

import java.util.List;
import java.util.Map;

import dk.samspil.Race;
import dk.samspil.SamspilTest;
import dk.samspil.accounts.Accounts;
import dk.samspil.accounts.PersonId;
import dk.samspil.rules.Refusal;
import org.junit.jupiter.api.RepeatedTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two people of the secretariat acting on the same group at the same moment: one of them
 * does it, the other is told why not, and nothing either did is silently undone.
 */
@SamspilTest
class GroupRacesTest {

	/**
	 * Each race is run a few times over, as two threads started together are not always
	 * inside the same moment.
	 */
	static final int ROUNDS = 8;

	@Autowired
	GroupDesk desk;

	@Autowired
	GroupDirectory directory;

	@Autowired
	Groups groups;

	@Autowired
	Accounts accounts;

	@RepeatedTest(ROUNDS)
	void twoSavesOfTheSameVersionAtOnceSaveOneAndTheOtherIsToldTheGroupChanged() throws Exception {
		Group opened = group("Samtidig redigering");
		PersonId chair = accounts.findByUsername("vejen.klima").orElseThrow();
		PersonId other = accounts.findByUsername("billund.plan").orElseThrow();
		GroupChange mine = new GroupChange(opened.name(), GroupKind.WORKING, "Mit kommissorium.",
				Map.of(chair, GroupRole.CHAIR), List.of());
		GroupChange theirs = new GroupChange(opened.name(), GroupKind.PROJECT, "Dit kommissorium.",
				Map.of(other, GroupRole.CHAIR), List.of());
		var outcomes = Race.twoAtOnce(() -> {
			desk.change(opened.id(), mine, opened.version());
			return mine;
		}, () -> {
			desk.change(opened.id(), theirs, opened.version());
			return theirs;
		});
		GroupChange saved = onlyOneWon(outcomes, "groups.changedMeanwhile");
		Group stored = groups.find(opened.id()).orElseThrow();
		assertThat(stored.version()).isEqualTo(opened.version() + 1);
		assertThat(stored.mandate()).isEqualTo(saved.mandate());
		assertThat(stored.kind()).isEqualTo(saved.kind());
		assertThat(groups.memberships(opened.id())).isEqualTo(saved.members());
	}

	@RepeatedTest(ROUNDS)
	void twoPeopleClosingTheSameGroupAtOnceCloseItOnce() throws Exception {
		Group group = group("Dobbelt lukning");
		var outcomes = Race.twoAtOnce(() -> {
			desk.close(group.id());
			return true;
		}, () -> {
			desk.close(group.id());
			return true;
		});
		onlyOneWon(outcomes, "groups.rule.alreadyClosed");
		assertThat(groups.find(group.id()).orElseThrow().closed()).isTrue();
	}

	@RepeatedTest(ROUNDS)
	void twoPeopleReopeningTheSameGroupAtOnceReopenItOnce() throws Exception {
		Group group = group("Dobbelt genåbning");
		desk.close(group.id());
		var outcomes = Race.twoAtOnce(() -> {
			desk.reopen(group.id());
			return true;
		}, () -> {
			desk.reopen(group.id());
			return true;
		});
		onlyOneWon(outcomes, "groups.rule.notClosed");
		assertThat(groups.find(group.id()).orElseThrow().closed()).isFalse();
	}

	@RepeatedTest(ROUNDS)
	void twoGroupsStartedUnderOneNameAtOnceMakeOneGroup() throws Exception {
		String name = "Samtidig start " + System.nanoTime();
		GroupChange change = new GroupChange(name, GroupKind.PROJECT, "Prøver samtidighed.", Map.of(), List.of());
		var outcomes = Race.twoAtOnce(() -> desk.start(change), () -> desk.start(change));
		onlyOneWon(outcomes, "groups.name.taken");
		assertThat(directory.all()).filteredOn(group -> group.name().equals(name)).hasSize(1);
	}

	@RepeatedTest(ROUNDS)
	void twoGroupsRenamedToOneNameAtOnceKeepTheNameForOne() throws Exception {
		Group first = group("Første omdøbning");
		Group second = group("Anden omdøbning");
		String name = "Samme navn " + System.nanoTime();
		var outcomes = Race.twoAtOnce(() -> {
			desk.change(first.id(), new GroupChange(name, first.kind(), first.mandate(), Map.of(), List.of()),
					first.version());
			return first;
		}, () -> {
			desk.change(second.id(), new GroupChange(name, second.kind(), second.mandate(), Map.of(), List.of()),
					second.version());
			return second;
		});
		onlyOneWon(outcomes, "groups.name.taken");
		assertThat(directory.all()).filteredOn(group -> group.name().equals(name)).hasSize(1);
	}

	private Group group(String name) {
		GroupId id = directory.start(name + " " + System.nanoTime(), GroupKind.WORKING, "Prøver samtidighed.");
		return groups.find(id.value()).orElseThrow();
	}

	/** Exactly one side did it; the other was refused with the given reason. */
	private static <T> T onlyOneWon(List<Race.Outcome<T>> outcomes, String reason) {
		assertThat(outcomes).filteredOn(Race.Outcome::succeeded).as("done").hasSize(1);
		assertThat(outcomes).filteredOn(outcome -> !outcome.succeeded())
			.singleElement()
			.satisfies(outcome -> assertThat(outcome.refusal()).isInstanceOf(Refusal.class).hasMessage(reason));
		return outcomes.stream().filter(Race.Outcome::succeeded).findFirst().orElseThrow().value();
	}

}
