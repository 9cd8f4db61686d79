package dk.samspil.groups;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import dk.samspil.accounts.PersonId;
import dk.samspil.rules.Refusal;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules groups and themes hold themselves, without Spring or a database. */
class GroupRulesTest {

	final Group open = new Group(1, "teknisk-vand", "Teknisk vand", GroupKind.WORKING, "Vand.", false, 3);

	final GroupChange change = new GroupChange(" Teknisk vand ", GroupKind.FIXED, " Grundvand. ", Map.of(), List.of());

	@Test
	void aGroupIsChangedOnlyFromTheVersionItIsAt() {
		Group changed = open.changed(change, 3);
		assertThat(changed.mandate()).isEqualTo("Grundvand.");
		assertThat(changed.kind()).isEqualTo(GroupKind.FIXED);
		assertThatThrownBy(() -> open.changed(change, 2)).isInstanceOf(Refusal.class)
			.hasMessage("groups.changedMeanwhile");
		assertThatThrownBy(() -> open.changed(change, null)).hasMessage("groups.changedMeanwhile");
	}

	@Test
	void aGroupIsClosedAndReopenedOnceEach() {
		Group closed = open.closedNow();
		assertThat(closed.closed()).isTrue();
		assertThatThrownBy(closed::closedNow).hasMessage("groups.rule.alreadyClosed");
		assertThat(closed.reopened().closed()).isFalse();
		assertThatThrownBy(open::reopened).hasMessage("groups.rule.notClosed");
	}

	@Test
	void aGroupHasOneChairAtMost() {
		assertThatThrownBy(() -> new GroupChange("G", GroupKind.WORKING, "M",
				Map.of(new PersonId(1), GroupRole.CHAIR, new PersonId(2), GroupRole.CHAIR), List.of()))
			.hasMessage("groups.members.oneChair");
	}

	@Test
	void aThemeIsRenamedFromTheNameShownToAFreeOneOfEightyCharactersAtMost() {
		Theme theme = new Theme(new ThemeId(1), "Vand", false);
		Theme other = new Theme(new ThemeId(2), "Klima", false);
		assertThat(theme.renamed("Vand", " Vand og klima ", Optional.empty()).name()).isEqualTo("Vand og klima");
		assertThat(theme.renamed("Vand", "vand", Optional.of(theme)).name()).isEqualTo("vand");
		assertThatThrownBy(() -> theme.renamed("Vandet", "Hav", Optional.empty()))
			.hasMessage("groups.themeAdmin.renamedMeanwhile");
		assertThatThrownBy(() -> theme.renamed("Vand", "Klima", Optional.of(other)))
			.hasMessage("groups.themeAdmin.taken");
		assertThatThrownBy(() -> theme.renamed("Vand", " ", Optional.empty())).hasMessage("validation.required");
		assertThatThrownBy(() -> theme.renamed("Vand", "x".repeat(81), Optional.empty()))
			.hasMessage("groups.themeAdmin.tooLong");
	}

	@Test
	void aThemeIsRetiredOnceAndMergedOnlyIntoAnotherCurrentTheme() {
		Theme theme = new Theme(new ThemeId(1), "Vand", false);
		assertThatThrownBy(() -> theme.retiredNow().retiredNow()).hasMessage("groups.themeAdmin.alreadyRetired");
		assertThatThrownBy(theme::reactivated).hasMessage("groups.themeAdmin.notRetired");
		Theme other = new Theme(new ThemeId(2), "Klima", false);
		assertThat(theme.checkMergeInto(Optional.of(other))).isEqualTo(other);
		assertThatThrownBy(() -> theme.checkMergeInto(Optional.of(theme))).hasMessage("groups.themeAdmin.mergeError");
		assertThatThrownBy(() -> theme.checkMergeInto(Optional.empty())).hasMessage("groups.themeAdmin.mergeError");
	}

}
