package dk.samspil.consultations;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dk.samspil.SamspilTest;
import dk.samspil.Visitors;
import dk.samspil.accounts.Accounts;
import dk.samspil.accounts.PersonDetails;
import dk.samspil.accounts.PersonId;
import dk.samspil.accounts.Role;
import dk.samspil.groups.GroupDirectory;
import dk.samspil.groups.GroupId;
import dk.samspil.groups.GroupKind;
import dk.samspil.groups.GroupRole;
import dk.samspil.region.MunicipalityCode;
import dk.samspil.search.SearchIndex;
import dk.samspil.search.SearchQuery;
import dk.samspil.search.Viewer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A consultation is found by anyone, as its page is read by anyone. A processed response
 * is found only by those who may process it: the secretariat, the consultation's
 * caseworkers, and a municipality's caseworkers for the responses assigned to the
 * municipality; anyone else finds neither its title nor a word of it.
 */
@SamspilTest
class ConsultationSearchTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	ConsultationDesk desk;

	@Autowired
	Responses responses;

	@Autowired
	Accounts accounts;

	@Autowired
	GroupDirectory groups;

	@Autowired
	SearchIndex index;

	String run;

	String word;

	String owner;

	String outsider;

	String koldingCaseworker;

	long consultation;

	@BeforeEach
	void aConsultationOwnedByAGroup() throws Exception {
		run = Long.toString(System.nanoTime(), 36);
		// a word of its own, found only in this run's content
		word = "sandfang" + run.replaceAll("[0-9]", "");
		owner = person("ejer", "0630");
		outsider = person("anden", "0630");
		koldingCaseworker = person("kolding", "0621");
		GroupId group = groups.start("Søgeejere " + run, GroupKind.FIXED, "Ejer planen.");
		groups.addMember(group, id(owner), GroupRole.MEMBER);
		consultation = desk
			.open(new OpenConsultation("search-test", System.nanoTime(), "Høring om " + word + "e",
					List.of(new ConsultedSection("1", "vand", "Regnvand", "<p>Nye " + word + "e ved &aring;en.</p>")),
					LocalDate.now().minusWeeks(9), LocalDate.now().minusWeeks(1), false, null, group))
			.value();
		mvc(post("/processing/" + consultation + "/caseworkers").param("person", "" + id(koldingCaseworker).value())
			.param("municipality", "0621"), Visitors.SECRETARIAT);
	}

	@Test
	void aConsultationIsFoundByAnyoneByTheWordsOfItsText() throws Exception {
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(visitorFinds(word)).contains("Høring om " + word + "e"));
		assertThat(search(word, outsider)).contains("Høring om " + word + "e")
			.contains("href=\"/consultations/" + consultation + "\"")
			.contains("<mark>" + word + "e</mark> ved åen");
	}

	@Test
	void aProcessedResponseIsFoundOnlyByThoseWhoMayProcessIt() throws Exception {
		Response unassigned = store("Ulla Uden", "Jeg ønsker " + word + "slam fjernet fra Hjortkjærs mose.", null);
		Response kolding = store("Kirsten Kolding", "Bedre " + word + "rensning i Kolding.", "0621");
		process(unassigned, owner, "Ønsker slam fjernet");
		process(kolding, Visitors.SECRETARIAT, "Ønsker rensning");
		String title = unassigned.receipt() + " Høring om";
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(search(word + "slam", owner)).contains(title));
		assertThat(search(word + "slam", owner)).contains("Høringssvar")
			.contains("href=\"/processing/responses/" + unassigned.id() + "\"")
			.doesNotContain("Ulla Uden");
		assertThat(search(word + "slam", Visitors.SECRETARIAT)).contains(title);
		for (String stranger : List.of(outsider, koldingCaseworker, Visitors.MEMBER)) {
			assertThat(search(word + "slam", stranger)).doesNotContain(unassigned.receipt())
				.doesNotContain("Hjortkjærs")
				.contains("Ingen resultater");
		}
		assertThat(visitorFinds(word + "slam")).doesNotContain(unassigned.receipt()).doesNotContain("Hjortkjærs");

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(search(word + "rensning", koldingCaseworker)).contains(kolding.receipt()));
		assertThat(search(word + "rensning", owner)).contains(kolding.receipt());
		assertThat(search(word + "rensning", outsider)).doesNotContain(kolding.receipt()).contains("Ingen resultater");
	}

	@Test
	void aResponseIsFoundOnlyOnceProcessedAndNoLongerOnceTheRightIsTakenAway() throws Exception {
		Response response = store("Bent Boring", "Om " + word + "boringer ved skoven.", null);
		Response other = store("Else Eng", "Om " + word + "bede i byen.", null);
		process(other, owner, "Bede");
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(search(word + "bede", owner)).contains(other.receipt()));
		assertThat(search(word + "boringer", owner)).doesNotContain(response.receipt());

		process(response, owner, "Boringer");
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(search(word + "boringer", owner)).contains(response.receipt()));
		mvc(post("/processing/" + consultation + "/caseworkers/" + id(owner).value() + "/remove"),
				Visitors.SECRETARIAT);
		assertThat(search(word + "boringer", owner)).doesNotContain(response.receipt()).contains("Ingen resultater");
	}

	private void process(Response response, String user, String summary) throws Exception {
		mvc(post("/processing/responses/" + response.id())
			.param("version", String.valueOf(response.processingVersion()))
			.param("summary", summary)
			.param("outcome", "NOTED")
			.param("assignedTo", response.assignedTo() == null ? "" : response.assignedTo()), user);
	}

	private void mvc(MockHttpServletRequestBuilder request, String user) throws Exception {
		mvc.perform(request.with(csrf()).with(Visitors.as(users, user))).andExpect(status().is3xxRedirection());
	}

	private Response store(String name, String body, String assignedTo) {
		Response stored = responses
			.store(consultation,
					new NewResponse(UUID.randomUUID().toString(), name,
							name.toLowerCase().replace(' ', '.') + run + "@example.org", "7100", null, null,
							List.of("vand"), body, List.of(), "10.8.8.8"),
					false, UUID.randomUUID().toString())
			.response();
		if (assignedTo != null) {
			responses.process(stored.id(),
					new Processing(new Processing.Routing(assignedTo, null, null), Processing.Assessment.NONE), null);
		}
		return responses.find(stored.id()).orElseThrow();
	}

	private String search(String words, String user) throws Exception {
		return mvc.perform(get("/search").param("q", words).with(Visitors.as(users, user)))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/** What a visitor without login would find, as titles and snippets. */
	private String visitorFinds(String words) {
		return index.search(SearchQuery.of(words), Viewer.anonymous())
			.hits()
			.stream()
			.map(hit -> hit.title() + " " + hit.snippet())
			.toList()
			.toString();
	}

	private String person(String who, String municipality) {
		String username = who + "." + run;
		accounts.register(new PersonDetails(username, "Test " + who + " " + run, username + "@example.org",
				"Planlægger", new MunicipalityCode(municipality), Role.MEMBER), "samspil-test-1");
		return username;
	}

	private PersonId id(String username) {
		return accounts.findByUsername(username).orElseThrow();
	}

}
