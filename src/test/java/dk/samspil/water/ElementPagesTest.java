package dk.samspil.water;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import dk.samspil.SamspilTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static dk.samspil.Visitors.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A model with more pipes than a page holds: its table shows one page at a time, finds a
 * pipe by its id, and keeps the page and the filter through a save.
 */
@SamspilTest
class ElementPagesTest {

	/** The Triangle model's own pipes. */
	private static final int TRIANGLE_PIPES = 116;

	/** Pipes added, so that there are 1,117 and twelve pages. */
	private static final int EXTRA = 1000;

	private static final int PIPES = TRIANGLE_PIPES + EXTRA + 1;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	UserDetailsService users;

	@Autowired
	ModelDesk desk;

	@Autowired
	Models models;

	String member;

	WaterModelId model;

	@BeforeEach
	void aModelWithMorePipesThanAPage() {
		WaterFixtures.OwnModel own = new WaterFixtures(context).groupWithModel("rørsider", "Rør");
		member = own.member();
		model = own.model();
		ObjectNode tree = (ObjectNode) JsonMapper.builder().build().readTree(WaterDemoData.triangle());
		ArrayNode pipes = (ArrayNode) tree.path("pipes");
		assertThat(pipes.size()).isEqualTo(TRIANGLE_PIPES);
		for (int i = 1; i <= EXTRA; i++) {
			pipe(pipes, String.format("extra-%04d", i));
		}
		pipe(pipes, "VV-Kolding-3");
		desk.save(model, 1, tree.toString(), Map.of(), "Mange rør", own.memberId(), "Medlem");
	}

	@Test
	void aKindWithMoreRowsThanAPageShowsOnePageWithItsCountsAndLinks() throws Exception {
		Document first = page(get(pipes()));
		assertThat(first.select("table.edit-table tbody tr")).hasSize(ElementPage.SIZE);
		assertThat(first.select("#rows-shown").text()).isEqualTo("Række 1–100 af 1.117");
		assertThat(first.select("nav.pager").attr("aria-label")).isEqualTo("Sider");
		assertThat(first.select("nav.pager a[rel=prev]")).isEmpty();
		assertThat(first.select("nav.pager a[rel=next]").attr("href")).isEqualTo(pipes() + "?page=2");
		assertThat(first.select("nav.pager").text()).contains("Side 1 af 12");

		Document last = page(get(pipes()).param("page", "12").param("lang", "en"));
		assertThat(last.select("table.edit-table tbody tr")).hasSize(PIPES - 1100);
		assertThat(last.select("#rows-shown").text()).isEqualTo("Rows 1,101–1,117 of 1,117");
		assertThat(last.select("nav.pager a[rel=prev]").attr("href")).isEqualTo(pipes() + "?page=11");
		assertThat(last.select("nav.pager a[rel=next]")).isEmpty();
		assertThat(last.select("tfoot input[name=id]")).as("the row for a new pipe").hasSize(1);
	}

	@Test
	void theFilterFindsAPipeOnALaterPage() throws Exception {
		Document found = page(get(pipes()).param("q", " vv-kolding-3 "));
		assertThat(found.select("#q").attr("type")).isEqualTo("search");
		assertThat(found.select("label[for=q]").text()).isEqualTo("Find efter id");
		assertThat(found.select("#q").val()).isEqualTo("vv-kolding-3");
		assertThat(found.select("table.edit-table tbody input[name=id]").eachAttr("value"))
			.containsExactly("VV-Kolding-3");
		assertThat(found.select("#rows-shown").text())
			.isEqualTo("Række 1 af 1, hvis id indeholder »vv-kolding-3«; 1.117 i alt");
		assertThat(found.select("nav.pager")).isEmpty();
		assertThat(found.select(".element-filter a").attr("href")).as("show all").isEqualTo(pipes());

		Document many = page(get(pipes()).param("q", "EXTRA").param("page", "2"));
		assertThat(many.select("#rows-shown").text())
			.isEqualTo("Række 101–200 af 1.000, hvis id indeholder »EXTRA«; 1.117 i alt");
		assertThat(many.select("nav.pager a[rel=next]").attr("href")).isEqualTo(pipes() + "?q=EXTRA&page=3");
		assertThat(many.select("table.edit-table tbody input[name=id]").first().val()).isEqualTo("extra-0101");

		Document none = page(get(pipes()).param("q", "ingen-sådan").param("lang", "en"));
		assertThat(none.select("#rows-shown").text()).isEqualTo("No id holds \"ingen-sådan\"; 1,117 in all.");
		assertThat(none.select("tfoot input[name=id]")).hasSize(1);
	}

	@Test
	void aPageThatIsNoPageShowsTheFirstOrTheLastNeverAnError() throws Exception {
		for (String wrong : new String[] { "-1", "0", "abc", "2.5", "", "%", "+" }) {
			assertThat(page(get(pipes()).param("page", wrong)).select("#rows-shown").text()).as(wrong)
				.startsWith("Række 1–100 ");
		}
		for (String huge : new String[] { "13", "2147483648", "99999999999999999999999999" }) {
			assertThat(page(get(pipes()).param("page", huge)).select("#rows-shown").text()).as(huge)
				.startsWith("Række 1.101–1.117 ");
		}
	}

	@Test
	void aSaveKeepsThePageAndTheFilter() throws Exception {
		Document shown = page(get(pipes()).param("q", "extra").param("page", "3"));
		Element row = shown.select("table.edit-table tbody tr").first();
		assertThat(row.select("input[name=id]").val()).isEqualTo("extra-0201");
		String form = row.select("input[name=id]").attr("form");
		Map<String, String> typed = new LinkedHashMap<>();
		shown.select("input[form=" + form + "], form#" + form + " input")
			.forEach(i -> typed.put(i.attr("name"), i.val()));
		typed.put("capacityPerMonth", "1234");
		typed.put("action", "save");
		MockHttpServletRequestBuilder save = post(pipes()).with(csrf()).with(as(users, member));
		for (Map.Entry<String, String> field : typed.entrySet()) {
			save = save.param(field.getKey(), field.getValue());
		}
		mvc.perform(save).andExpect(redirectedUrl(pipes() + "?q=extra&page=3"));
		JsonNode saved = JsonMapper.builder().build().readTree(models.version(model, 3).orElseThrow().content());
		assertThat(saved.path("pipes").valueStream().filter(p -> p.path("id").asString().equals("extra-0201")))
			.singleElement()
			.satisfies(p -> assertThat(p.path("capacityPerMonth").asDouble()).isEqualTo(1234));
	}

	@Test
	void aRefusedChangeOfAPipeOnAnotherPageIsShownFirstWithItsMessage() throws Exception {
		Document refused = page(post(pipes()).with(csrf())
			.param("basedOn", "2")
			.param("original", "extra-0990")
			.param("action", "save")
			.param("id", "extra-0990")
			.param("from", "ww-kolding-1")
			.param("to", "households-kolding")
			.param("capacityPerMonth", "-5")
			.param("costPerM3", "1")
			.param("loss", "0")
			.param("page", "2"));
		Element first = refused.select("table.edit-table tbody tr").first();
		assertThat(first.select("input[name=id]").val()).isEqualTo("extra-0990");
		assertThat(first.select("input[name=capacityPerMonth]").val()).isEqualTo("-5");
		assertThat(first.select(".error").text()).isEqualTo("Må ikke være negativ.");
		assertThat(refused.select("#rows-shown").text()).isEqualTo("Række 101–200 af 1.117");
		assertThat(refused.select("form input[name=page]").eachAttr("value")).containsOnly("2");
		assertThat(models.find(model).orElseThrow().latest()).isEqualTo(2);
	}

	private static void pipe(ArrayNode pipes, String id) {
		pipes.addObject()
			.put("id", id)
			.put("from", "ww-kolding-1")
			.put("to", "households-kolding")
			.put("capacityPerMonth", 100)
			.put("costPerM3", 1.0)
			.put("loss", 0.0);
	}

	private String pipes() {
		return "/water/models/" + model.value() + "/elements/pipes";
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup.parse(mvc.perform(request.with(as(users, member)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

}
