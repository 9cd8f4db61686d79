package dk.samspil.goals;

import static dk.samspil.Visitors.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;

import dk.samspil.SamspilTest;
import dk.samspil.Visitors;
import dk.samspil.accounts.Accounts;
import dk.samspil.region.MunicipalityCode;

/**
 * Actions towards a goal: added by those responsible, on the owner's task list once
 * overdue, until done.
 */
@SamspilTest
class ActionsTest {

	static final MunicipalityCode KOLDING = new MunicipalityCode("0621");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	GoalDesk goals;

	@Autowired
	FigureDesk figures;

	@Autowired
	Actions actions;

	@Autowired
	Accounts accounts;

	Goal goal;

	long owner;

	@BeforeEach
	void aGoalWithKoldingsClimateManagerResponsible() {
		GoalId id = goals.define(new Goal(null, "Solceller " + UUID.randomUUID(), "", Theme.CLIMATE, "MW",
				UnitKind.AMOUNT, Direction.INCREASE, RollUp.SUM, null, PeriodKind.YEAR, 2020, 2030, 90, null, false,
				false, List.of(), List.of(new MunicipalTarget(KOLDING, 10, 50, null)), List.of(), 0));
		goal = figures.goals().find(id).orElseThrow();
		var chair = accounts.find(accounts.findByUsername(Visitors.CHAIR).orElseThrow()).orElseThrow();
		figures.nameResponsible(goal, KOLDING.value(), chair.id());
		owner = chair.id().value();
	}

	@Test
	void anOverdueActionIsOnItsOwnersTaskListUntilItIsDone() throws Exception {
		String title = "Solceller på skoletage " + UUID.randomUUID().toString().substring(0, 6);
		mvc.perform(post("/goals/" + goal.id() + "/actions").with(csrf())
			.with(as(users, Visitors.CHAIR))
			.param("title", title)
			.param("municipality", "0621")
			.param("owner", String.valueOf(owner))
			.param("dueOn", LocalDate.now().minusDays(3).toString())
			.param("expectedEffect", "2 MW")).andExpect(status().is3xxRedirection());
		assertThat(tasksOf(Visitors.CHAIR)).contains(title);
		assertThat(mvc.perform(get("/goals/" + goal.id()).with(as(users, Visitors.MEMBER)))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains(title, "overskredet");

		Action action = actions.ofGoal(goal.id()).get(0);
		mvc.perform(post("/goals/" + goal.id() + "/actions/" + action.id() + "/status").with(csrf())
			.with(as(users, Visitors.MEMBER))
			.param("status", "DONE")
			.param("version", "0")).andExpect(status().is3xxRedirection());
		assertThat(actions.find(action.id()).orElseThrow().status()).isEqualTo(Action.Status.PLANNED);

		mvc.perform(post("/goals/" + goal.id() + "/actions/" + action.id() + "/status").with(csrf())
			.with(as(users, Visitors.CHAIR))
			.param("status", "DONE")
			.param("version", "0")).andExpect(status().is3xxRedirection());
		assertThat(actions.find(action.id()).orElseThrow().status()).isEqualTo(Action.Status.DONE);
		assertThat(tasksOf(Visitors.CHAIR)).doesNotContain(title);
	}

	@Test
	void aMemberOfAnotherMunicipalityCannotAddAnActionForKolding() throws Exception {
		mvc.perform(post("/goals/" + goal.id() + "/actions").with(csrf())
			.with(as(users, Visitors.MEMBER))
			.param("title", "Fremmed handling")
			.param("municipality", "0621")
			.param("owner", String.valueOf(owner))
			.param("dueOn", "2027-01-01"))
			.andExpect(status().is3xxRedirection())
			.andExpect(MockMvcResultMatchers.flash()
				.attribute("refused", "Du er ikke udpeget til at indberette for kommune 0621 i dette mål."));
		assertThat(actions.ofGoal(goal.id())).isEmpty();
	}

	private String tasksOf(String username) throws Exception {
		return mvc.perform(get("/tasks").with(as(users, username))).andReturn().getResponse().getContentAsString();
	}

}
