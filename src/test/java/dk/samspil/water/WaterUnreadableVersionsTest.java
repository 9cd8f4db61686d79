package dk.samspil.water;

import java.nio.charset.StandardCharsets;

import dk.samspil.SamspilTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

import static dk.samspil.Visitors.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A version saved before the model format got a limit it breaks (here a horizon of two
 * thousand years, from before horizons were kept to a hundred): every page that opens it
 * says so with the reason, its file can still be downloaded, and a corrected file becomes
 * the next version.
 */
@SamspilTest
class WaterUnreadableVersionsTest {

	/** The engine's words for the stored version's horizon. */
	static final String REASON = "horizon from 2025-01 has 24000 months; a plan covers at most 100 years (1200 months)";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Runs runs;

	String member;

	WaterModelId model;

	String stored;

	@BeforeEach
	void aModelWhoseNewestVersionWasSavedBeforeTheHorizonLimit() {
		var own = new WaterFixtures(context).groupWithModel("gammelversion", "Gammel");
		member = own.member();
		model = own.model();
		stored = WaterDemoData.triangle().replaceFirst("\"end\": \"2055-12\"", "\"end\": \"4024-12\"");
		// as an upload was saved then: the version's row, and the model moved on to it
		jdbc.sql("""
				insert into water_model_version (model_id, number, content, comment, saved_by, saved_by_name, saved_at)
				values (?, 2, ?, 'Lang horisont', ?, 'Medlem', now())""")
			.params(model.value(), stored, own.memberId().value())
			.update();
		jdbc.sql("update water_model set latest_version = 2 where id = ?").param(model.value()).update();
	}

	@Test
	void theModelPageSaysTheVersionNoLongerReadsAndWhyAndKeepsTheVersionsAndTheUploadForm() throws Exception {
		for (String path : new String[] { page(), page() + "/versions/2" }) {
			Document danish = unreadable(get(path).with(as(users, member)));
			assertThat(danish.select("h1").text()).as(path).startsWith("Gammelmodel");
			assertThat(danish.select("#unreadable > p").first().text()).as(path)
				.isEqualTo("Samspil kan ikke længere læse version 2 af modellen: modelformatet har fået strengere "
						+ "grænser, siden den blev gemt. Versionen er ikke ændret eller tabt, og dens modelfil kan "
						+ "stadig hentes.");
			assertThat(danish.select("#unreadable tbody tr").eachText()).as(path)
				.containsExactly("Hele filen " + REASON);
			assertThat(danish.select("#unreadable a").eachAttr("href")).as(path)
				.contains(page() + "/versions/2/model.json");
			assertThat(danish.select("table a[aria-current=page]").text()).as(path).isEqualTo("2");
			assertThat(danish.select("form[action$=/versions] #file")).as(path).hasSize(1);
			assertThat(danish.select("form[action$=/runs]")).as(path).isEmpty();
		}
		Document english = unreadable(get(page()).param("lang", "en").with(as(users, member)));
		assertThat(english.select("#unreadable > p").first().text())
			.startsWith("Samspil can no longer read version 2 of the model:");
	}

	@Test
	void theScenarioAndSitingPagesSayTheNewestVersionNoLongerReadsInsteadOfFailing() throws Exception {
		for (String path : new String[] { page() + "/scenarios", page() + "/scenarios/new", page() + "/siting" }) {
			Document danish = unreadable(get(path).with(as(users, member)));
			assertThat(danish.select("h1").text()).as(path)
				.isEqualTo("Version 2 af Gammelmodel " + member + " kan ikke længere læses");
			assertThat(danish.select("#unreadable tbody tr").eachText()).as(path)
				.containsExactly("Hele filen " + REASON);
			assertThat(danish.select("#unreadable a").eachAttr("href")).as(path)
				.containsExactly(page() + "/versions/2/model.json", page() + "/versions/2#upload");
			// the layout of a signed-in person, as on every other page
			assertThat(danish.select("a.account").text()).as(path).isEqualTo(member);
		}
		Document english = unreadable(get(page() + "/siting").param("lang", "en").with(as(users, member)));
		assertThat(english.select("h1").text())
			.isEqualTo("Version 2 of Gammelmodel " + member + " can no longer be read");
	}

	@Test
	void aRunOnTheVersionIsRefusedWithTheReasonAndNothingIsQueued() throws Exception {
		int before = runs.ofModel(model).size();
		Document page = unreadable(post(page() + "/runs").with(csrf())
			.with(as(users, member))
			.param("version", "2")
			.param("scenario", "baseline"));
		assertThat(page.select("#unreadable tbody tr").eachText()).containsExactly("Hele filen " + REASON);
		assertThat(runs.ofModel(model)).hasSize(before);
	}

	@Test
	void itsFileIsDownloadedAsItWasSavedAndACorrectedOneBecomesTheNextVersion() throws Exception {
		String file = mvc.perform(get(page() + "/versions/2/model.json").with(as(users, member)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(file).isEqualTo(stored);
		String corrected = file.replaceFirst("\"end\": \"4024-12\"", "\"end\": \"2075-12\"");
		mvc.perform(multipart(page() + "/versions")
			.file(new MockMultipartFile("file", "model.json", "application/json",
					corrected.getBytes(StandardCharsets.UTF_8)))
			.param("comment", "Horisonten rettet")
			.param("basedOn", "2")
			.with(csrf())
			.with(as(users, member))).andExpect(redirectedUrl(page() + "/versions/3"));
		mvc.perform(get(page() + "/scenarios").with(as(users, member))).andExpect(status().isOk());
	}

	private String page() {
		return "/water/models/" + model.value();
	}

	/** The page answered, checked to be the conflict and to show nothing of the code. */
	private Document unreadable(RequestBuilder request) throws Exception {
		String html = mvc.perform(request)
			.andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).doesNotContain("Exception", "dk.samspil.");
		return Jsoup.parse(html);
	}

}
