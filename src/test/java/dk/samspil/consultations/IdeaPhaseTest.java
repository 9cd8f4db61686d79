package dk.samspil.consultations;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dk.samspil.SamspilTest;
import dk.samspil.Visitors;
import dk.samspil.time.DanishTime;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The idea phase before a consultation (Planloven § 23 c): anyone sends ideas without an
 * account, each gets a receipt and is kept like a response, and the ideas are processed
 * and summed up apart from the responses.
 */
@SamspilTest
class IdeaPhaseTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	ConsultationDesk desk;

	@Autowired
	Responses responses;

	@Test
	void duringTheIdeaPhaseAnyoneSendsAnIdeaAndGetsAReceipt() throws Exception {
		LocalDate today = LocalDate.now(DanishTime.ZONE);
		long id = open(today.plusDays(10), today.plusDays(3));
		String page = mvc.perform(get("/consultations/" + id))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Send en idé eller et forslag").contains("/consultations/" + id + "/respond");
		assertThat(mvc.perform(get("/consultations/" + id + "/respond")).andReturn().getResponse().getContentAsString())
			.contains("<h1>Send en idé eller et forslag</h1>");
		assertThat(Jsoup
			.parse(mvc.perform(get("/consultations/" + id + "/respond?lang=en"))
				.andReturn()
				.getResponse()
				.getContentAsString())
			.select("p.notice")
			.text()).endsWith("The plan's text below is a draft.");

		String location = mvc.perform(idea(id, "Lad cykelstien gå langs åen."))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String receipt = mvc.perform(get(location))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(receipt).contains("Kvittering for din idé").containsPattern("I-\\d{6}");

		List<Response> stored = responses.ofConsultation(id);
		assertThat(stored).singleElement().satisfies(r -> {
			assertThat(r.isIdea()).isTrue();
			assertThat(r.receipt()).startsWith("I-");
			assertThat(r.body()).isEqualTo("Lad cykelstien gå langs åen.");
		});
		assertThat(desk.find(new ConsultationId(id)).orElseThrow().responses()).isZero();
	}

	@Test
	void betweenTheIdeaDeadlineAndTheStartNothingIsTakenAndTheRefusalSaysWhy() throws Exception {
		LocalDate today = LocalDate.now(DanishTime.ZONE);
		long id = open(today.plusDays(10), today.minusDays(1));
		String refused = mvc.perform(idea(id, "For sent."))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("Idéfasen sluttede")
			.contains("høringen begynder")
			.doesNotContain(today.minusDays(1).toString());
		assertThat(responses.ofConsultation(id)).isEmpty();
	}

	@Test
	void ideasAreProcessedAndSummedUpApartFromTheResponses() throws Exception {
		LocalDate today = LocalDate.now(DanishTime.ZONE);
		long id = open(today.minusDays(5), today.minusDays(10));
		long idea = responses
			.store(id, response("Idéen om skov langs motorvejen."), false, UUID.randomUUID().toString(),
					Response.Kind.IDEA)
			.response()
			.id();
		long response = responses
			.store(id, response("Høringssvaret om drikkevandet."), false, UUID.randomUUID().toString())
			.response()
			.id();
		responses.process(idea, new Processing(Processing.Routing.NONE,
				new Processing.Assessment("Resumé af idéen om skov", null, Outcome.NOTED, null, null)), null);
		responses.process(response,
				new Processing(Processing.Routing.NONE,
						new Processing.Assessment("Resumé af svaret om drikkevand", null, Outcome.NOTED, null, null)),
				null);

		String list = page("/processing/" + id);
		assertThat(list).contains("Høringssvaret om drikkevandet.")
			.doesNotContain("Idéen om skov")
			.contains("Idéer fra idéfasen (1)");
		assertThat(page("/processing/" + id + "?kind=IDEA")).contains("Idéen om skov")
			.doesNotContain("Høringssvaret om drikkevandet.");
		assertThat(page("/processing/" + id + "/memo")).contains("Resumé af svaret om drikkevand")
			.doesNotContain("Resumé af idéen om skov");
		assertThat(page("/processing/" + id + "/memo?ideas=true")).contains("Sammenfatning af idéer")
			.contains("Resumé af idéen om skov")
			.doesNotContain("Resumé af svaret om drikkevand");
	}

	private NewResponse response(String body) {
		return new NewResponse(UUID.randomUUID().toString(), "Ida Idé", null, "7100", "0630", null, List.of(), body,
				List.of(), "10.7.7.7");
	}

	private long open(LocalDate start, LocalDate ideaDeadline) {
		return desk
			.open(new OpenConsultation("idea-test", System.nanoTime(), "Idéplan",
					List.of(new ConsultedSection("1", "vision", "Vision", "<p>Én region.</p>")), start,
					start.plusWeeks(8), false, ideaDeadline, null))
			.value();
	}

	private MockHttpServletRequestBuilder idea(long id, String body) {
		return post("/consultations/" + id + "/respond").with(csrf())
			.param("formToken", UUID.randomUUID().toString())
			.param("name", "Ida Idé")
			.param("postcode", "7100")
			.param("body", body)
			.with(request -> {
				request.setRemoteAddr("10.7." + (System.nanoTime() % 200) + ".1");
				return request;
			});
	}

	private String page(String path) throws Exception {
		return mvc.perform(get(path).with(Visitors.as(users, Visitors.SECRETARIAT)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
