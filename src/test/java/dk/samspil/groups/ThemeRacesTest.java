package dk.samspil.groups;

import java.util.List;

import dk.samspil.Race;
import dk.samspil.SamspilTest;
import dk.samspil.rules.Refusal;
import org.junit.jupiter.api.RepeatedTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two people of the secretariat acting on the same theme at the same moment: one of them
 * does it, the other is told why not, and nothing either did is silently undone.
 */
@SamspilTest
class ThemeRacesTest {

	/**
	 * Each race is run a few times over, as two threads started together are not always
	 * inside the same moment.
	 */
	static final int ROUNDS = 8;

	@Autowired
	ThemeDesk desk;

	@Autowired
	Themes themes;

	@RepeatedTest(ROUNDS)
	void oneNameAddedTwiceAtOnceMakesOneTheme() throws Exception {
		String name = "Samtidigt tema " + System.nanoTime();
		var outcomes = Race.twoAtOnce(() -> desk.add(name), () -> desk.add(name));
		ThemeId added = onlyOneWon(outcomes, "groups.themeAdmin.taken");
		assertThat(themes.findByName(name)).map(Theme::id).contains(added);
	}

	@RepeatedTest(ROUNDS)
	void aThemeRenamedByTwoAtOnceTakesOneNameAndTheOtherIsToldItWasRenamed() throws Exception {
		String shown = "Omdøbes " + System.nanoTime();
		ThemeId theme = desk.add(shown);
		var outcomes = Race.twoAtOnce(() -> desk.rename(theme, shown, shown + " A").name(),
				() -> desk.rename(theme, shown, shown + " B").name());
		onlyOneWon(outcomes, "groups.themeAdmin.renamedMeanwhile");
		assertThat(themes.find(theme).orElseThrow().name()).isIn(shown + " A", shown + " B");
	}

	@RepeatedTest(ROUNDS)
	void twoThemesRenamedToOneNameAtOnceGiveItToOne() throws Exception {
		String first = "Første " + System.nanoTime();
		String second = "Anden " + System.nanoTime();
		ThemeId a = desk.add(first);
		ThemeId b = desk.add(second);
		String name = "Fælles navn " + System.nanoTime();
		var outcomes = Race.twoAtOnce(() -> desk.rename(a, first, name), () -> desk.rename(b, second, name));
		onlyOneWon(outcomes, "groups.themeAdmin.taken");
		assertThat(themes.findByName(name)).isPresent();
	}

	@RepeatedTest(ROUNDS)
	void aThemeRetiredByTwoAtOnceIsRetiredOnce() throws Exception {
		ThemeId theme = desk.add("Udfases " + System.nanoTime());
		var outcomes = Race.twoAtOnce(() -> {
			desk.retire(theme);
			return true;
		}, () -> {
			desk.retire(theme);
			return true;
		});
		onlyOneWon(outcomes, "groups.themeAdmin.alreadyRetired");
		assertThat(themes.find(theme).orElseThrow().retired()).isTrue();
	}

	@RepeatedTest(ROUNDS)
	void aThemeReactivatedByTwoAtOnceIsReactivatedOnce() throws Exception {
		ThemeId theme = desk.add("Genaktiveres " + System.nanoTime());
		desk.retire(theme);
		var outcomes = Race.twoAtOnce(() -> {
			desk.reactivate(theme);
			return true;
		}, () -> {
			desk.reactivate(theme);
			return true;
		});
		onlyOneWon(outcomes, "groups.themeAdmin.notRetired");
		assertThat(themes.find(theme).orElseThrow().retired()).isFalse();
	}

	@RepeatedTest(ROUNDS)
	void aThemeMergedIntoTwoOthersAtOnceEndsInOne() throws Exception {
		ThemeId from = desk.add("Slås sammen " + System.nanoTime());
		ThemeId one = desk.add("Den ene " + System.nanoTime());
		ThemeId other = desk.add("Den anden " + System.nanoTime());
		var outcomes = Race.twoAtOnce(() -> desk.merge(from, one).id(), () -> desk.merge(from, other).id());
		ThemeId into = onlyOneWon(outcomes, "groups.themeAdmin.alreadyMerged");
		assertThat(themes.find(from).orElseThrow().id()).isEqualTo(into);
	}

	@RepeatedTest(ROUNDS)
	void twoThemesMergedIntoEachOtherAtOnceEndAsOne() throws Exception {
		ThemeId a = desk.add("Hinanden A " + System.nanoTime());
		ThemeId b = desk.add("Hinanden B " + System.nanoTime());
		var outcomes = Race.twoAtOnce(() -> desk.merge(a, b).id(), () -> desk.merge(b, a).id());
		// the second finds the theme it was to merge into merged away
		ThemeId into = onlyOneWon(outcomes, "groups.themeAdmin.mergeError");
		assertThat(themes.find(a).orElseThrow().id()).isEqualTo(into);
		assertThat(themes.find(b).orElseThrow().id()).isEqualTo(into);
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
