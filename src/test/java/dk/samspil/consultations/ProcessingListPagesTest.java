package dk.samspil.consultations;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dk.samspil.SamspilTest;
import dk.samspil.Visitors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A caseworker works through more than a thousand responses a page at a time, the filter
 * kept from page to page.
 */
@SamspilTest
class ProcessingListPagesTest {

	static final int RESPONSES = 1_030;

	/** Written after the part of a text a line shows. */
	static final String FAR_INTO_THE_TEXT = "langtindeiteksten";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	ConsultationDesk desk;

	@Autowired
	Responses responses;

	long consultation;

	@BeforeEach
	void aConsultationWithMoreResponsesThanTenPagesShow() {
		LocalDate start = LocalDate.now().minusWeeks(1);
		consultation = desk
			.open(new OpenConsultation("pages-test", System.nanoTime(), "Sideplan",
					List.of(new ConsultedSection("1", "vind", "Vind", "<p>Vind.</p>")), start, start.plusWeeks(8),
					false, null, null))
			.value();
		for (int i = 0; i < RESPONSES; i++) {
			// every other one from Kolding (6000), the rest from Vejle (7100); no two
			// alike
			String words = String.join(" ", UUID.randomUUID().toString().split("-"));
			responses.store(consultation,
					new NewResponse(UUID.randomUUID().toString(), "Borger " + i, null, i % 2 == 0 ? "6000" : "7100",
							i % 2 == 0 ? "0621" : "0630", null, List.of("vind"),
							("Svar " + i + " " + words + " ").repeat(12) + FAR_INTO_THE_TEXT, List.of(), "10.9.9.9"),
					false, UUID.randomUUID().toString());
		}
	}

	@Test
	void theListShowsOnePageWithItsPlaceInTheWholeAndLinksToTheOthers() throws Exception {
		Document first = page("/processing/" + consultation);
		assertThat(rows(first)).isEqualTo(100);
		assertThat(first.select("#rows-shown").text()).startsWith("Række 1–100 af 1.030");
		assertThat(first.select("nav.pager[aria-label]").text()).contains("Side 1 af 11");
		assertThat(first.select("nav.pager a[rel=prev]")).isEmpty();
		assertThat(first.select("nav.pager a[rel=next]").attr("href"))
			.isEqualTo("/processing/" + consultation + "?page=2");
		assertThat(first.text()).contains("1.030 af 1.030 svar vises").doesNotContain(FAR_INTO_THE_TEXT);

		Document second = page("/processing/" + consultation + "?page=2");
		assertThat(rows(second)).isEqualTo(100);
		assertThat(second.select("#rows-shown").text()).startsWith("Række 101–200 af 1.030");
		assertThat(second.select("nav.pager a[rel=prev]").attr("href"))
			.isEqualTo("/processing/" + consultation + "?page=1");
		assertThat(second.select("tr[id]").eachAttr("id"))
			.doesNotContainAnyElementsOf(first.select("tr[id]").eachAttr("id"));

		Document last = page("/processing/" + consultation + "?page=11&lang=en");
		assertThat(rows(last)).isEqualTo(30);
		assertThat(last.select("#rows-shown").text()).startsWith("Rows 1,001–1,030 of 1,030");
		assertThat(last.select("nav.pager a[rel=next]")).isEmpty();
	}

	@Test
	void aPageNumberThatIsNoPageShowsTheNearestPage() throws Exception {
		for (String wrong : List.of("-1", "0", "abc", "1e3", "", " ", "2.5", "%00")) {
			assertThat(page("/processing/" + consultation + "?page=" + wrong).select("#rows-shown").text()).as(wrong)
				.startsWith("Række 1–100 af 1.030");
		}
		for (String huge : List.of("12", "2147483648", "99999999999999999999999")) {
			Document last = page("/processing/" + consultation + "?page=" + huge);
			assertThat(last.select("#rows-shown").text()).as(huge).startsWith("Række 1.001–1.030 af 1.030");
			assertThat(rows(last)).isEqualTo(30);
		}
	}

	@Test
	void theFilterIsKeptFromPageToPage() throws Exception {
		Document first = page("/processing/" + consultation + "?municipality=0630&status=NEW&late=false");
		assertThat(first.select("#rows-shown").text()).startsWith("Række 1–100 af 515");
		String next = first.select("nav.pager a[rel=next]").attr("href");
		assertThat(next).contains("municipality=0630", "status=NEW", "late=false", "page=2");

		Document second = page(next);
		assertThat(second.select("#rows-shown").text()).startsWith("Række 101–200 af 515");
		assertThat(second.select("table.responses tbody").text()).contains("Vejle").doesNotContain("Kolding");
		assertThat(second.select("nav.pager a[rel=prev]").attr("href")).contains("municipality=0630", "page=1");
	}

	@Test
	void aCaseworkerWhoSavesAResponseFromTheSecondPageComesBackToIt() throws Exception {
		String row = page("/processing/" + consultation + "?page=2").select("table.responses tbody tr").get(5).id();
		Response response = responses.find(Long.parseLong(row.substring(1))).orElseThrow();
		mvc.perform(post("/processing/responses/" + response.id()).with(csrf())
			.with(Visitors.as(users, Visitors.SECRETARIAT))
			.param("version", String.valueOf(response.processingVersion()))
			.param("summary", "Læst.")).andExpect(redirectedUrl("/processing/" + consultation + "?page=2#" + row));
	}

	private static int rows(Document page) {
		return page.select("table.responses tbody tr").size();
	}

	private Document page(String path) throws Exception {
		return Jsoup.parse(mvc.perform(get(path).with(Visitors.as(users, Visitors.SECRETARIAT)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

}
