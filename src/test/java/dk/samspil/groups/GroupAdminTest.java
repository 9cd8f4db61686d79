package dk.samspil.groups;

import dk.samspil.SamspilTest;
import dk.samspil.Visitors;
import dk.samspil.accounts.Accounts;
import dk.samspil.accounts.PersonId;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SamspilTest
class GroupAdminTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	Accounts accounts;

	@Autowired
	GroupDirectory directory;

	@Autowired
	Themes themes;

	@Autowired
	ThemeDesk themeDesk;

	@Test
	void theSecretariatStartsAWorkingGroupInOneForm() throws Exception {
		long chair = person("vejen.klima");
		long member = person("billund.plan");
		long theme = themes.findByName("Klimatilpasning").orElseThrow().id().value();
		mvc.perform(form(post("/groups"), "Klimatilpasning på tværs", "WORKING", "Fælles kort over oversvømmelser.")
			.param("themes", String.valueOf(theme))
			.param("members", chair + ":CHAIR", member + ":MEMBER", ""))
			.andExpect(redirectedUrl("/groups/klimatilpasning-paa-tvaers"));
		GroupInfo group = directory.findBySlug("klimatilpasning-paa-tvaers").orElseThrow();
		assertThat(group.kind()).isEqualTo(GroupKind.WORKING);
		assertThat(directory.membersOf(group.id())).hasSize(2).containsValue(GroupRole.CHAIR);
		assertThat(directory.themesOf(group.id())).extracting(ThemeId::value).containsExactly(theme);
		mvc.perform(get("/groups/klimatilpasning-paa-tvaers").with(Visitors.as(users, Visitors.MEMBER)))
			.andExpect(content().string(allOf(containsString("Fælles kort over oversvømmelser."),
					containsString("Klimatilpasning"), containsString("Medlemmer (2)"))));
	}

	@Test
	void mistakesAreShownNextToTheFieldsAndNothingTypedIsLost() throws Exception {
		long a = person("vejen.plan");
		long b = person("vejen.vand");
		mvc.perform(form(post("/groups"), "Teknisk vand", "WORKING", "").param("members", a + ":CHAIR", b + ":CHAIR"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Der er allerede en gruppe med det navn."),
					containsString("Skal udfyldes."), containsString("En gruppe kan kun have én formand."),
					matchesPattern("(?s).*value=\"" + a + ":CHAIR\"\\s+selected=\"selected\".*"))));
	}

	@Test
	void aClosedGroupStaysReadableAndSaysSo() throws Exception {
		GroupId id = directory.start("Midlertidig gruppe", GroupKind.PROJECT, "Et kort projekt.");
		String slug = directory.find(id).orElseThrow().slug();
		mvc.perform(post("/groups/{slug}/close", slug).with(csrf()).with(Visitors.as(users, Visitors.SECRETARIAT)))
			.andExpect(redirectedUrl("/groups/" + slug));
		assertThat(directory.find(id).orElseThrow().closed()).isTrue();
		mvc.perform(get("/groups/{slug}", slug).with(Visitors.as(users, Visitors.MEMBER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Gruppen er lukket. Dens indhold kan stadig læses og findes.")));
	}

	@Test
	void editingKeepsTheAddressAndChangesTheMandateAndMembers() throws Exception {
		GroupId id = directory.start("Energi på tværs", GroupKind.WORKING, "Gammelt mandat.");
		long member = person("kolding.direktor");
		mvc.perform(form(post("/groups/energi-paa-tvaers"), "Energi og varme på tværs", "WORKING", "Nyt mandat.")
			.param("members", member + ":SECRETARY")
			.param("version", "1")).andExpect(redirectedUrl("/groups/energi-paa-tvaers"));
		GroupInfo group = directory.find(id).orElseThrow();
		assertThat(group.name()).isEqualTo("Energi og varme på tværs");
		assertThat(directory.membersOf(id)).containsOnlyKeys(new PersonId(member)).containsValue(GroupRole.SECRETARY);
	}

	@Test
	void aMemberTakenOutAndANewNameCountAtOnceThoughGroupsAreKeptInMemory() throws Exception {
		GroupId id = directory.start("Varme på tværs", GroupKind.WORKING, "Mandat.");
		PersonId member = new PersonId(person("vejen.vand"));
		assertThat(directory.groupsOf(member)).doesNotContain(id);
		assertThat(directory.all()).extracting(GroupInfo::name).contains("Varme på tværs");

		mvc.perform(form(post("/groups/varme-paa-tvaers"), "Varme på tværs", "WORKING", "Mandat.")
			.param("members", member.value() + ":MEMBER")
			.param("version", "1")).andExpect(redirectedUrl("/groups/varme-paa-tvaers"));
		assertThat(directory.groupsOf(member)).contains(id);

		mvc.perform(form(post("/groups/varme-paa-tvaers"), "Fjernvarme på tværs", "WORKING", "Mandat.").param("version",
				"2"))
			.andExpect(redirectedUrl("/groups/varme-paa-tvaers"));
		assertThat(directory.groupsOf(member)).doesNotContain(id);
		assertThat(directory.all()).extracting(GroupInfo::name)
			.contains("Fjernvarme på tværs")
			.doesNotContain("Varme på tværs");
	}

	@Test
	void aSaveOnAnOutdatedVersionKeepsWhatWasTypedAndShowsTheColleaguesText() throws Exception {
		GroupId id = directory.start("Kystsikring på tværs", GroupKind.WORKING, "Første kommissorium.");
		String slug = directory.find(id).orElseThrow().slug();
		long member = person("vejen.plan");
		mvc.perform(form(post("/groups/{slug}", slug), "Kystsikring på tværs", "WORKING",
				"Kollegaens kommissorium om diger.")
			.param("members", member + ":CHAIR")
			.param("version", "1")).andExpect(redirectedUrl("/groups/" + slug));
		String page = mvc
			.perform(form(post("/groups/{slug}", slug), "Kystsikring på tværs", "PROJECT",
					"Mit eget kommissorium om klitter.")
				.param("version", "1"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String colleague = accounts.find(new PersonId(member)).orElseThrow().displayName();
		assertThat(page).contains("Gruppen er ændret af en anden, mens du skrev.", "Kollegaens kommissorium om diger.",
				"Mit eget kommissorium om klitter.", colleague, "name=\"version\" value=\"2\"");
		assertThat(page).doesNotContain("Noget skal rettes.");
		assertThat(directory.find(id).orElseThrow().kind()).isEqualTo(GroupKind.WORKING);
		assertThat(directory.membersOf(id)).containsOnlyKeys(new PersonId(member));
		// saved again from the version shown, it is saved over the colleague's knowingly
		mvc.perform(form(post("/groups/{slug}", slug), "Kystsikring på tværs", "PROJECT",
				"Mit eget kommissorium om klitter.")
			.param("version", "2")).andExpect(redirectedUrl("/groups/" + slug));
		assertThat(directory.find(id).orElseThrow().kind()).isEqualTo(GroupKind.PROJECT);
		assertThat(directory.membersOf(id)).isEmpty();
	}

	@Test
	void closingAGroupSomeoneClosedMeanwhileSaysSo() throws Exception {
		GroupId id = directory.start("Lukkes to gange", GroupKind.PROJECT, "Et kort projekt.");
		String slug = directory.find(id).orElseThrow().slug();
		mvc.perform(post("/groups/{slug}/close", slug).with(csrf()).with(Visitors.as(users, Visitors.SECRETARIAT)))
			.andExpect(flash().attribute("done", "Gruppen er lukket."));
		mvc.perform(post("/groups/{slug}/close", slug).with(csrf())
			.with(Visitors.as(users, Visitors.SECRETARIAT))
			.header("Referer", "http://localhost/groups/" + slug))
			.andExpect(redirectedUrl("/groups/" + slug))
			.andExpect(flash().attribute("refused", "Gruppen Lukkes to gange er allerede lukket."));
	}

	@Test
	void aRenameOfAThemeSomeoneRenamedMeanwhileKeepsWhatWasTypedAndSaysWhatItIsNow() throws Exception {
		ThemeId theme = themeDesk.add("Grundvandsbeskyttelse");
		themeDesk.rename(theme, "Grundvandsbeskyttelse", "Grundvand og drikkevand");
		mvc.perform(post("/admin/themes/{id}/rename", theme.value()).param("shown", "Grundvandsbeskyttelse")
			.param("name", "Beskyttelse af grundvand")
			.with(csrf())
			.with(Visitors.as(users, Visitors.SECRETARIAT)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("En anden har omdøbt temaet til Grundvand og drikkevand"),
					containsString("value=\"Beskyttelse af grundvand\""))));
		assertThat(themes.find(theme).orElseThrow().name()).isEqualTo("Grundvand og drikkevand");
	}

	@Test
	void theFormFindsAPersonByNameAndListsOnlyTheMembers() throws Exception {
		long chair = person("vejen.klima");
		String name = accounts.find(new PersonId(person("middelfart.plan"))).orElseThrow().displayName();
		long added = person("middelfart.plan");
		String page = mvc
			.perform(form(post("/groups"), "", "WORKING", "Halvt skrevet.").param("members", chair + ":CHAIR")
				.param("add", "person")
				.param("addPerson", name.toUpperCase()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(name + " er tilføjet. Husk at gemme."),
					containsString("Halvt skrevet."), not(containsString("Skal udfyldes.")),
					matchesPattern("(?s).*value=\"" + chair + ":CHAIR\"\\s+selected=\"selected\".*"),
					matchesPattern("(?s).*value=\"" + added + ":MEMBER\"\\s+selected=\"selected\".*"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		// one select per member, not one per person in the collaboration
		assertThat(page.split("name=\"members\"", -1)).hasSize(3);
		mvc.perform(form(post("/groups"), "", "WORKING", "").param("add", "person")
			.param("addPerson", "Ingen Sådan Person"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ingen person passer til &quot;Ingen Sådan Person&quot;.")));
	}

	@Test
	void theSecretariatAddsRenamesMergesAndRetiresThemes() throws Exception {
		mvc.perform(post("/admin/themes").param("name", "Cirkulær økonomi")
			.with(csrf())
			.with(Visitors.as(users, Visitors.SECRETARIAT))).andExpect(redirectedUrl("/admin/themes"));
		mvc.perform(post("/admin/themes").param("name", "cirkulær økonomi")
			.with(csrf())
			.with(Visitors.as(users, Visitors.SECRETARIAT)))
			.andExpect(content().string(containsString("Der er allerede et tema med det navn.")));
		ThemeId circular = themes.findByName("Cirkulær økonomi").orElseThrow().id();
		mvc.perform(post("/admin/themes/{id}/rename", circular.value()).param("shown", "Cirkulær økonomi")
			.param("name", "Ressourcer og affald")
			.with(csrf())
			.with(Visitors.as(users, Visitors.SECRETARIAT))).andExpect(redirectedUrl("/admin/themes"));
		ThemeId energy = themes.findByName("Energiplanlægning").orElseThrow().id();
		mvc.perform(post("/admin/themes/{id}/merge", circular.value()).param("into", String.valueOf(energy.value()))
			.with(csrf())
			.with(Visitors.as(users, Visitors.SECRETARIAT))).andExpect(redirectedUrl("/admin/themes"));
		assertThat(themes.find(circular).orElseThrow().name()).isEqualTo("Energiplanlægning");
		mvc.perform(post("/admin/themes/{id}/retire", energy.value()).param("retired", "true")
			.with(csrf())
			.with(Visitors.as(users, Visitors.SECRETARIAT)));
		assertThat(themes.selectable()).extracting(Theme::id).doesNotContain(energy);
		mvc.perform(get("/admin/themes").param("lang", "en").with(Visitors.as(users, Visitors.SECRETARIAT)))
			.andExpect(content().string(allOf(containsString("Energiplanlægning"), containsString("Retired"))));
		themeDesk.reactivate(energy);
	}

	private long person(String username) {
		return accounts.findByUsername(username).orElseThrow().value();
	}

	private MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, String name, String kind,
			String mandate) {
		return request.with(csrf())
			.with(Visitors.as(users, Visitors.SECRETARIAT))
			.param("name", name)
			.param("kind", kind)
			.param("mandate", mandate);
	}

}
