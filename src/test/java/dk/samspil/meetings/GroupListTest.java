package dk.samspil.meetings;

import java.time.LocalDate;

import dk.samspil.SamspilTest;
import dk.samspil.accounts.Accounts;
import dk.samspil.accounts.PersonDetails;
import dk.samspil.accounts.Role;
import dk.samspil.groups.GroupDirectory;
import dk.samspil.groups.GroupId;
import dk.samspil.groups.GroupKind;
import dk.samspil.groups.GroupRole;
import dk.samspil.region.MunicipalityCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;

import static dk.samspil.Visitors.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Working groups set their own agendas: any member proposes items to the group's list at
 * any time, in a working group any member calls a meeting, and the chair takes items into
 * a meeting and orders it.
 */
@SamspilTest
class GroupListTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	Accounts accounts;

	@Autowired
	GroupDirectory groups;

	@Autowired
	AgendaItems items;

	String run;

	String chair;

	String member;

	String outsider;

	String working;

	String fixed;

	@BeforeEach
	void aWorkingGroupAndAFixedGroupWithTheSameChairAndMember() {
		run = Long.toString(System.nanoTime(), 36);
		chair = person("formand");
		member = person("medlem");
		outsider = person("udenfor");
		working = group("Arbejdsgruppe " + run, GroupKind.WORKING);
		fixed = group("Fast gruppe " + run, GroupKind.FIXED);
	}

	@Test
	void aMemberPutsAnItemOnTheListWithNoMeetingAndTheNextMeetingTakesIt() throws Exception {
		assertThat(page("/groups/" + working + "/meetings", member)).contains("Der er ingen kommende møder.")
			.contains("Foreslå et punkt til gruppen");
		mvc.perform(propose(working, outsider, "Udefra")).andExpect(status().isNotFound());
		String refused = mvc.perform(propose(working, member, " "))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("Skal udfyldes.");
		mvc.perform(propose(working, member, "Genbrug af regnvand"))
			.andExpect(status().is3xxRedirection())
			.andExpect(MockMvcResultMatchers.flash()
				.attribute("done", "»Genbrug af regnvand« står nu på gruppens liste og venter på et møde."));
		assertThat(page("/groups/" + working + "/meetings", chair)).contains("Genbrug af regnvand");

		long meeting = schedule(working, chair);
		assertThat(page("/meetings/" + meeting, chair)).contains("Genbrug af regnvand");
		assertThat(items.ofMeeting(meeting)).extracting(AgendaItem::title).containsExactly("Genbrug af regnvand");
	}

	@Test
	void inAWorkingGroupAnyMemberCallsAMeetingAndTheChairTakesItemsIntoIt() throws Exception {
		mvc.perform(get("/groups/" + working + "/meetings/new").with(as(users, member))).andExpect(status().isOk());
		long meeting = schedule(working, member);
		mvc.perform(propose(working, member, "Vandløbenes minimumsvandføring")).andExpect(status().is3xxRedirection());
		long item = items.waiting(groups.findBySlug(working).orElseThrow().id()).get(0).id();

		mvc.perform(post("/meetings/" + meeting + "/items/" + item + "/take").with(csrf()).with(as(users, member)))
			.andExpect(status().isForbidden());
		assertThat(page("/meetings/" + meeting, chair)).contains("Tag med på mødet");
		mvc.perform(post("/meetings/" + meeting + "/items/" + item + "/take").with(csrf()).with(as(users, chair)))
			.andExpect(status().is3xxRedirection())
			.andExpect(MockMvcResultMatchers.flash()
				.attribute("done", "»Vandløbenes minimumsvandføring« er taget med på mødet som forslag."));
		mvc.perform(post("/meetings/" + meeting + "/items").with(csrf())
			.with(as(users, member))
			.param("title", "Direkte til mødet")
			.param("description", ""))
			.andExpect(status().is3xxRedirection())
			.andExpect(MockMvcResultMatchers.flash()
				.attribute("done", "Dit forslag »Direkte til mødet« er sendt til formanden, som sætter dagsordenen."));
		assertThat(items.find(item).orElseThrow().meetingId()).isEqualTo(meeting);
		assertThat(items.find(item).orElseThrow().status()).isEqualTo(ItemStatus.PROPOSED);
		mvc.perform(post("/meetings/" + meeting + "/items/" + item + "/accept").with(csrf()).with(as(users, member)))
			.andExpect(status().isForbidden());
	}

	@Test
	void inAFixedGroupOnlyTheChairCallsAMeetingButMembersStillProposeToTheList() throws Exception {
		mvc.perform(get("/groups/" + fixed + "/meetings/new").with(as(users, member)))
			.andExpect(status().isForbidden());
		assertThat(page("/groups/" + fixed + "/meetings", member)).doesNotContain("/meetings/new");
		mvc.perform(propose(fixed, member, "Fælles klimaregnskab")).andExpect(status().is3xxRedirection());
		mvc.perform(propose(fixed, member, "Reuse of rainwater").param("lang", "en"))
			.andExpect(status().is3xxRedirection())
			.andExpect(MockMvcResultMatchers.flash()
				.attribute("done", "\"Reuse of rainwater\" is now on the group's list, waiting for a meeting."));
		mvc.perform(get("/groups/" + fixed + "/meetings/new").with(as(users, chair))).andExpect(status().isOk());
	}

	private long schedule(String slug, String user) throws Exception {
		LocalDate day = LocalDate.now().plusWeeks(3);
		String location = mvc
			.perform(post("/groups/" + slug + "/meetings").with(csrf())
				.with(as(users, user))
				.param("title", "Møde " + run)
				.param("date", day.toString())
				.param("startTime", "10:00")
				.param("endTime", "12:00")
				.param("place", "Vejle Rådhus")
				.param("onlineLink", "")
				.param("deadlineDate", day.minusDays(5).toString())
				.param("deadlineTime", "12:00"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(location.replaceAll(".*/", ""));
	}

	private MockHttpServletRequestBuilder propose(String slug, String user, String title) {
		return post("/groups/" + slug + "/items").with(csrf())
			.with(as(users, user))
			.param("title", title)
			.param("description", "Baggrund");
	}

	private String group(String name, GroupKind kind) {
		GroupId id = groups.start(name, kind, "Mandat.");
		groups.addMember(id, accounts.findByUsername(chair).orElseThrow(), GroupRole.CHAIR);
		groups.addMember(id, accounts.findByUsername(member).orElseThrow(), GroupRole.MEMBER);
		return groups.find(id).orElseThrow().slug();
	}

	private String person(String who) {
		String username = who + "." + run;
		accounts.register(new PersonDetails(username, "Test " + who + " " + run, username + "@example.org",
				"Planlægger", new MunicipalityCode("0630"), Role.MEMBER), "samspil-test-1");
		return username;
	}

	private String page(String path, String user) throws Exception {
		return mvc.perform(get(path).with(as(users, user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
