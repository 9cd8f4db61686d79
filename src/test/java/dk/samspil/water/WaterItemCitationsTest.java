package dk.samspil.water;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dk.samspil.SamspilTest;
import dk.samspil.accounts.PersonId;
import dk.samspil.accounts.SignedInUser;
import dk.samspil.groups.GroupDirectory;
import dk.samspil.groups.GroupId;
import dk.samspil.groups.GroupKind;
import dk.samspil.groups.GroupRole;
import dk.samspil.time.DanishTime;
import org.junit.jupiter.api.BeforeEach;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static dk.samspil.Visitors.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A run taken to the meeting where the group will decide: cited in an agenda item, the
 * meeting shows its figures at the item, and whoever reads the meeting reads the run's
 * summary but not the model; whoever reads neither the model nor the meeting sees nothing
 * of the run, through the agenda or otherwise.
 */
@SamspilTest
class WaterItemCitationsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	UserDetailsService users;

	@Autowired
	GroupDirectory groups;

	@Autowired
	Runs runs;

	@Autowired
	RunCitations citations;

	@Autowired
	RunCiting citing;

	WaterFixtures fixtures;

	String member;

	String reader;

	String outsider;

	PersonId memberId;

	WaterModelId model;

	long meeting;

	long item;

	@BeforeEach
	void aModelAndAComingMeetingOfAnotherGroupWithAnItem() throws Exception {
		fixtures = new WaterFixtures(context);
		var own = fixtures.groupWithModel("punkt", "Punkt");
		member = own.member();
		memberId = own.memberId();
		outsider = own.outsider();
		model = own.model();
		reader = WaterFixtures.login("punkt.laeser");
		PersonId readerId = fixtures.person(reader);
		GroupId board = groups.start("Mødegruppe " + member, GroupKind.WORKING, "Beslutter om vandet.");
		groups.addMember(board, memberId, GroupRole.CHAIR);
		groups.addMember(board, readerId, GroupRole.MEMBER);
		String slug = groups.find(board).orElseThrow().slug();
		LocalDate day = LocalDate.now(DanishTime.ZONE).plusWeeks(2);
		String scheduled = mvc
			.perform(post("/groups/" + slug + "/meetings").with(csrf())
				.with(as(users, member))
				.param("title", "Vandmøde")
				.param("date", day.toString())
				.param("startTime", "09:00")
				.param("endTime", "11:00")
				.param("place", "Vejle Rådhus")
				.param("onlineLink", "")
				.param("deadlineDate", day.minusWeeks(1).toString())
				.param("deadlineTime", "12:00"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(scheduled).startsWith("/meetings/");
		meeting = Long.parseLong(scheduled.substring("/meetings/".length()));
		String proposed = mvc
			.perform(post("/meetings/" + meeting + "/items").with(csrf())
				.with(as(users, member))
				.param("title", "Hvem mangler vand, hvis HySynergy når 1 GW?")
				.param("description", "Kørslen gennemgås."))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		item = Long.parseLong(proposed.substring(proposed.indexOf("#item-") + "#item-".length()));
	}

	@Test
	void aRunCitedInAnItemShowsItsFiguresThereAndItsSummaryToTheMeetingsReaders() throws Exception {
		long run = finishedRun();
		mvc.perform(get("/water/runs/" + run + "/cite").with(as(users, member)))
			.andExpect(content()
				.string(allOf(containsString("id=\"cite-item\""), containsString("<option value=\"" + item + "\">"))));
		mvc.perform(post("/water/runs/" + run + "/citations").with(csrf())
			.with(as(users, member))
			.param("item", String.valueOf(item))).andExpect(flash().attribute("citedInItem", item));
		mvc.perform(get("/water/runs/" + run).with(as(users, member)))
			.andExpect(content().string(allOf(containsString("Punkter på dagsordener"),
					containsString("href=\"/meetings/" + meeting + "#item-" + item + "\""))));

		mvc.perform(get("/meetings/" + meeting).with(as(users, reader)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Kørsel " + run + " af Punktmodel"),
					containsString("href=\"/water/runs/" + run + "/summary\""), containsString("Drikkevand: "),
					containsString("% af månederne dækket"))));
		// and, once the chair has put the item on the agenda, in the agenda's PDF
		mvc.perform(post("/meetings/" + meeting + "/items/" + item + "/accept").with(csrf()).with(as(users, member)))
			.andExpect(status().is3xxRedirection());
		byte[] agenda = mvc.perform(get("/meetings/" + meeting + "/agenda.pdf").with(as(users, reader)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var document = Loader.loadPDF(agenda)) {
			assertThat(new PDFTextStripper().getText(document)).contains("Grundlag", "Kørsel " + run + " af Punktmodel",
					"Drikkevand: ");
		}
		mvc.perform(get("/meetings/" + meeting + "?lang=en").with(as(users, reader)))
			.andExpect(content()
				.string(allOf(containsString("Run " + run + " of Punktmodel"), containsString("Drinking: "))));
		mvc.perform(get("/water/runs/" + run + "/summary").with(as(users, reader)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Du kan læse resultatet"),
					containsString("Hvem mangler vand, hvis HySynergy når 1 GW?"),
					not(containsString("href=\"/water/models/" + model.value())))));
		mvc.perform(get("/water/runs/" + run).with(as(users, reader)))
			.andExpect(redirectedUrl("/water/runs/" + run + "/summary"));
		mvc.perform(get("/water/models/" + model.value()).with(as(users, reader))).andExpect(status().isNotFound());
		// a reader of the meeting only reads: citing needs the model
		mvc.perform(post("/water/runs/" + run + "/citations").with(csrf())
			.with(as(users, reader))
			.param("item", String.valueOf(item))).andExpect(status().isNotFound());
	}

	@Test
	void aRunsPageListsOnlyTheCitingItemsTheViewerReads() throws Exception {
		long run = finishedRun();
		Foreign foreign = itemOfAnotherGroup();
		citing.citeInItem((SignedInUser) users.loadUserByUsername("sekretariat"), runs.find(run).orElseThrow(),
				foreign.item());
		citing.citeInItem((SignedInUser) users.loadUserByUsername(member), runs.find(run).orElseThrow(), item);
		String own = mvc.perform(get("/water/runs/" + run).with(as(users, member)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(own).contains("href=\"/meetings/" + meeting + "#item-" + item + "\"")
			.doesNotContain("#item-" + foreign.item() + "\"");
		String all = mvc.perform(get("/water/runs/" + run).with(as(users, "sekretariat")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(all).contains("href=\"/meetings/" + meeting + "#item-" + item + "\"",
				"href=\"/meetings/" + foreign.meeting() + "#item-" + foreign.item() + "\"", "Et fremmed punkt");
	}

	@Test
	void someoneWhoReadsNeitherTheModelNorTheMeetingSeesNothingOfTheRun() throws Exception {
		long run = finishedRun();
		mvc.perform(post("/water/runs/" + run + "/citations").with(csrf())
			.with(as(users, member))
			.param("item", String.valueOf(item))).andExpect(flash().attribute("citedInItem", item));
		mvc.perform(get("/meetings/" + meeting).with(as(users, outsider))).andExpect(status().isNotFound());
		mvc.perform(get("/items/" + item).with(as(users, outsider))).andExpect(status().isNotFound());
		mvc.perform(get("/water/runs/" + run + "/summary").with(as(users, outsider))).andExpect(status().isNotFound());
		mvc.perform(get("/water/runs/" + run).with(as(users, outsider))).andExpect(status().isNotFound());
		mvc.perform(get("/search").param("q", "Punktmodel").with(as(users, outsider)))
			.andExpect(content().string(not(containsString("/water/runs/" + run))));
	}

	@Test
	void anItemTheCiterCannotReadAnUnfinishedRunOrACancelledMeetingIsRefusedAndNothingIsCited() throws Exception {
		long queued = runs.insert(model, 1, "[]", 1, 372, RunDesk.ENGINE, memberId, "Medlem", Instant.now());
		mvc.perform(post("/water/runs/" + queued + "/citations").with(csrf())
			.with(as(users, member))
			.param("item", String.valueOf(item)))
			.andExpect(redirectedUrl("/water/runs/" + queued + "/cite"))
			.andExpect(flash().attribute("refused",
					"Kun en færdig kørsel kan vedlægges en beslutning eller et dagsordenspunkt."));

		long run = finishedRun();
		// an item of a group the member is not in: as if it did not exist
		Foreign foreignItem = itemOfAnotherGroup();
		String stranger = foreignItem.chair();
		long other = foreignItem.meeting();
		long foreign = foreignItem.item();
		mvc.perform(get("/water/runs/" + run + "/cite").with(as(users, member)))
			.andExpect(content().string(not(containsString("<option value=\"" + foreign + "\">"))));
		mvc.perform(post("/water/runs/" + run + "/citations").with(csrf())
			.with(as(users, member))
			.header("Referer", "http://localhost/meetings/" + meeting)
			.param("item", String.valueOf(foreign)))
			.andExpect(redirectedUrl("/water/runs/" + run + "/cite"))
			.andExpect(flash().attribute("refused",
					"Vælg et punkt på et møde i en af dine grupper, som hverken er aflyst eller udskudt."));
		mvc.perform(get("/meetings/" + other).with(as(users, stranger)))
			.andExpect(content().string(not(containsString("/water/runs/" + run + "/summary"))));

		// a cancelled meeting takes nothing more
		mvc.perform(post("/meetings/" + meeting + "/cancel").with(csrf())
			.with(as(users, member))
			.param("reason", "Flyttet")).andReturn();
		mvc.perform(post("/water/runs/" + run + "/citations").with(csrf())
			.with(as(users, member))
			.param("item", String.valueOf(item)))
			.andExpect(redirectedUrl("/water/runs/" + run + "/cite"))
			.andExpect(flash().attribute("refused",
					"Vælg et punkt på et møde i en af dine grupper, som hverken er aflyst eller udskudt."));
		assertThat(citations.itemsOf(run)).isEmpty();
		assertThat(citations.itemsOf(queued)).isEmpty();
		assertThat(citations.runsInItems(List.of(item, foreign))).isEmpty();
	}

	/** A coming meeting's item in a group of its own, which the member is not in. */
	private record Foreign(String chair, long meeting, long item) {
	}

	private Foreign itemOfAnotherGroup() throws Exception {
		GroupId elsewhere = groups.start("Fremmed gruppe " + member, GroupKind.WORKING, "Andre sager.");
		String stranger = WaterFixtures.login("punkt.fremmed");
		groups.addMember(elsewhere, fixtures.person(stranger), GroupRole.CHAIR);
		LocalDate day = LocalDate.now(DanishTime.ZONE).plusWeeks(3);
		String scheduled = mvc
			.perform(post("/groups/" + groups.find(elsewhere).orElseThrow().slug() + "/meetings").with(csrf())
				.with(as(users, stranger))
				.param("title", "Andet møde")
				.param("date", day.toString())
				.param("startTime", "09:00")
				.param("endTime", "10:00")
				.param("place", "Kolding Rådhus")
				.param("onlineLink", "")
				.param("deadlineDate", day.minusWeeks(1).toString())
				.param("deadlineTime", "12:00"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long other = Long.parseLong(scheduled.substring("/meetings/".length()));
		String proposed = mvc
			.perform(post("/meetings/" + other + "/items").with(csrf())
				.with(as(users, stranger))
				.param("title", "Et fremmed punkt"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long foreign = Long.parseLong(proposed.substring(proposed.indexOf("#item-") + "#item-".length()));
		return new Foreign(stranger, other, foreign);
	}

	private long finishedRun() throws Exception {
		long run = fixtures.start(member, model, "baseline");
		assertThat(fixtures.awaitOver(run).status()).isEqualTo(RunStatus.FINISHED);
		return run;
	}

}
