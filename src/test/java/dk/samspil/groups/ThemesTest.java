package dk.samspil.groups;

import dk.samspil.SamspilTest;
import dk.samspil.rules.Refusal;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SamspilTest
@RecordApplicationEvents
class ThemesTest {

	@Autowired
	Themes themes;

	@Autowired
	ThemeDesk desk;

	@Test
	void aMergedThemeLeadsToTheOneItBecameAndTellsTheOtherModules(ApplicationEvents events) {
		ThemeId old = themes.add("Vandplan");
		ThemeId current = themes.add("Vandressource og forsyning");
		desk.merge(old, current);
		assertThat(themes.find(old).orElseThrow().name()).isEqualTo("Vandressource og forsyning");
		assertThat(themes.selectable()).extracting(Theme::name).doesNotContain("Vandplan");
		assertThat(events.stream(ThemesMerged.class))
			.containsExactly(new ThemesMerged(old, current, "Vandplan", "Vandressource og forsyning"));
		assertThatThrownBy(() -> desk.merge(current, old)).isInstanceOf(Refusal.class)
			.hasMessage("groups.themeAdmin.mergeError");
	}

	@Test
	void aRetiredThemeKeepsItsNameButIsNotOfferedForNewThings() {
		ThemeId theme = themes.add("Kystsikring 2020");
		desk.retire(theme);
		assertThat(themes.find(theme).orElseThrow().retired()).isTrue();
		assertThat(themes.selectable()).extracting(Theme::id).doesNotContain(theme);
		assertThat(themes.all()).extracting(Theme::id).contains(theme);
	}

	@Test
	void theDemoGroupsCarryThemes() {
		assertThat(themes.findByName("Grøn trepart")).isPresent();
		assertThat(themes.selectable()).hasSizeGreaterThanOrEqualTo(8);
	}

}
