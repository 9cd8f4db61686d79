package dk.samspil.search;

import java.util.List;

import dk.samspil.accounts.Role;
import dk.samspil.accounts.SignedIn;
import dk.samspil.groups.GroupDirectory;
import dk.samspil.groups.GroupId;
import dk.samspil.groups.GroupInfo;
import dk.samspil.groups.GroupKind;
import dk.samspil.groups.Theme;
import dk.samspil.groups.ThemeId;
import dk.samspil.groups.Themes;
import dk.samspil.web.PageSlice;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The search page's filter panel in a slice of the web layer: closed, it holds a link to
 * the fields rather than the fields; a filter set, or the address asking for them, opens
 * it with the fields and the chosen value; the fields alone come from /search/filters,
 * under the same rule as the search. The index finds nothing; the groups and themes are
 * two and one.
 */
@WebMvcTest(SearchController.class)
@PageSlice
class SearchFiltersSliceTest {

	static final String WATER_GROUP = "<option value=\"teknisk-vand\">Teknisk vand</option>";

	static final String WATER_GROUP_CHOSEN = "<option value=\"teknisk-vand\" selected=\"selected\">Teknisk vand</option>";

	static final String THEME = "<option value=\"7\">Grøn trepart</option>";

	static final String THEME_CHOSEN = "<option value=\"7\" selected=\"selected\">Grøn trepart</option>";

	static final String OPEN_LINK = "href=\"/search?q=vand&amp;filters=open\">Vælg gruppe, tema, slags eller datoer</a>";

	@Autowired
	MockMvc mvc;

	@MockitoBean
	SearchIndex index;

	@MockitoBean
	GroupDirectory groups;

	@MockitoBean
	Themes themes;

	@BeforeEach
	void twoGroupsAndATheme() {
		when(groups.all())
			.thenReturn(List.of(new GroupInfo(new GroupId(1), "teknisk-vand", "Teknisk vand", GroupKind.WORKING, false),
					new GroupInfo(new GroupId(2), "klimachefgruppen", "Klimachefgruppen", GroupKind.FIXED, false)));
		when(themes.all()).thenReturn(List.of(new Theme(new ThemeId(7), "Grøn trepart", false)));
		when(index.search(any(), any())).thenReturn(new Results(List.of(), 0, false));
	}

	@Test
	void withoutAFilterThePanelIsClosedAndHoldsALinkToTheFieldsInsteadOfThem() throws Exception {
		mvc.perform(member(get("/search").param("q", "vand")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(OPEN_LINK)))
			.andExpect(content().string(containsString("data-fields=\"/search/filters\"")))
			.andExpect(content().string(containsString("<script src=\"/js/search-filters.js\" defer></script>")))
			.andExpect(content().string(not(containsString("<select"))))
			.andExpect(content().string(not(containsString("Grøn trepart"))))
			.andExpect(content().string(not(containsString("value=\"teknisk-vand\""))))
			.andExpect(model().attributeDoesNotExist("groups", "themes", "kinds"));
	}

	@Test
	void aGroupChosenOpensThePanelWithTheGroupSelectedAndNarrowsTheSearch() throws Exception {
		mvc.perform(member(get("/search").param("q", "vand").param("group", "teknisk-vand")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<details class=\"filters\" open=\"open\">")))
			.andExpect(content().string(containsString(WATER_GROUP_CHOSEN)))
			.andExpect(content().string(containsString(THEME)))
			.andExpect(content().string(not(containsString("filters=open"))))
			.andExpect(content().string(not(containsString("data-fields"))))
			.andExpect(content().string(not(containsString("search-filters.js"))));
		ArgumentCaptor<SearchQuery> query = ArgumentCaptor.forClass(SearchQuery.class);
		verify(index).search(query.capture(), any());
		assertThat(query.getValue().group()).isEqualTo(new GroupId(1));
	}

	@Test
	void theAddressAsksForTheFieldsWithNothingChosen() throws Exception {
		mvc.perform(member(get("/search").param("q", "vand").param("filters", "open")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<details class=\"filters\" open=\"open\">")))
			.andExpect(content().string(containsString(WATER_GROUP)))
			.andExpect(content().string(containsString(THEME)))
			.andExpect(content().string(containsString("<option value=\"goal\">Fælles mål</option>")))
			.andExpect(content().string(not(containsString("selected=\"selected\""))))
			.andExpect(content().string(not(containsString(OPEN_LINK))));
	}

	@Test
	void thePanelOpenedStaysOpenOnTheNextPageOfHitsAndClosedStaysClosed() throws Exception {
		when(index.search(any(), any())).thenReturn(new Results(List.of(), 0, true));
		mvc.perform(member(get("/search").param("q", "vand").param("filters", "open")))
			.andExpect(content().string(containsString(
					"rel=\"next\" href=\"/search?q=vand&amp;group=&amp;theme=&amp;kind=&amp;from=&amp;to=&amp;filters=open&amp;page=1\"")));
		mvc.perform(member(get("/search").param("q", "vand")))
			.andExpect(content().string(containsString(
					"rel=\"next\" href=\"/search?q=vand&amp;group=&amp;theme=&amp;kind=&amp;from=&amp;to=&amp;filters=&amp;page=1\"")));
	}

	@Test
	void theFieldsAloneShowTheValuesGivenAndSayADateCannotBeRead() throws Exception {
		mvc.perform(
				member(get("/search/filters").param("theme", "7").param("kind", "decision").param("from", "1.1.2024")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"filter-fields\"")))
			.andExpect(content().string(containsString(THEME_CHOSEN)))
			.andExpect(content().string(containsString(WATER_GROUP)))
			.andExpect(content()
				.string(containsString("<option value=\"decision\" selected=\"selected\">Beslutning</option>")))
			.andExpect(content().string(containsString("Skriv datoen som åååå-mm-dd")))
			.andExpect(content()
				.string(containsString("value=\"1.1.2024\" aria-invalid=\"true\" aria-describedby=\"from-error\"")))
			.andExpect(content().string(not(containsString("<html"))))
			.andExpect(content().string(not(containsString("<details"))));
		verifyNoInteractions(index);
	}

	@Test
	void aBrowserOpeningTheFieldsAddressItselfGetsTheSearchPageWithThePanelOpen() throws Exception {
		mvc.perform(member(get("/search/filters").header("Sec-Fetch-Mode", "navigate")
			.param("group", "teknisk-vand")
			.param("from", "2026-01-01")
			.param("to", "1. maj")))
			.andExpect(status().is3xxRedirection())
			.andExpect(
					redirectedUrl("/search?filters=open&group=teknisk-vand&theme=&kind=&from=2026-01-01&to=1.%20maj"));
		verifyNoInteractions(groups, themes);
	}

	@Test
	void bracesTypedIntoTheFieldsAddressAreKeptAsTextNotTakenForVariables() throws Exception {
		mvc.perform(member(
				get("/search/filters").header("Sec-Fetch-Mode", "navigate").param("kind", "{x}").param("from", "{0}")))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/search?filters=open&group=&theme=&kind=%7Bx%7D&from=%7B0%7D&to="));
	}

	@Test
	void theFieldsSpeakEnglishToThoseWhoChoseIt() throws Exception {
		mvc.perform(member(get("/search/filters").param("lang", "en")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">Group</label>")));
		mvc.perform(member(get("/search").param("q", "vand").param("lang", "en")))
			.andExpect(content().string(containsString(">Choose a group, theme, kind or dates</a>")));
	}

	@Test
	void someoneNotSignedInIsSentToTheLoginPageForTheFieldsAsForTheSearch() throws Exception {
		mvc.perform(get("/search").param("q", "vand"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
		mvc.perform(get("/search/filters").param("group", "teknisk-vand"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
		verifyNoInteractions(index, groups, themes);
	}

	@Test
	void aThemeThatIsNoNumberIsABadRequestAndMarkupIsShownAsText() throws Exception {
		mvc.perform(member(get("/search/filters").param("theme", "vand"))).andExpect(status().isBadRequest());
		mvc.perform(member(get("/search").param("q", "vand").param("theme", "9".repeat(30))))
			.andExpect(status().isBadRequest());
		mvc.perform(member(get("/search/filters").param("to", "<script>alert(1)</script>")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"&lt;script&gt;alert(1)&lt;/script&gt;\"")))
			.andExpect(content().string(not(containsString("<script>alert"))));
	}

	private static MockHttpServletRequestBuilder member(MockHttpServletRequestBuilder request) {
		return request.with(user(SignedIn.as(Role.MEMBER)));
	}

}
