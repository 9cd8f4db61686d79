package dk.samspil.search;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import dk.samspil.accounts.PersonId;
import dk.samspil.groups.ThemeDesk;
import dk.samspil.groups.ThemeId;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search module with the modules it needs beans from (groups, and through it accounts
 * and region), the clock and the embedded PostgreSQL, but without any module that
 * publishes content to it: entries arrive only as the events another module would
 * publish, themes change through the groups module's own desk, and what that does is seen
 * through the module's own search, as a visitor and a member would meet it.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = { "database", "time" })
class SearchModuleTest {

	private static final Viewer VISITOR = Viewer.anonymous();

	private static final Viewer MEMBER = new Viewer(new PersonId(1), false, Set.of());

	private static final Viewer SECRETARIAT = new Viewer(new PersonId(2), true, Set.of());

	private final SearchIndex index;

	private final ThemeDesk themeDesk;

	private final Clock clock;

	SearchModuleTest(SearchIndex index, ThemeDesk themeDesk, Clock clock) {
		this.index = index;
		this.themeDesk = themeDesk;
		this.clock = clock;
	}

	@Test
	void aPublishedEntryIsFoundByThoseItsVisibilityLetsInAndARemovedOneByNobody(Scenario scenario) {
		Instant now = clock.instant();
		scenario
			.publish(new SearchEntry("document", "module-test-heat", null, Visibility.MEMBERS, "Fælles varmeplan",
					"Overskudsvarme fra elektrolysen føres ind i fjernvarmenettet.", List.of(), now,
					"/library/module-test-heat", now))
			.andWaitForStateChange(() -> titles("overskudsvarme", MEMBER), titles -> !titles.isEmpty())
			.andVerify(titles -> {
				assertThat(titles).containsExactly("Fælles varmeplan");
				assertThat(titles("overskudsvarme", SECRETARIAT)).containsExactly("Fælles varmeplan");
				assertThat(titles("overskudsvarme", VISITOR)).isEmpty();
			});

		scenario.publish(new SearchEntryRemoved("document", "module-test-heat"))
			.andWaitForStateChange(() -> titles("overskudsvarme", MEMBER), List::isEmpty)
			.andVerify(titles -> assertThat(titles("overskudsvarme", SECRETARIAT)).isEmpty());
	}

	@Test
	void aPublicEntryIsFoundByAVisitorWithoutSigningIn(Scenario scenario) {
		Instant now = clock.instant();
		scenario
			.publish(new SearchEntry("decision", "module-test-ptx", null, Visibility.PUBLIC, "Brint fra Fredericia",
					"Rådet vedtog at undersøge en elektrolyseplads ved havnen.", List.of(), now,
					"/decisions/module-test-ptx", now))
			.andWaitForStateChange(() -> titles("elektrolyseplads", VISITOR), titles -> !titles.isEmpty())
			.andVerify(titles -> assertThat(titles).containsExactly("Brint fra Fredericia"));
	}

	@Test
	void whatWasTaggedWithAThemeMergedAwayIsFoundUnderTheThemeItBecame(Scenario scenario) {
		ThemeId from = themeDesk.add("Okkerudledning");
		ThemeId into = themeDesk.add("Vandløbskvalitet");
		Instant now = clock.instant();
		scenario
			.publish(new SearchEntry("document", "module-test-ochre", null, Visibility.MEMBERS, "Okker i Rands Fjord",
					"Målinger af jernokker ved udløbet.", List.of(from), now, "/library/module-test-ochre", now))
			.andWaitForStateChange(() -> titles("jernokker", MEMBER), titles -> !titles.isEmpty())
			.andVerify(titles -> assertThat(tagged(into)).isEmpty());

		// the secretariat merges the themes in the groups module, which tells the
		// others by an event
		scenario.stimulate(() -> themeDesk.merge(from, into))
			.andWaitForStateChange(() -> tagged(into), titles -> !titles.isEmpty())
			.andVerify(titles -> {
				assertThat(titles).containsExactly("Okker i Rands Fjord");
				assertThat(titles("vandløbskvalitet", MEMBER)).containsExactly("Okker i Rands Fjord");
			});
	}

	private List<String> tagged(ThemeId theme) {
		return index.tagged(theme, MEMBER, 0).hits().stream().map(Hit::title).toList();
	}

	private List<String> titles(String words, Viewer viewer) {
		return index.search(SearchQuery.of(words), viewer).hits().stream().map(Hit::title).toList();
	}

}
