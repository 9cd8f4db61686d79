package dk.samspil.plans;

import java.time.Duration;

import dk.samspil.SamspilTest;
import dk.samspil.Visitors;
import dk.samspil.search.SearchIndex;
import dk.samspil.search.SearchQuery;
import dk.samspil.search.Viewer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every plan version, and each of its sections, is found by anyone signed in, by the
 * parts of its compounds too.
 */
@SamspilTest
class PlanSearchTest {

	@Autowired
	PlanBook book;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	SearchIndex index;

	@Test
	void aSectionOfANewVersionIsFoundAndLeadsToTheSection() throws Exception {
		long plan = book.create("Søgeplan for Gudenåen", """
				# Indledning
				Planen samler indsatsen.
				# Okkerbassiner
				Okkerbassinerne langs Gudenåen renser drænvandet.""", null, null);
		book.addVersion(plan, 1, "Rettet", """
				# Indledning
				Planen samler indsatsen.
				# Okkerbassiner
				Okkerbassinerne langs Gudenåen renser drænvandet og regnvandet.""", null);
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(search("okkerbassin")).contains(
					"Søgeplan for Gudenåen, version 1: 2 Okkerbassiner",
					"Søgeplan for Gudenåen, version 2: 2 Okkerbassiner"));
		assertThat(search("okkerbassin")).contains("/plans/" + plan + "/versions/2#").contains("Afsnit i en plan");
		assertThat(search("drænvand Gudenå")).contains("Søgeplan for Gudenåen, version 2: 2 Okkerbassiner");
	}

	@Test
	void aVersionIsFoundByItsNoteAndHeadingsByThoseSignedInOnly() throws Exception {
		long plan = book.create("Søgeplan for Vejle Fjord", """
				# Kystbeskyttelse
				Diger og sluser.""", null, null);
		book.addVersion(plan, 1, "Rettet efter dialog om sandfodring", """
				# Kystbeskyttelse
				Diger, sluser og sandfodring.""", null);
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(search("sandfodring")).contains("Søgeplan for Vejle Fjord, version 2<"));
		assertThat(search("sandfodring")).contains("Version af en plan")
			.contains("href=\"/plans/" + plan + "/versions/2\"");
		assertThat(search("kystbeskyttelse")).contains("Søgeplan for Vejle Fjord, version 1<");
		assertThat(index.search(SearchQuery.of("sandfodring"), Viewer.anonymous()).hits()).isEmpty();
	}

	private String search(String words) throws Exception {
		return mvc.perform(get("/search?q=" + words).with(Visitors.as(users, Visitors.MEMBER)))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
