package dk.samspil.library;

import java.util.List;
import java.util.Set;

import dk.samspil.accounts.PersonId;
import dk.samspil.groups.GroupDirectory;
import dk.samspil.groups.GroupId;
import dk.samspil.groups.GroupKind;
import dk.samspil.groups.ThemeDesk;
import dk.samspil.groups.ThemeId;
import dk.samspil.search.Hit;
import dk.samspil.search.SearchIndex;
import dk.samspil.search.SearchQuery;
import dk.samspil.search.Viewer;
import dk.samspil.search.Visibility;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The library with the modules it needs beans from (groups, search, and what they need)
 * and the embedded PostgreSQL, without the pages of the other modules or the demo data:
 * what a document's change tells the search index, and what a theme merged in the groups
 * module does to the documents tagged with it, both seen as a member would see them.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = { "database", "time" })
class LibraryModuleTest {

	private static final PersonId AUTHOR = new PersonId(1);

	private static final Viewer MEMBER = new Viewer(AUTHOR, false, Set.of());

	private final Library library;

	private final Documents documents;

	private final ThemeDesk themeDesk;

	private final GroupDirectory groups;

	private final SearchIndex index;

	LibraryModuleTest(Library library, Documents documents, ThemeDesk themeDesk, GroupDirectory groups,
			SearchIndex index) {
		this.library = library;
		this.documents = documents;
		this.themeDesk = themeDesk;
		this.groups = groups;
		this.index = index;
	}

	@Test
	void aStoredDocumentIsFoundBySignedInMembersAndADeletedOneByNobody(Scenario scenario) {
		GroupId group = groups.start("Klimatilpasning ved kysten", GroupKind.WORKING, "Højvandssikring");
		DocumentForm form = new DocumentForm(DocumentKind.DOCUMENT, "Dige ved Kolding Fjord", "",
				"Stormflodssikringen af havnefronten, etape 1.", List.of(), Visibility.MEMBERS, null);

		scenario.stimulate(() -> library.create(group, form, List.of(), AUTHOR))
			.andWaitForStateChange(() -> titles("stormflodssikringen", MEMBER), titles -> !titles.isEmpty())
			.andVerify(titles -> {
				assertThat(titles).containsExactly("Dige ved Kolding Fjord");
				assertThat(titles("stormflodssikringen", Viewer.anonymous())).isEmpty();
			});

		Hit found = index.search(SearchQuery.of("stormflodssikringen"), MEMBER).hits().get(0);
		Document stored = documents.find(Long.parseLong(found.key())).orElseThrow();
		scenario.stimulate(() -> library.delete(stored))
			.andWaitForStateChange(() -> titles("stormflodssikringen", MEMBER), List::isEmpty)
			.andVerify(titles -> assertThat(documents.find(stored.id())).isEmpty());
	}

	@Test
	void aDocumentTaggedWithAThemeMergedAwayCarriesTheThemeItBecame(Scenario scenario) {
		ThemeId from = themeDesk.add("Grundvandsdannelse");
		ThemeId into = themeDesk.add("Grundvandsbeskyttelse");
		GroupId group = groups.start("Drikkevand", GroupKind.WORKING, "Rent drikkevand");
		long id = library.create(group, new DocumentForm(DocumentKind.NOTE, "Indvindingsoplande", "",
				"Kort over oplandene.", List.of(from.value()), Visibility.GROUP, null), List.of(), AUTHOR);

		// the secretariat merges the themes in the groups module, which tells the
		// others by an event; the document's form then offers the theme it became,
		// ticked
		scenario.stimulate(() -> themeDesk.merge(from, into))
			.andWaitForStateChange(() -> themesOf(id), themes -> !themes.contains(from))
			.andVerify(themes -> assertThat(themes).containsExactly(into));
	}

	private List<ThemeId> themesOf(long document) {
		return DocumentForm.of(documents.find(document).orElseThrow()).themeIds();
	}

	private List<String> titles(String words, Viewer viewer) {
		return index.search(SearchQuery.of(words), viewer).hits().stream().map(Hit::title).toList();
	}

}
