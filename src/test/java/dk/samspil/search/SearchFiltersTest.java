package dk.samspil.search;

import java.time.LocalDate;
import java.util.List;

import dk.samspil.groups.GroupId;
import dk.samspil.groups.GroupInfo;
import dk.samspil.groups.GroupKind;
import dk.samspil.groups.ThemeId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The filters as the address gives them: which open the panel, and what they narrow the
 * search by.
 */
class SearchFiltersTest {

	static final List<GroupInfo> GROUPS = List
		.of(new GroupInfo(new GroupId(1), "teknisk-vand", "Teknisk vand", GroupKind.WORKING, false));

	@Test
	void noFilterIsSetUntilOneIsGivenEvenOneThatCannotBeRead() {
		assertThat(new SearchFilters(null, null, null, null, null).isSet()).isFalse();
		assertThat(new SearchFilters("", null, "", "", "").isSet()).isFalse();
		assertThat(new SearchFilters(null, 7L, null, null, null).isSet()).isTrue();
		assertThat(new SearchFilters(null, null, "no-such-kind", null, null).isSet()).isTrue();
		assertThat(new SearchFilters(null, null, null, "1.1.2024", null).isSet()).isTrue();
	}

	@Test
	void theSearchIsNarrowedByWhatCanBeReadAndNotByWhatCannot() {
		SearchQuery query = new SearchFilters("teknisk-vand", 7L, "decision", " 2024-01-01 ", "2024-12-31")
			.query("vand", GROUPS, 2);
		assertThat(query).isEqualTo(new SearchQuery("vand", new GroupId(1), new ThemeId(7), "decision",
				LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), 2));

		SearchFilters unreadable = new SearchFilters("no-such-group", null, "no-such-kind", "1.1.2024", "");
		assertThat(unreadable.query("vand", GROUPS, 0)).isEqualTo(SearchQuery.of("vand"));
		assertThat(unreadable.fromInvalid()).isTrue();
		assertThat(unreadable.toInvalid()).isFalse();
	}

}
