package dk.samspil.region;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import dk.samspil.SamspilTest;
import dk.samspil.Visitors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static dk.samspil.region.BoundaryFileTest.SQUARE;
import static dk.samspil.region.BoundaryFileTest.collection;
import static dk.samspil.region.BoundaryFileTest.feature;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SamspilTest
class BoundaryUploadTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@BeforeEach
	void twoMunicipalitiesHaveBoundaries() throws Exception {
		upload(collection(feature("630", "Polygon", SQUARE), feature("607", "Polygon", SQUARE)), "SDFI, DAGI")
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/region"));
	}

	@Test
	void theMapGetsTheImportedBoundariesWithTheirCredit() throws Exception {
		mvc.perform(get("/region/boundaries.geojson").with(Visitors.as(users, Visitors.MEMBER)))
			.andExpect(jsonPath("$.features.length()").value(2))
			.andExpect(jsonPath("$.features[?(@.properties.name == 'Vejle')].geometry.type").value("Polygon"));
		mvc.perform(get("/region").with(Visitors.as(users, Visitors.MEMBER)))
			.andExpect(content().string(containsString("data-attribution=\"Indeholder data fra SDFI, DAGI\"")))
			.andExpect(content().string(containsString("data-has-boundaries=\"true\"")));
		mvc.perform(get("/region").param("lang", "en").with(Visitors.as(users, Visitors.MEMBER)))
			.andExpect(content().string(containsString("data-attribution=\"Contains data from SDFI, DAGI\"")));
	}

	@Test
	void eachPopulationOnTheMapSaysItsYear() throws Exception {
		mvc.perform(get("/region/boundaries.geojson").with(Visitors.as(users, Visitors.MEMBER)))
			.andExpect(jsonPath("$.features[?(@.properties.name == 'Vejle')].properties.populationYear").isNotEmpty());
		mvc.perform(get("/region").with(Visitors.as(users, Visitors.MEMBER)))
			.andExpect(content().string(containsString("data-population-in=\"Indbyggere ({year})\"")))
			.andExpect(content().string(containsString("populationYear&quot;:")));
	}

	@Test
	void aRefusedFileSaysWhyInTheUsersLanguageAndKeepsThePreviousBoundaries() throws Exception {
		upload(collection(feature("101", "Polygon", SQUARE)), "x").andExpect(status().isOk())
			.andExpect(content().string(containsString("kommunekode 0101, som ikke er en af samarbejdets kommuner")))
			.andExpect(content().string(containsString("De nuværende grænser er bevaret")));
		upload(collection(feature("630", "Point", "[9.4,55.7]")), "x", Locale.ENGLISH)
			.andExpect(content().string(containsString("has a Point geometry; only Polygon and MultiPolygon")));
		upload("{not json".getBytes(), "x").andExpect(content().string(containsString("ikke gyldig JSON (linje 1")));
		mvc.perform(get("/region/boundaries.geojson").with(Visitors.as(users, Visitors.MEMBER)))
			.andExpect(jsonPath("$.features.length()").value(2));
	}

	@Test
	void anOversizedOrMissingFileIsRefused() throws Exception {
		upload(new byte[10 * 1024 * 1024 + 1], "x").andExpect(content().string(containsString("større end 10 MB")));
		upload(new byte[0], "x").andExpect(content().string(containsString("Vælg en fil.")));
	}

	@Test
	void aProgramOrAPageNamedAsGeoJsonIsRefusedBesideTheFieldWithTheCreditKept() throws Exception {
		byte[] program = "MZ\u0090\0\u0003\0 This program cannot be run in DOS mode"
			.getBytes(StandardCharsets.ISO_8859_1);
		Document danish = Jsoup.parse(upload(program, "Kortstyrelsen").andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(danish.select("#file-error").text())
			.isEqualTo("Filen kommuner.geojson er ikke en GeoJSON-fil. De nuværende grænser er bevaret.");
		assertThat(danish.select("#file").attr("aria-invalid")).isEqualTo("true");
		assertThat(danish.select("#attribution").val()).isEqualTo("Kortstyrelsen");

		byte[] page = "<!DOCTYPE html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);
		upload(page, "x", Locale.ENGLISH).andExpect(content().string(containsString(
				"The file kommuner.geojson is not a GeoJSON file. The current boundaries have been kept.")));
		mvc.perform(get("/region/boundaries.geojson").with(Visitors.as(users, Visitors.MEMBER)))
			.andExpect(jsonPath("$.features.length()").value(2));
	}

	@Test
	void theCreditIsShownAsTextNeverAsMarkup() throws Exception {
		upload(collection(feature("630", "Polygon", SQUARE)), "<script>alert(1)</script>");
		mvc.perform(get("/region").with(Visitors.as(users, Visitors.MEMBER)))
			.andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
			.andExpect(content().string(not(containsString("<script>alert(1)"))));
	}

	private ResultActions upload(byte[] content, String attribution) throws Exception {
		return upload(content, attribution, Locale.forLanguageTag("da"));
	}

	private ResultActions upload(byte[] content, String attribution, Locale locale) throws Exception {
		return mvc.perform(multipart("/region/boundaries")
			.file(new MockMultipartFile("file", "kommuner.geojson", "application/geo+json", content))
			.param("attribution", attribution)
			.param("lang", locale.getLanguage())
			.with(csrf())
			.with(Visitors.as(users, Visitors.SECRETARIAT)));
	}

}
