package dk.samspil.library;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import dk.samspil.Race;
import dk.samspil.SamspilTest;
import dk.samspil.Visitors;
import dk.samspil.files.TestFiles;
import dk.samspil.groups.ThemeDesk;
import dk.samspil.groups.ThemeId;
import dk.samspil.groups.Themes;
import dk.samspil.search.Visibility;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A group's library as its members, other members, the secretariat and visitors meet it:
 * who may open, change, download and find what, and what happens to script and bad files.
 */
@SamspilTest
class LibraryTest {

	static final String OUTSIDER = Visitors.CHAIR; // kolding.klima is not in Teknisk vand

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	Themes themes;

	@Autowired
	ThemeDesk themeDesk;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	Library library;

	@Autowired
	Documents documents;

	@Test
	void aScriptInTitleOrBodyShowsAsTextAndAJavascriptOrDataLinkIsOnlyText() throws Exception {
		long id = create(Visitors.MEMBER, "teknisk-vand", "<script>alert('titel')</script> Grundvand", "GROUP",
				"Se [her](javascript:alert(1)) og [kortet](data:text/html,x) <script>alert('krop')</script>");
		String page = page("/library/" + id, Visitors.MEMBER);
		assertThat(page).contains("&lt;script&gt;alert(&#39;titel&#39;)&lt;/script&gt; Grundvand")
			.contains("&lt;script&gt;alert(")
			.contains("Se her og kortet")
			.doesNotContain("<script>alert")
			.doesNotContain("javascript:")
			.doesNotContain("data:text");
	}

	@Test
	void aMemberOfAnotherGroupCannotOpenEditDownloadOrFindAPrivateDocument() throws Exception {
		long id = create(Visitors.MEMBER, "teknisk-vand", "Fortroligt notat om råvandsledning", "GROUP",
				"Råvandsledningen krydser tre kommuner.",
				new MockMultipartFile("files", "tegning.pdf", "application/pdf", TestFiles.PDF));
		long attachment = firstAttachment(id, Visitors.MEMBER);
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(
					() -> assertThat(page("/search?q=råvandsledning", Visitors.MEMBER)).contains("Fortroligt notat"));

		assertThat(status(get("/library/" + id), OUTSIDER)).isEqualTo(404);
		assertThat(status(get("/library/" + id + "/edit"), OUTSIDER)).isEqualTo(404);
		assertThat(status(post("/library/" + id).with(csrf())
			.param("title", "Overtaget")
			.param("kind", "NOTE")
			.param("visibility", "PUBLIC"), OUTSIDER)).isEqualTo(404);
		assertThat(status(post("/library/" + id + "/delete").with(csrf()), OUTSIDER)).isEqualTo(404);
		assertThat(status(get("/library/" + id + "/attachments/" + attachment), OUTSIDER)).isEqualTo(404);
		assertThat(status(get("/public/documents/" + id), null)).isEqualTo(404);
		assertThat(page("/search?q=råvandsledning", OUTSIDER)).doesNotContain("Fortroligt notat")
			.doesNotContain("krydser tre kommuner");
		assertThat(page("/groups/teknisk-vand/library", OUTSIDER)).doesNotContain("Fortroligt notat");

		assertThat(page("/library/" + id, Visitors.MEMBER)).contains("Råvandsledningen krydser tre kommuner.");
		assertThat(page("/library/" + id, Visitors.SECRETARIAT)).contains("Råvandsledningen krydser tre kommuner.");
		assertThat(page("/search?q=råvandsledning", Visitors.SECRETARIAT)).contains("Fortroligt notat");
	}

	@Test
	void aDocumentForAllMembersIsReadByOthersButOnlyChangedByTheGroup() throws Exception {
		long id = create(Visitors.MEMBER, "teknisk-vand", "Status på genbrugsvand", "MEMBERS", "Alle må læse.");
		assertThat(page("/library/" + id, OUTSIDER)).contains("Status på genbrugsvand");
		assertThat(status(get("/library/" + id + "/edit"), OUTSIDER)).isEqualTo(403);
		assertThat(status(post("/library/" + id + "/delete").with(csrf()), OUTSIDER)).isEqualTo(403);
		assertThat(status(get("/groups/teknisk-vand/library/new"), OUTSIDER)).isEqualTo(403);
		assertThat(page("/library/" + id, OUTSIDER)).doesNotContain("/library/" + id + "/edit");
		assertThat(status(get("/library/" + id), null)).isEqualTo(302);
		assertThat(status(get("/public/documents/" + id), null)).isEqualTo(404);
	}

	@Test
	void aPublicDocumentAndItsAttachmentAreReadableWithoutLogin() throws Exception {
		long id = create(Visitors.MEMBER, "teknisk-vand", "Offentlig rapport om teknisk vand", "PUBLIC",
				"Til alle borgere.", new MockMultipartFile("files", "rapport.pdf", "application/pdf", TestFiles.PDF));
		long attachment = firstAttachment(id, Visitors.MEMBER);
		assertThat(page("/public/documents/" + id, null)).contains("Offentlig rapport om teknisk vand")
			.contains("/public/documents/" + id + "/attachments/" + attachment);
		MvcResult download = mvc.perform(get("/public/documents/" + id + "/attachments/" + attachment)).andReturn();
		assertThat(download.getResponse().getStatus()).isEqualTo(200);
		assertThat(download.getResponse().getContentType()).isEqualTo("application/pdf");
		assertThat(download.getResponse().getHeader("Content-Disposition")).startsWith("attachment;")
			.contains("rapport.pdf");
		assertThat(download.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(TestFiles.PDF);
	}

	@Test
	void thePublicDocumentsOfEveryGroupAreListedForAnyoneAndNoOthers() throws Exception {
		long published = create(Visitors.MEMBER, "teknisk-vand", "Offentlig liste over vandværker", "PUBLIC",
				"Til alle.");
		long members = create(Visitors.MEMBER, "teknisk-vand", "Medlemmernes liste over vandværker", "MEMBERS",
				"Kun for medlemmer.");
		String list = page("/public/documents", null);
		assertThat(list).contains("Offentlig liste over vandværker")
			.contains("href=\"/public/documents/" + published + "\"")
			.contains("Teknisk vand")
			.doesNotContain("Medlemmernes liste over vandværker")
			.doesNotContain("/public/documents/" + members + "\"");
		assertThat(page("/public/documents?lang=en", null)).contains("Public documents");
	}

	@Test
	void aFileOfTheWrongTypeOrTooLargeIsRefusedAndNothingTypedIsLost() throws Exception {
		var fake = new MockMultipartFile("files", "budget.pdf", "application/pdf", "<html>not a pdf</html>".getBytes());
		String page = mvc
			.perform(form("teknisk-vand", "Budget for vandprojekt", "GROUP", "Min lange tekst.", fake)
				.with(Visitors.as(users, Visitors.MEMBER)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("”budget.pdf” er ikke en fil, vi kan tage imod")
			.contains("value=\"Budget for vandprojekt\"")
			.contains("Min lange tekst.")
			.contains("aria-invalid=\"true\"");

		var large = new MockMultipartFile("files", "stor.pdf", "application/pdf", new byte[10 * 1024 * 1024 + 1]);
		String english = mvc
			.perform(form("teknisk-vand", "Stort bilag", "GROUP", "Tekst.", large).param("lang", "en")
				.with(Visitors.as(users, Visitors.MEMBER)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(english).contains("“stor.pdf” is too large. A file may be at most 10 MB")
			.contains("value=\"Stort bilag\"");
		assertThat(page("/groups/teknisk-vand/library", Visitors.MEMBER)).doesNotContain("Budget for vandprojekt")
			.doesNotContain("Stort bilag");
	}

	@Test
	void aMissingTitleIsSaidNextToTheFieldInTheUsersLanguage() throws Exception {
		String danish = mvc
			.perform(form("teknisk-vand", "", "GROUP", "Tekst uden titel.").with(Visitors.as(users, Visitors.MEMBER)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(danish).containsPattern("(?s)id=\"title-error\"[^>]*>Skal udfyldes.").contains("Tekst uden titel.");
		String english = mvc
			.perform(form("teknisk-vand", "", "GROUP", "x").param("lang", "en")
				.with(Visitors.as(users, Visitors.MEMBER)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(english).containsPattern("(?s)id=\"title-error\"[^>]*>Required.");
	}

	@Test
	void editingChangesWhatIsFoundAndDeletingRemovesIt() throws Exception {
		long id = create(Visitors.MEMBER, "teknisk-vand", "Udkast om kølevand", "MEMBERS", "Første udkast.");
		assertThat(status(form(multipart("/library/" + id), "Endelig plan for kølevand", "MEMBERS",
				"Vedtaget tekst om kølevandsbehov."), Visitors.MEMBER))
			.isEqualTo(302);
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(
					() -> assertThat(page("/search?q=kølevandsbehov", OUTSIDER)).contains("Endelig plan for kølevand"));
		assertThat(status(post("/library/" + id + "/delete").with(csrf()), Visitors.MEMBER)).isEqualTo(302);
		assertThat(status(get("/library/" + id), Visitors.MEMBER)).isEqualTo(404);
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(page("/search?q=kølevandsbehov", OUTSIDER))
				.doesNotContain("Endelig plan for kølevand"));
	}

	@Test
	void theGroupOverviewFragmentListsItsLatestDocuments() throws Exception {
		create(Visitors.MEMBER, "vandressourcen", "Vandbalance for Trekantområdet", "MEMBERS", "Tal.");
		assertThat(page("/groups/vandressourcen/library/overview", OUTSIDER)).contains("Vandbalance for Trekantområdet")
			.doesNotContain("<html");
	}

	@Test
	void theSecretariatWritesInAnyGroupsLibrary() throws Exception {
		assertThat(status(get("/groups/teknisk-vand/library/new"), Visitors.SECRETARIAT)).isEqualTo(200);
		long id = create(Visitors.SECRETARIAT, "teknisk-vand", "Sekretariatets notat til Teknisk vand", "GROUP",
				"Tekst.");
		assertThat(page("/library/" + id, Visitors.MEMBER)).contains("Sekretariatets notat til Teknisk vand")
			.contains("/library/" + id + "/edit");
	}

	@Test
	void aDocumentTaggedWithAMergedThemeOffersTheThemeItBecameTicked() throws Exception {
		ThemeId old = themes.add("Vandhandleplaner");
		ThemeId kept = themes.add("Vandplaner");
		long id = mvc
			.perform(form("teknisk-vand", "Notat om vandplaner", "MEMBERS", "Tekst.")
				.param("themes", String.valueOf(old.value()))
				.with(Visitors.as(users, Visitors.MEMBER)))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()
			.transform(url -> Long.parseLong(url.substring(9)));
		transactions.executeWithoutResult(status -> themeDesk.merge(old, kept));
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(page("/library/" + id + "/edit", Visitors.MEMBER))
				.containsPattern("value=\"" + kept.value() + "\"[^>]*checked"));
		assertThat(page("/library/" + id, Visitors.MEMBER)).contains("Vandplaner").doesNotContain("Vandhandleplaner");
	}

	@Test
	void twoColleaguesSavingTheSameVersionAtOnceSaveOnceAndTheOtherIsRefused() throws Exception {
		long id = create(Visitors.MEMBER, "teknisk-vand", "Notat om boringer", "GROUP", "Udkast.");
		Document opened = documents.find(id).orElseThrow();
		DocumentForm mine = new DocumentForm(DocumentKind.DOCUMENT, "Notat om boringer", "", "Min tekst.", List.of(),
				Visibility.GROUP, opened.version());
		DocumentForm theirs = new DocumentForm(DocumentKind.DOCUMENT, "Notat om boringer", "", "Din tekst.", List.of(),
				Visibility.GROUP, opened.version());
		var outcomes = Race.twoAtOnce(() -> library.update(opened, mine, List.of(), List.of()),
				() -> library.update(opened, theirs, List.of(), List.of()));
		assertThat(outcomes).allMatch(Race.Outcome::succeeded);
		assertThat(outcomes).filteredOn(o -> o.value().isEmpty()).as("saved").hasSize(1);
		assertThat(outcomes).filteredOn(o -> o.value().isPresent()).as("refused, shown the other's text").hasSize(1);
		Document stored = documents.find(id).orElseThrow();
		assertThat(stored.version()).isEqualTo(opened.version() + 1);
		String refusedSawBody = outcomes.stream()
			.filter(o -> o.value().isPresent())
			.findFirst()
			.orElseThrow()
			.value()
			.orElseThrow()
			.body();
		assertThat(refusedSawBody).isEqualTo(stored.body());
	}

	@Test
	void aSaveOnAnOutdatedVersionKeepsWhatWasTypedAndShowsTheColleaguesText() throws Exception {
		long id = create(Visitors.MEMBER, "teknisk-vand", "Notat om kildepladser", "GROUP", "Første udkast.");
		assertThat(status(form(multipart("/library/" + id), "Notat om kildepladser", "GROUP",
				"Kollegaens tekst om Egtved kildeplads."), Visitors.MEMBER))
			.isEqualTo(302);
		String page = mvc
			.perform(
					form(multipart("/library/" + id), "Notat om kildepladser", "GROUP", "Min egen tekst om Vejle Nord.")
						.with(Visitors.as(users, Visitors.MEMBER)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("ændret af en anden", "Kollegaens tekst om Egtved kildeplads.",
				"Min egen tekst om Vejle Nord.", "name=\"version\" value=\"2\"");
		assertThat(documents.find(id).orElseThrow().body()).isEqualTo("Kollegaens tekst om Egtved kildeplads.");
	}

	private long create(String who, String group, String title, String visibility, String body,
			MockMultipartFile... files) throws Exception {
		MvcResult result = mvc.perform(form(group, title, visibility, body, files).with(Visitors.as(users, who)))
			.andReturn();
		String location = result.getResponse().getRedirectedUrl();
		assertThat(location).as(result.getResponse().getContentAsString()).startsWith("/library/");
		return Long.parseLong(location.substring("/library/".length()));
	}

	private MockMultipartHttpServletRequestBuilder form(String group, String title, String visibility, String body,
			MockMultipartFile... files) {
		return form(multipart("/groups/" + group + "/library"), title, visibility, body, files);
	}

	private MockMultipartHttpServletRequestBuilder form(MockMultipartHttpServletRequestBuilder builder, String title,
			String visibility, String body, MockMultipartFile... files) {
		for (MockMultipartFile file : files) {
			builder.file(file);
		}
		builder.param("kind", "DOCUMENT")
			.param("title", title)
			.param("summary", "Resumé")
			.param("body", body)
			.param("visibility", visibility)
			.param("version", "1");
		builder.with(csrf());
		return builder;
	}

	private long firstAttachment(long id, String who) throws Exception {
		String page = page("/library/" + id, who);
		var matcher = Pattern.compile("/library/" + id + "/attachments/(\\d+)").matcher(page);
		assertThat(matcher.find()).isTrue();
		return Long.parseLong(matcher.group(1));
	}

	private int status(AbstractMockHttpServletRequestBuilder<?> request, String who) throws Exception {
		if (who != null) {
			request.with(Visitors.as(users, who));
		}
		return mvc.perform(request).andReturn().getResponse().getStatus();
	}

	private String page(String path, String who) throws Exception {
		var request = get(path);
		if (who != null) {
			request.with(Visitors.as(users, who));
		}
		return mvc.perform(request).andReturn().getResponse().getContentAsString();
	}

}
