package dk.samspil.groups;

import dk.samspil.SamspilTest;
import dk.samspil.Visitors;
import dk.samspil.accounts.Accounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SamspilTest
class GroupPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	GroupDirectory directory;

	@Autowired
	Accounts accounts;

	@Autowired
	Themes themes;

	@Test
	void theGroupsAreListedByKindAndAMembersOwnGroupsAreMarked() throws Exception {
		String page = mvc.perform(get("/groups").with(Visitors.as(users, Visitors.MEMBER)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).containsSubsequence("Faste grupper", "Kommuneplangruppen", "Teknisk direktørgruppe",
				"Arbejdsgrupper", "Sammenhængende grøn mobilitet", "Teknisk vand", "Projektgrupper", "Vandressourcen");
		// Other tests may add the demo member to groups of their own, so the marks are
		// counted against the directory.
		int memberships = directory.groupsOf(accounts.findByUsername(Visitors.MEMBER).orElseThrow()).size();
		assertThat(memberships).isGreaterThanOrEqualTo(2);
		assertThat(page.split("Du er medlem", -1)).hasSize(memberships + 1);
	}

	@Test
	void aGroupsPageShowsItsMandateAndEachMembersMunicipalityAndRole() throws Exception {
		mvc.perform(get("/groups/klimachefgruppen").with(Visitors.as(users, Visitors.MEMBER)))
			.andExpect(status().isOk())
			.andExpect(
					content().string(allOf(containsString("Klimacheferne deler viden"), containsString("Medlemmer (8)"),
							containsString("Sekretær"), matchesPattern("(?s).*Kolding</td>\\s*<td>Formand.*"))));
		mvc.perform(get("/groups/klimachefgruppen").param("lang", "en").with(Visitors.as(users, Visitors.MEMBER)))
			.andExpect(content()
				.string(allOf(containsString("Members (8)"), containsString("Chair"), containsString("Mandate"))));
	}

	@Test
	void aNewGroupIsReachableByAReadableAddress() throws Exception {
		GroupId group = directory.start("Grøn omstilling på tværs", GroupKind.WORKING, "Et mandat med <b>markup</b>.");
		directory.addMember(group, accounts.findByUsername(Visitors.CHAIR).orElseThrow(), GroupRole.CHAIR);
		mvc.perform(get("/groups/groen-omstilling-paa-tvaers").with(Visitors.as(users, Visitors.MEMBER)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Et mandat med &lt;b&gt;markup&lt;/b&gt;."),
					containsString("Medlemmer (1)"))));
	}

	@Test
	void onlyTheGroupsMembersAndTheSecretariatAreOfferedItsMeetings() throws Exception {
		GroupId group = directory.start("Lukket kreds", GroupKind.WORKING, "Et mandat.");
		directory.addMember(group, accounts.findByUsername(Visitors.CHAIR).orElseThrow(), GroupRole.CHAIR);
		String meetings = "/groups/lukket-kreds/meetings/overview";
		for (String visitor : new String[] { Visitors.CHAIR, Visitors.SECRETARIAT }) {
			mvc.perform(get("/groups/lukket-kreds").with(Visitors.as(users, visitor)))
				.andExpect(content().string(containsString(meetings)));
		}
		mvc.perform(get("/groups/lukket-kreds").with(Visitors.as(users, Visitors.MEMBER)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(meetings))));
	}

	@Test
	void aGroupsPageShowsTheThemesItsTagsStandForNow() throws Exception {
		GroupId group = directory.start("Temaernes gruppe", GroupKind.WORKING, "Et mandat.");
		ThemeId old = themes.add("Gammelt tema i gruppen");
		ThemeId kept = themes.add("Bevaret tema i gruppen");
		directory.tag(group, old);
		directory.tag(group, kept);
		themes.merge(old, kept);
		ThemeId other = themes.add("Andet tema i gruppen");
		directory.tag(group, other);
		String page = mvc.perform(get("/groups/temaernes-gruppe").with(Visitors.as(users, Visitors.MEMBER)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).containsSubsequence("Andet tema i gruppen", "Bevaret tema i gruppen")
			.doesNotContain("Gammelt tema i gruppen");
		assertThat(page.split("Bevaret tema i gruppen", -1)).hasSize(2);
	}

	@Test
	void slugsAreReadable() {
		assertThat(GroupDirectory.slug("Teknisk direktørgruppe")).isEqualTo("teknisk-direktoergruppe");
		assertThat(GroupDirectory.slug("  Vand & PtX – 2030! ")).isEqualTo("vand-ptx-2030");
		assertThat(GroupDirectory.slug("???")).isEqualTo("group");
	}

}
