package dk.samspil.search;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import dk.samspil.SamspilTest;
import dk.samspil.Visitors;
import dk.samspil.groups.GroupDirectory;
import dk.samspil.groups.GroupId;
import dk.samspil.groups.ThemeDesk;
import dk.samspil.groups.ThemeId;
import dk.samspil.groups.Themes;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.util.AopTestUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The index as a member meets it: entries arrive only as events (published here the way
 * the meetings module does), are found in Danish and English, and never show to someone
 * who may not open them.
 */
@SamspilTest
class SearchTest {

	@Autowired
	SearchIndexer indexer;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	GroupDirectory groups;

	@Autowired
	Themes themes;

	@Autowired
	ThemeDesk themeDesk;

	@Autowired
	SearchIndex index;

	@Autowired
	Clock clock;

	@Test
	void anotherGroupsPrivateAgendaItemIsNeverFoundButItsOwnMembersAndTheSecretariatFindIt() throws Exception {
		publish(entry("agenda-item", "t1", "teknisk-vand", Visibility.GROUP, "Okkerrensning i Vejle Å",
				"Forslag om fælles okkerrensning af grøfterne langs åen.", List.of()));
		awaitFound("okkerrensning", Visitors.MEMBER);
		assertThat(search("okkerrensning", Visitors.MEMBER)).contains("Okkerrensning i Vejle Å", "Dagsordenspunkt",
				"Teknisk vand");
		assertThat(search("okkerrensning", Visitors.SECRETARIAT)).contains("Okkerrensning i Vejle Å");
		String outsider = search("okkerrensning", Visitors.CHAIR);
		assertThat(outsider).doesNotContain("Okkerrensning i Vejle Å")
			.doesNotContain("grøfterne")
			.contains("Ingen resultater");
	}

	@Test
	void danishWordsAreFoundInTheirOtherFormsAndEnglishOnesToo() throws Exception {
		publish(entry("decision", "d1", "klimachefgruppen", Visibility.MEMBERS, "Fælles vandforsyningsplan",
				"Kommunerne koordinerer vandforsyningerne og deler data om grundvandet. The water supply plan is shared.",
				List.of()));
		awaitFound("vandforsyningsplanen", Visitors.MEMBER);
		assertThat(search("vandforsyningsplanen", Visitors.MEMBER)).contains("Fælles vandforsyningsplan");
		assertThat(search("supplies", Visitors.MEMBER)).contains("Fælles vandforsyningsplan");
	}

	@Test
	void aDanishCompoundIsFoundByItsParts() throws Exception {
		publish(dated("document", "c1", Visibility.MEMBERS, "Fælles plan for Lillebælt",
				"Spildevandet fra renseanlæggene skal renses bedre.", List.of(), "1987-03-02"));
		publish(dated("decision", "c2", Visibility.MEMBERS, "Nye boringer", "Drikkevand til hele Trekantområdet.",
				List.of(), "1987-03-03"));
		publish(dated("decision", "c3", Visibility.MEMBERS, "Cykelstier", "Flere cykelstier mellem byerne.", List.of(),
				"1987-03-04"));
		String march = "&from=1987-03-01&to=1987-03-31";
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(search("vand" + march, Visitors.MEMBER))
				.contains("Fælles plan for Lillebælt", "Nye boringer"));
		assertThat(search("vand" + march, Visitors.MEMBER)).doesNotContain("Cykelstier")
			.contains("<mark>Spildevandet</mark>");
		assertThat(search("vandet" + march, Visitors.MEMBER)).contains("Fælles plan for Lillebælt", "Nye boringer");
	}

	@Test
	void themesCountAsTextAndEveryWordMustBeFound() throws Exception {
		ThemeId ptx = themes.findByName("Power-to-X")
			.map(theme -> theme.id())
			.orElseGet(() -> themes.add("Power-to-X"));
		ThemeId water = themes.findByName("Vand som ressource").orElseThrow().id();
		publish(dated("document", "t1", Visibility.MEMBERS, "Notat om elektrolyse", "Om anlæggenes placering.",
				List.of(ptx, water), "1987-04-02"));
		publish(dated("document", "t2", Visibility.MEMBERS, "Notat om ammoniak", "Om transport.", List.of(ptx),
				"1987-04-03"));
		publish(dated("document", "t3", Visibility.MEMBERS, "Notat om grundvand", "Om boringer.", List.of(),
				"1987-04-04"));
		String april = "&from=1987-04-01&to=1987-04-30";
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(search("Power-to-X vand" + april, Visitors.MEMBER))
				.contains("Notat om elektrolyse"));
		assertThat(search("Power-to-X vand" + april, Visitors.MEMBER)).doesNotContain("Notat om ammoniak")
			.doesNotContain("Notat om grundvand");
		assertThat(search("Power-to-X" + april, Visitors.MEMBER)).contains("Notat om elektrolyse", "Notat om ammoniak");
	}

	@Test
	void aCompoundInAnotherGroupsPrivateEntryIsNeverFoundByItsParts() throws Exception {
		publish(dated("agenda-item", "p1", Visibility.GROUP, "Fortrolig sag", "Procesvandsledningen til fabrikken.",
				List.of(), "1987-05-02"));
		String may = "&from=1987-05-01&to=1987-05-31";
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(search("ledning" + may, Visitors.MEMBER)).contains("Fortrolig sag"));
		assertThat(search("ledning" + may, Visitors.CHAIR)).doesNotContain("Fortrolig sag")
			.doesNotContain("fabrikken")
			.contains("Ingen resultater");
		assertThat(search("procesvand" + may, Visitors.CHAIR)).doesNotContain("Fortrolig sag");
	}

	@Test
	void aSnippetHighlightsTheMatchAndNeverCarriesMarkupFromTheContent() throws Exception {
		publish(entry("minutes", "m1", "teknisk-vand", Visibility.MEMBERS, "Referat <b>om</b> blåmuslinger",
				"Vi drøftede <script>alert('x')</script> blåmuslingeopdræt og <img src=x onerror=alert(1)> kvælstof.",
				List.of()));
		awaitFound("blåmuslingeopdræt", Visitors.MEMBER);
		String page = search("blåmuslingeopdræt", Visitors.MEMBER);
		assertThat(page).contains("<mark>blåmuslingeopdræt</mark>")
			.contains("Referat &lt;b&gt;om&lt;/b&gt; blåmuslinger")
			.doesNotContain("<script>alert")
			.doesNotContain("<img src=x")
			.doesNotContain("<b>om</b>");
	}

	@Test
	void aLongTextsSnippetShowsTheMatchFarIntoIt() throws Exception {
		String start = "Togene kører totalt to gange i timen, og de tager x antal passagerer med. ";
		String filler = "Kommunerne arbejder sammen om natur og planlægning i regionen. ";
		String text = start + filler.repeat(400)
				+ "Her omtales ålegræsbestandene i fjorden og Power-to-X på havnen, se http://x.dk/a?b=c, a.b@c.dk og bilag 3.14. "
				+ filler.repeat(400) + "Til sidst nævnes fjordbunden. Kystlagunen er lavvandet. " + filler.repeat(100);
		publish(entry("document", "long1", "vandressourcen", Visibility.MEMBERS, "Lang rapport", text, List.of()));
		awaitFound("ålegræsbestandene", Visitors.MEMBER);
		assertThat(search("Ålegræsbestand", Visitors.MEMBER)).contains("<mark>ålegræsbestandene</mark> i fjorden");
		assertThat(search("Power-to-X havn", Visitors.MEMBER))
			.contains("<mark>Power</mark>-<mark>to</mark>-<mark>X</mark> på <mark>havnen</mark>");
		assertThat(search("ålegræsbestandene fjordbunden", Visitors.MEMBER)).contains("<mark>fjordbunden</mark>");
		// a word of the query that stands only in the title leaves the next its own
		// passage
		assertThat(search("ålegræsbestandene rapport fjordbunden", Visitors.MEMBER))
			.contains("<mark>ålegræsbestandene</mark>", "<mark>fjordbunden</mark>");
		// a word written with a capital letter only, found in any case
		assertThat(search("kystlagunen", Visitors.MEMBER)).contains("<mark>Kystlagunen</mark> er lavvandet");
		// an address, an e-mail address and a number are found in a long text too
		assertThat(mvc
			.perform(get("/search").param("q", "x.dk/a?b=c a.b@c.dk 3.14 (ålegræsbestandene)*")
				.with(Visitors.as(users, Visitors.MEMBER)))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("<mark>a.b@c.dk</mark>", "<mark>3.14</mark>");
	}

	@Test
	void aTextOfHalfAMillionCharactersIsFoundByItsFirstPart() throws Exception {
		// words that each stand once make the largest word vector a text can have
		var text = new StringBuilder("Indledning om ålegræsengene. ");
		for (int word = 0; text.length() < 500_000; word++) {
			text.append(Integer.toString(word * 7919 + 100_000, 26).replaceAll("[0-9]", "x")).append(' ');
		}
		text.append("Til sidst ferskvandsengene.");
		publish(entry("plan-section", "huge", "vandressourcen", Visibility.MEMBERS, "Stort afsnit", text.toString(),
				List.of()));

		awaitFound("ålegræsengene", Visitors.MEMBER);
		assertThat(search("ferskvandsengene", Visitors.MEMBER)).contains("Ingen resultater");
	}

	@Test
	void filtersNarrowByKindGroupThemeAndDate() throws Exception {
		ThemeId water = themes.findByName("Vand som ressource").orElseThrow().id();
		publish(entry("document", "f1", "vandressourcen", Visibility.MEMBERS, "Kildepladsanalyse Nord",
				"Kildepladsanalysen viser rigeligt grundvand.", List.of(water)));
		publish(new SearchEntry("decision", "f2", group("teknisk-vand"), Visibility.MEMBERS, "Kildepladsanalyse Syd",
				"Kildepladsanalysen er vedtaget.", List.of(), Instant.parse("2024-03-01T10:00:00Z"), "/x/f2",
				clock.instant()));
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(search("kildepladsanalyse", Visitors.MEMBER)).contains("Nord", "Syd"));
		assertThat(search("kildepladsanalyse&kind=decision", Visitors.MEMBER)).contains("Syd").doesNotContain("Nord");
		assertThat(search("kildepladsanalyse&group=vandressourcen", Visitors.MEMBER)).contains("Nord")
			.doesNotContain("Kildepladsanalyse Syd");
		assertThat(search("kildepladsanalyse&theme=" + water.value(), Visitors.MEMBER)).contains("Nord")
			.doesNotContain("Kildepladsanalyse Syd");
		assertThat(search("kildepladsanalyse&from=2024-01-01&to=2024-12-31", Visitors.MEMBER)).contains("Syd")
			.doesNotContain("Kildepladsanalyse Nord");
		assertThat(search("kildepladsanalyse&from=1.1.2024", Visitors.MEMBER)).contains("Skriv datoen som åååå-mm-dd");
	}

	@Test
	void aMatchInTheTitleRanksAboveAMatchInTheText() throws Exception {
		publish(entry("document", "rank1", "teknisk-vand", Visibility.MEMBERS, "Referat fra mødet",
				"Blandt andet drøftedes havvindsbrint kort.", List.of()));
		// Older than the other, so that only its rank can put it first.
		publish(new SearchEntry("document", "rank2", group("teknisk-vand"), Visibility.MEMBERS,
				"Havvindsbrint i Lillebælt", "Et notat.", List.of(), Instant.parse("2020-01-01T00:00:00Z"), "/d/rank2",
				clock.instant()));
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(search("havvindsbrint", Visitors.MEMBER)).contains("Referat fra mødet",
					"Havvindsbrint i"));
		assertThat(search("havvindsbrint", Visitors.MEMBER)).containsSubsequence("Havvindsbrint i Lillebælt",
				"Referat fra mødet");
	}

	@Test
	void hitsComeAPageAtATimeWithANextPageOnlyWhenMoreFollow() throws Exception {
		int pageSize = SearchQuery.PAGE_SIZE;
		for (int n = 0; n <= pageSize; n++) {
			publish(entry("document", "pages" + n, "teknisk-vand", Visibility.MEMBERS, "Sidedelingsnotat " + n,
					"Om sidedelingsnotater.", List.of()));
		}
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(page("/search?q=sidedelingsnotat&page=1", Visitors.MEMBER))
				.contains("class=\"hit\""));
		String first = search("sidedelingsnotat", Visitors.MEMBER);
		assertThat(hits(first)).isEqualTo(pageSize);
		assertThat(first).contains("rel=\"next\"");
		String last = page("/search?q=sidedelingsnotat&page=1", Visitors.MEMBER);
		assertThat(hits(last)).isEqualTo(1);
		assertThat(last).contains("rel=\"prev\"").doesNotContain("rel=\"next\"");

		transactions.executeWithoutResult(status -> events.publishEvent(new SearchEntryRemoved("document", "pages0")));
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(
					() -> assertThat(search("sidedelingsnotat", Visitors.MEMBER)).doesNotContain("rel=\"next\""));
		assertThat(hits(search("sidedelingsnotat", Visitors.MEMBER))).isEqualTo(pageSize);
	}

	private static int hits(String page) {
		return page.split("class=\"hit\"", -1).length - 1;
	}

	@Test
	void aRemovedEntryIsNoLongerFound() throws Exception {
		publish(entry("document", "r1", "teknisk-vand", Visibility.MEMBERS, "Slamhåndtering", "Slamhåndtering i 2027.",
				List.of()));
		awaitFound("slamhåndtering", Visitors.MEMBER);
		transactions.executeWithoutResult(status -> events.publishEvent(new SearchEntryRemoved("document", "r1")));
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(
					() -> assertThat(search("slamhåndtering", Visitors.MEMBER)).doesNotContain("Slamhåndtering i"));
	}

	@Test
	void aThemePageShowsWhatTheViewerMaySeeAcrossGroupsAndFollowsAMerge() throws Exception {
		ThemeId old = themes.add("Regnvandsbede");
		ThemeId kept = themes.add("Skybrudssikring");
		publish(entry("decision", "th1", "klimachefgruppen", Visibility.MEMBERS, "Regnbede i alle kommuner",
				"Beslutning om regnbede.", List.of(old)));
		publish(entry("agenda-item", "th2", "klimachefgruppen", Visibility.GROUP, "Hemmeligt skybrudspunkt",
				"Kun for klimacheferne.", List.of(kept)));
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(page("/themes/" + old.value(), Visitors.MEMBER))
				.contains("Regnbede i alle kommuner"));
		transactions.executeWithoutResult(status -> themeDesk.merge(old, kept));
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(page("/themes/" + kept.value(), Visitors.MEMBER))
				.contains("Regnbede i alle kommuner"));
		assertThat(page("/themes/" + kept.value(), Visitors.MEMBER)).doesNotContain("Hemmeligt skybrudspunkt");
		assertThat(page("/themes/" + kept.value(), Visitors.CHAIR)).contains("Hemmeligt skybrudspunkt",
				"Regnbede i alle kommuner");
		assertThat(mvc.perform(get("/themes/" + old.value()).with(Visitors.as(users, Visitors.MEMBER)))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/themes/" + kept.value());
		assertThat(page("/themes", Visitors.MEMBER)).contains("Skybrudssikring").doesNotContain("Regnvandsbede");
	}

	@Test
	void aLateOlderVersionNeverOverwritesANewerOne() throws Exception {
		GroupId group = group("teknisk-vand");
		Instant now = clock.instant();
		// the listener itself, without the asynchronous proxy, so both updates are done
		// before the page is read
		SearchIndexer indexer = AopTestUtils.getUltimateTargetObject(this.indexer);
		indexer.on(new SearchEntry("document", "versions", group, Visibility.MEMBERS, "Anden udgave om kølevand", "Ny.",
				List.of(), now, "/library/versions", now));
		indexer.on(new SearchEntry("document", "versions", group, Visibility.MEMBERS, "Første udgave om kølevand",
				"Gammel.", List.of(), now, "/library/versions", now.minusSeconds(1)));
		assertThat(page("/search?q=kølevand", Visitors.MEMBER)).contains("Anden udgave om kølevand")
			.doesNotContain("Første udgave om kølevand");
	}

	@Test
	void theSearchPageSpeaksEnglishAndSaysWhatToDoWhenEmpty() throws Exception {
		assertThat(page("/search", Visitors.MEMBER)).contains("Skriv, hvad du leder efter");
		assertThat(page("/search?lang=en", Visitors.MEMBER)).contains("Type what you are looking for");
		assertThat(page("/search?q=xyzzyplugh&lang=en", Visitors.MEMBER)).contains("No results");
	}

	@Test
	void aSearchOfHundredsOfWordsSearchesItsFirstAndSaysSo() throws Exception {
		String page = mvc
			.perform(get("/search").param("lang", "en")
				.param("q", "vand ".repeat(1_000))
				.with(Visitors.as(users, Visitors.MEMBER)))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("Only the first 32 words and 256 characters of the search are searched")
			.contains("value=\"" + "vand ".repeat(SearchQuery.MAX_WORDS).strip() + "\"")
			.contains("maxlength=\"" + SearchQuery.MAX_LENGTH + "\"");
		assertThat(page("/search?q=vand", Visitors.MEMBER)).doesNotContain("første 32 ord")
			.contains("id=\"header-search\" type=\"search\" name=\"q\"", "maxlength=\"256\"");
	}

	@Test
	void recentShowsWhatIsNewInTheViewersGroupsOnly() throws Exception {
		publish(entry("agenda-item", "n1", "teknisk-vand", Visibility.GROUP, "Nyt om spildevandsslam",
				"Punkt til næste møde.", List.of()));
		publish(entry("agenda-item", "n2", "planchefgruppen", Visibility.MEMBERS, "Nyt om lokalplaner",
				"Punkt til næste møde.", List.of()));
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(
					() -> assertThat(page("/search/recent", Visitors.MEMBER)).contains("Nyt om spildevandsslam"));
		assertThat(page("/search/recent", Visitors.MEMBER)).doesNotContain("Nyt om lokalplaner");
		assertThat(page("/search/recent", Visitors.CHAIR)).doesNotContain("Nyt om spildevandsslam");
	}

	private SearchEntry entry(String kind, String key, String group, Visibility visibility, String title, String text,
			List<ThemeId> themes) {
		return new SearchEntry(kind, key, group(group), visibility, title, text, themes, clock.instant(),
				"/" + kind + "/" + key, clock.instant());
	}

	/**
	 * An entry in Teknisk vand on a day of its own, so a date filter finds it alone among
	 * the other tests'.
	 */
	private SearchEntry dated(String kind, String key, Visibility visibility, String title, String text,
			List<ThemeId> themes, String day) {
		return new SearchEntry(kind, "compound-" + key, group("teknisk-vand"), visibility, title, text, themes,
				Instant.parse(day + "T10:00:00Z"), "/" + kind + "/compound-" + key, clock.instant());
	}

	private GroupId group(String slug) {
		return groups.findBySlug(slug).orElseThrow().id();
	}

	private void publish(SearchEntry entry) {
		transactions.executeWithoutResult(status -> events.publishEvent(entry));
	}

	private void awaitFound(String words, String who) {
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(search(words, Visitors.SECRETARIAT)).doesNotContain("Ingen resultater"));
	}

	private String search(String query, String who) throws Exception {
		return page("/search?q=" + query, who);
	}

	private String page(String path, String who) throws Exception {
		return mvc.perform(get(path).with(Visitors.as(users, who))).andReturn().getResponse().getContentAsString();
	}

}
