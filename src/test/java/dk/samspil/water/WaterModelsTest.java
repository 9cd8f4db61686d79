package dk.samspil.water;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import dk.samspil.SamspilTest;
import dk.samspil.accounts.Accounts;
import dk.samspil.allocation.file.ModelFile;
import dk.samspil.groups.GroupDirectory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static dk.samspil.Visitors.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A group's water model: who may open it, versions from uploads, refusals that save
 * nothing, comparison.
 */
@SamspilTest
class WaterModelsTest {

	private static final AtomicInteger RUN = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	WaterFixtures fixtures;

	@Autowired
	UserDetailsService users;

	@Autowired
	Accounts accounts;

	@Autowired
	GroupDirectory groups;

	@Autowired
	ModelDesk desk;

	@Autowired
	Models models;

	@Autowired
	VersionFiles files;

	String member;

	String outsider;

	WaterModelId model;

	String groupSlug;

	@BeforeEach
	void aGroupWithItsOwnModel() {
		fixtures = new WaterFixtures(context);
		var own = fixtures.groupWithModel("vandmodel", "Test");
		member = own.member();
		outsider = own.outsider();
		model = own.model();
		groupSlug = groups.find(own.group()).orElseThrow().slug();
	}

	@Test
	void aMemberOpensTheModelAndDownloadsItsFile() throws Exception {
		mvc.perform(get("/water").with(as(users, member))).andExpect(content().string(containsString("Testmodel")));
		mvc.perform(get(page()).with(as(users, member)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Første version")))
			.andExpect(content().string(containsString("Fredericia, ")))
			.andExpect(content().string(not(containsString("0607, "))));
		String file = mvc.perform(get(page() + "/versions/1/model.json").with(as(users, member)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(file).contains("\"gw-billund-upper\"", "samspil-allocation-model/1");
	}

	@Test
	void theDownloadedModelIsSavedUnderItsNameAndNeverOpensAsAPage() throws Exception {
		mvc.perform(get(page() + "/versions/1/model.json").with(as(users, member)))
			.andExpect(status().isOk())
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Content-Security-Policy", "sandbox"))
			.andExpect(header().string("Content-Disposition",
					"attachment; filename=\"water-model-" + model.value() + "-v1.json\"; filename*=UTF-8''water-model-"
							+ model.value() + "-v1.json"))
			.andExpect(content().contentType("application/json"));
	}

	@Test
	void aProgramOrAPageNamedAsAModelIsRefusedBesideTheFieldWithTheCommentKept() throws Exception {
		byte[] program = "MZ\u0090\0\u0003\0 This program cannot be run in DOS mode"
			.getBytes(StandardCharsets.ISO_8859_1);
		Document danish = refused(upload("Mit forsøg", 1, "model.json", program).with(as(users, member)));
		assertThat(danish.select("#file-error").text()).isEqualTo(
				"Filen model.json er ikke en modelfil i JSON. Resten af formularen er bevaret; vælg modelfilen i motorens format.");
		assertThat(danish.select("#comment").val()).isEqualTo("Mit forsøg");
		assertThat(danish.select("#file").attr("aria-invalid")).isEqualTo("true");

		byte[] html = "<!DOCTYPE html><html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
		Document english = refused(
				upload("My attempt", 1, "model.json", html).param("lang", "en").with(as(users, member)));
		assertThat(english.select("#file-error").text()).startsWith("The file model.json is not a model file in JSON.");
		assertThat(english.select("#comment").val()).isEqualTo("My attempt");
		assertThat(models.find(model).orElseThrow().latest()).isEqualTo(1);
	}

	@Test
	void aModelOverTheLimitIsRefusedBesideTheField() throws Exception {
		byte[] large = new byte[20 * 1024 * 1024 + 1];
		Arrays.fill(large, (byte) ' ');
		large[0] = '{';
		Document page = refused(upload("Stor", 1, "model.json", large).with(as(users, member)));
		assertThat(page.select("#file-error").text()).isEqualTo(
				"Filen model.json er for stor; en modelfil må højst fylde 20 MB. Resten af formularen er bevaret.");
		assertThat(models.find(model).orElseThrow().latest()).isEqualTo(1);
	}

	@Test
	void aNewModelInAGroupThatIsNotOneOfTheMembersIsRefusedBesideTheGroupWithItsNameKept() throws Exception {
		Document page = refused(multipart("/water/models")
			.file(new MockMultipartFile("file", "model.json", "application/json",
					WaterDemoData.triangle().getBytes(StandardCharsets.UTF_8)))
			.param("group", "vandressourcen")
			.param("name", "Model i en fremmed gruppe")
			.param("comment", "Første version")
			.with(csrf())
			.with(as(users, member)));
		assertThat(page.select("#group-error").text()).isEqualTo("Vælg en af dine grupper.");
		assertThat(page.select("#name").val()).isEqualTo("Model i en fremmed gruppe");
		mvc.perform(get("/water").with(as(users, "sekretariat")))
			.andExpect(content().string(not(containsString("Model i en fremmed gruppe"))));
	}

	@Test
	void aNewModelFromAFileThatIsNoModelIsRefusedWithItsNameKept() throws Exception {
		Document page = refused(multipart("/water/models")
			.file(new MockMultipartFile("file", "model.json", "application/json",
					"<svg onload=alert(1)></svg>".getBytes(StandardCharsets.UTF_8)))
			.param("group", groupSlug)
			.param("name", "Ny model fra fil")
			.param("comment", "")
			.with(csrf())
			.with(as(users, member)));
		assertThat(page.select("#file-error").text()).startsWith("Filen model.json er ikke en modelfil i JSON.");
		assertThat(page.select("#name").val()).isEqualTo("Ny model fra fil");
		mvc.perform(get("/water").with(as(users, member)))
			.andExpect(content().string(not(containsString("Ny model fra fil"))));
	}

	@Test
	void someoneOutsideTheGroupFindsNothing() throws Exception {
		mvc.perform(get("/water").with(as(users, outsider)))
			.andExpect(content().string(not(containsString("Testmodel"))));
		for (String path : new String[] { page(), page() + "/versions/1", page() + "/versions/1/model.json",
				page() + "/compare?from=1&to=1" }) {
			mvc.perform(get(path).with(as(users, outsider))).andExpect(status().isNotFound());
		}
		mvc.perform(upload("Mit forsøg", 1, WaterDemoData.triangle()).with(as(users, outsider)))
			.andExpect(status().isNotFound());
		assertThat(models.find(model).orElseThrow().latest()).isEqualTo(1);
	}

	@Test
	void aVersionIsParsedOnceAndKeptForTheNextPageOrRunThatOpensIt() throws Exception {
		desk.save(model, 1, WaterDemoData.triangle(), Map.of(), "Anden", fixtures.person(member + "z"), "Anden");
		ModelFile first = files.of(model, 1);
		assertThat(files.of(model, 1)).isSameAs(first);
		assertThat(files.of(model, 2)).isNotSameAs(first).isSameAs(files.of(model, 2));
	}

	@Test
	void theLeastRecentlyOpenedVersionGoesWhenTheKeptFilesWouldBeTooLarge() throws Exception {
		desk.save(model, 1, WaterDemoData.triangle(), Map.of(), "Anden", fixtures.person(member + "w"), "Anden");
		long oneFile = models.content(model, 2).orElseThrow().length();
		VersionFiles roomForOne = new VersionFiles(models, oneFile + 1);
		ModelFile second = roomForOne.of(model, 2);
		assertThat(roomForOne.of(model, 2)).isSameAs(second);
		roomForOne.of(model, 1);
		assertThat(roomForOne.of(model, 2)).isNotSameAs(second);
	}

	@Test
	void theSecretariatOpensEveryModel() throws Exception {
		mvc.perform(get(page()).with(as(users, "sekretariat"))).andExpect(status().isOk());
	}

	@Test
	void aFileThatIsNotJsonIsRefusedAndNothingIsSaved() throws Exception {
		mvc.perform(upload("Ødelagt", 1, "{ not json").with(as(users, member)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("not valid JSON")))
			.andExpect(content().string(containsString("Modelfilen blev ikke gemt")));
		assertThat(models.find(model).orElseThrow().latest()).isEqualTo(1);
	}

	@Test
	void everySchemaErrorIsListedBesideItsElement() throws Exception {
		String broken = WaterDemoData.triangle()
			.replaceFirst("\"capShare\": 0.3", "\"capShare\": 3")
			.replaceFirst("\"id\": \"gw-billund-deep\"", "\"id\": \"gw-billund-deep\", \"colour\": \"blue\"");
		String page = mvc.perform(upload("Forkert", 1, broken).with(as(users, member)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("<th scope=\"row\">gw-billund-upper</th>", "<th scope=\"row\">gw-billund-deep</th>");
		assertThat(models.find(model).orElseThrow().latest()).isEqualTo(1);
	}

	@Test
	void aModelOfMoreThanAHundredYearsIsRefusedInTheUsersLanguageAndNothingIsSaved() throws Exception {
		String centuries = WaterDemoData.triangle().replaceFirst("\"end\": \"2055-12\"", "\"end\": \"2125-12\"");
		Document danish = refused(upload("Lang horisont", 1, "model.json", centuries.getBytes(StandardCharsets.UTF_8))
			.with(as(users, member)));
		assertThat(danish.select("#model-errors > p").text()).isEqualTo(
				"Modelfilen blev ikke gemt: der er 1 fejl. Beskederne kommer fra beregningsmotoren (på engelsk).");
		assertThat(danish.select("#model-errors tbody tr").eachText()).containsExactly(
				"Hele filen horizon from 2025-01 has 1212 months; a plan covers at most 100 years (1200 months)");
		assertThat(danish.select("#comment").val()).isEqualTo("Lang horisont");

		String thousands = WaterDemoData.triangle()
			.replaceFirst("\"start\": \"2025-01\"", "\"start\": \"0001-01\"")
			.replaceFirst("\"end\": \"2055-12\"", "\"end\": \"9999-12\"");
		Document english = refused(
				upload("Long horizon", 1, "model.json", thousands.getBytes(StandardCharsets.UTF_8)).param("lang", "en")
					.with(as(users, member)));
		assertThat(english.select("#model-errors > p").text())
			.isEqualTo("The model file was not saved: there is 1 error. The messages come from the engine.");
		assertThat(english.select("#model-errors tbody tr").eachText()).containsExactly(
				"The whole file horizon from 0001-01 has 119988 months; a plan covers at most 100 years (1200 months)");
		assertThat(models.find(model).orElseThrow().latest()).isEqualTo(1);
	}

	@Test
	void aModelNamingMoreMunicipalitiesThanDenmarkHasIsRefusedAndNothingIsSaved() throws Exception {
		ObjectNode tree = (ObjectNode) JsonMapper.builder().build().readTree(WaterDemoData.triangle());
		ArrayNode waterworks = (ArrayNode) tree.path("waterworks");
		for (int i = 0; i < 99 - 7; i++) {
			waterworks.addObject()
				.put("id", "ww-elsewhere-" + i)
				.put("municipality", String.format("%04d", 1000 + i))
				.put("capacityPerMonth", 10);
		}
		Document page = refused(
				upload("Hele landet og lidt til", 1, "model.json", tree.toString().getBytes(StandardCharsets.UTF_8))
					.with(as(users, member)));
		assertThat(page.select("#model-errors > p").text()).startsWith("Modelfilen blev ikke gemt: der er 1 fejl.");
		assertThat(page.select("#model-errors tbody tr").eachText())
			.containsExactly("Hele filen the model names 99 municipalities; Denmark has 98");
		assertThat(models.find(model).orElseThrow().latest()).isEqualTo(1);
	}

	@Test
	void aChangedFileBecomesTheNextVersionAndTheComparisonNamesTheChange() throws Exception {
		String changed = WaterDemoData.triangle()
			.replaceFirst("\"minStreamPerMonth\": 1611000", "\"minStreamPerMonth\": 1700000");
		mvc.perform(upload("Mere vand til vandløbet", 1, changed).with(as(users, member)))
			.andExpect(redirectedUrl(page() + "/versions/2"));
		mvc.perform(get(page() + "/versions/1").with(as(users, member)))
			.andExpect(content().string(containsString("Første version")));
		mvc.perform(get(page() + "/compare?from=1&to=2").with(as(users, member)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("gw-billund-upper")))
			.andExpect(content().string(containsString("1611000")))
			.andExpect(content().string(containsString("1700000")))
			.andExpect(content().string(containsString("1 element er ændret")));
	}

	@Test
	void aSaveFromAnOlderVersionIsRefusedWithoutLosingTheNewer() throws Exception {
		desk.save(model, 1, WaterDemoData.triangle(), Map.of(), "Andens ændring", fixtures.person(member + "x"),
				"Anden");
		mvc.perform(upload("Min ændring", 1, WaterDemoData.triangle()).with(as(users, member)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("en anden har gemt version 2 imens")));
		assertThat(models.find(model).orElseThrow().latest()).isEqualTo(2);
	}

	@Test
	void theWaterProjectGroupHasTheTriangleModelAsItsFirstVersion() throws Exception {
		mvc.perform(get("/water").with(as(users, WaterDemoData.CHAIR)))
			.andExpect(content().string(containsString("Trekantområdet")));
		mvc.perform(get("/water").with(as(users, "kolding.klima")))
			.andExpect(content().string(not(containsString("Trekantområdet"))));
	}

	@Test
	void anElementSavedOnAnOlderVersionIsRefusedNamingTheNewerWithWhatWasTypedKept() throws Exception {
		desk.save(model, 1, WaterDemoData.triangle(), Map.of(), "Andens ændring", fixtures.person(member + "y"),
				"Anden");
		String page = mvc
			.perform(post(page() + "/elements/waterworks").with(csrf())
				.with(as(users, member))
				.param("basedOn", "1")
				.param("original", "")
				.param("action", "save")
				.param("id", "ww-senere")
				.param("municipality", "0630")
				.param("capacityPerMonth", "250"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("en anden har gemt version 2 imens", "value=\"ww-senere\"");
		assertThat(models.find(model).orElseThrow().latest()).isEqualTo(2);
	}

	@Test
	void aWrongFigureIsShownBesideItsFieldWithWhatWasTypedAndNothingIsSaved() throws Exception {
		String page = mvc
			.perform(post(page() + "/elements/waterworks").with(csrf())
				.with(as(users, member))
				.param("basedOn", "1")
				.param("original", "")
				.param("action", "save")
				.param("id", "ww-ny")
				.param("municipality", "0630")
				.param("capacityPerMonth", "-250"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Må ikke være negativ.", "value=\"-250\"", "value=\"ww-ny\"");
		assertThat(models.find(model).orElseThrow().latest()).isEqualTo(1);
	}

	@Test
	void aPtxPlantAddedInVejleBecomesTheNextVersionWithItsFeedAndPosition() throws Exception {
		mvc.perform(post(page() + "/elements/ptxPlants").with(csrf())
			.with(as(users, member))
			.param("basedOn", "1")
			.param("original", "")
			.param("action", "save")
			.param("id", "ptx-vejle")
			.param("municipality", "0630")
			.param("hoursPerMonth", "500")
			.param("processM3PerMWh", "0,39")
			.param("coolingM3PerMWh", "0,4")
			.param("accepts", "technical")
			.param("tier", "4")
			.param("rank", "0")
			.param("latitude", "55,71")
			.param("longitude", "9,53")
			.param("feedFrom", "wwtp-vejle")).andExpect(redirectedUrl(page() + "/elements/ptxPlants"));
		ModelVersion saved = models.version(model, 2).orElseThrow();
		assertThat(saved.content()).contains("\"ptx-vejle\"", "wwtp-vejle-to-ptx-vejle");
		assertThat(saved.positions().get("ptx-vejle")).containsExactly(55.71, 9.53);
		mvc.perform(get(page() + "/elements/ptxPlants").with(as(users, member)))
			.andExpect(content().string(containsString("value=\"ptx-vejle\"")));
		mvc.perform(get(page() + "/elements/ptxPlants").with(as(users, outsider))).andExpect(status().isNotFound());
		String map = mvc.perform(get(page() + "/versions/2/map.geojson").with(as(users, member)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(map).contains("[9.53,55.71]", "\"LineString\"", "wwtp-vejle-to-ptx-vejle");
		mvc.perform(get(page() + "/versions/2/map.geojson").with(as(users, outsider))).andExpect(status().isNotFound());
	}

	@Test
	void theUploadHintNamesTheEnginesFormatAndTheLimitInEnglish() throws Exception {
		for (String path : new String[] { "/water", page() }) {
			var english = Jsoup.parse(mvc.perform(get(path).param("lang", "en").with(as(users, member)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString());
			assertThat(english.select("#file-hint").text()).as(path)
				.matches("The model file in the engine's format \\(JSON\\), at most \\d+ MB\\.");
		}
	}

	@Test
	void theElementTablesGiveLongitudeInDegreesEastInEnglishAndØstInDanish() throws Exception {
		for (String[] language : new String[][] { { "da", "Længdegrad °Ø" }, { "en", "Longitude °E" } }) {
			var page = Jsoup.parse(
					mvc.perform(get(page() + "/elements/ptxPlants").param("lang", language[0]).with(as(users, member)))
						.andExpect(status().isOk())
						.andReturn()
						.getResponse()
						.getContentAsString());
			assertThat(page.select("thead th").eachText()).as(language[0]).contains(language[1]);
		}
	}

	private String page() {
		return "/water/models/" + model.value();
	}

	private Document refused(RequestBuilder request) throws Exception {
		return Jsoup.parse(mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

	private MockMultipartHttpServletRequestBuilder upload(String comment, int basedOn, String json) {
		return upload(comment, basedOn, "model.json", json.getBytes(StandardCharsets.UTF_8));
	}

	private MockMultipartHttpServletRequestBuilder upload(String comment, int basedOn, String filename,
			byte[] content) {
		return multipart(page() + "/versions")
			.file(new MockMultipartFile("file", filename, "application/json", content))
			.param("comment", comment)
			.param("basedOn", String.valueOf(basedOn))
			.with(csrf());
	}

}
