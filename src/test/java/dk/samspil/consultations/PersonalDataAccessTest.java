package dk.samspil.consultations;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
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
 * A citizen's name, e-mail, postcode and attachment are for the secretariat, the
 * consultation's caseworkers (at first the members of the group that owns the document)
 * and the caseworkers of the municipality a response is assigned to; everyone else reads
 * the processed, pseudonymised memo. The public memo exists once the secretariat
 * publishes it after the consultation.
 */
@SamspilTest
class PersonalDataAccessTest {

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

	String run;

	String owner;

	String outsider;

	String koldingCaseworker;

	long consultation;

	Response assignedToKolding;

	Response unassigned;

	@BeforeEach
	void aConsultationOwnedByAGroupWithTwoResponses() {
		run = Long.toString(System.nanoTime(), 36);
		owner = person("ejer", "0630");
		outsider = person("anden", "0630");
		koldingCaseworker = person("kolding", "0621");
		GroupId group = groups.start("Planejere " + run, GroupKind.FIXED, "Ejer planen.");
		groups.addMember(group, id(owner), GroupRole.MEMBER);
		consultation = open(LocalDate.now().minusWeeks(9), group);
		assignedToKolding = store("Kirsten Kolding", "6000", "0621");
		unassigned = store("Ulla Uden", "7100", null);
	}

	@Test
	void theOwningGroupsMembersProcessEveryResponseAndEveryoneElseSeesOnlyThePseudonymisedMemo() throws Exception {
		assertThat(page("/processing/" + consultation, owner)).contains("Kirsten Kolding").contains("Ulla Uden");
		assertThat(page("/processing/responses/" + unassigned.id(), owner)).contains("ulla.uden@example.org");

		mvc.perform(get("/processing/" + consultation).with(Visitors.as(users, outsider)))
			.andExpect(redirectedUrl("/processing/" + consultation + "/memo"));
		mvc.perform(get("/processing/responses/" + unassigned.id()).with(Visitors.as(users, outsider)))
			.andExpect(status().isForbidden());
		mvc.perform(post("/processing/responses/" + unassigned.id()).with(csrf())
			.with(Visitors.as(users, outsider))
			.param("summary", "Overtaget")).andExpect(status().isForbidden());
		mvc.perform(
				get("/processing/responses/" + unassigned.id() + "/attachments/1").with(Visitors.as(users, outsider)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/processing/" + consultation).with(Visitors.as(users, "vejle.byraad")))
			.andExpect(status().isForbidden());

		process(unassigned, owner);
		String memo = page("/processing/" + consultation + "/memo", outsider);
		assertThat(memo).doesNotContain("Ulla Uden")
			.doesNotContain("ulla.uden@example.org")
			.doesNotContain("7100")
			.doesNotContain("Kirsten Kolding")
			.contains("Behandlet af ejeren");
		assertThat(page("/processing/" + consultation + "/memo", owner)).contains("Ulla Uden")
			.contains("Kirsten Kolding");
	}

	@Test
	void aMunicipalitysCaseworkerOpensOnlyTheResponsesAssignedToTheMunicipality() throws Exception {
		mvc.perform(get("/processing/responses/" + assignedToKolding.id()).with(Visitors.as(users, koldingCaseworker)))
			.andExpect(status().isForbidden());
		mvc.perform(post("/processing/" + consultation + "/caseworkers").with(csrf())
			.with(Visitors.as(users, koldingCaseworker))
			.param("person", String.valueOf(id(koldingCaseworker).value()))
			.param("municipality", "0621")).andExpect(status().isForbidden());
		mvc.perform(post("/processing/" + consultation + "/caseworkers").with(csrf())
			.with(Visitors.as(users, Visitors.SECRETARIAT))
			.param("person", String.valueOf(id(koldingCaseworker).value()))
			.param("municipality", "0621")).andExpect(status().is3xxRedirection());
		assertThat(page("/processing/" + consultation, Visitors.SECRETARIAT)).contains("svar tildelt Kolding");
		for (String[] unknown : new String[][] { { "999999999", "0621" },
				{ String.valueOf(id(koldingCaseworker).value()), "9999" } }) {
			assertThat(mvc
				.perform(post("/processing/" + consultation + "/caseworkers").with(csrf())
					.with(Visitors.as(users, Visitors.SECRETARIAT))
					.header("Referer", "http://localhost/processing/" + consultation)
					.param("person", unknown[0])
					.param("municipality", unknown[1]))
				.andExpect(redirectedUrl("/processing/" + consultation))
				.andReturn()
				.getFlashMap()
				.get("refused")).isEqualTo(CASEWORKER_UNKNOWN);
		}

		assertThat(page("/processing/responses/" + assignedToKolding.id(), koldingCaseworker))
			.contains("kirsten.kolding@example.org");
		mvc.perform(get("/processing/responses/" + unassigned.id()).with(Visitors.as(users, koldingCaseworker)))
			.andExpect(status().isForbidden());
		assertThat(page("/processing/" + consultation, koldingCaseworker)).contains("Kirsten Kolding")
			.doesNotContain("Ulla Uden");

		mvc.perform(post("/processing/" + consultation + "/caseworkers/" + id(owner).value() + "/remove").with(csrf())
			.with(Visitors.as(users, Visitors.SECRETARIAT))).andExpect(status().is3xxRedirection());
		mvc.perform(get("/processing/responses/" + unassigned.id()).with(Visitors.as(users, owner)))
			.andExpect(status().isForbidden());
	}

	@Test
	void thePublicMemoDoesNotExistUntilTheSecretariatPublishesItAfterTheConsultation() throws Exception {
		long open = open(LocalDate.now().minusWeeks(2), null);
		mvc.perform(get("/consultations/" + open + "/memo")).andExpect(status().isNotFound());
		mvc.perform(get("/consultations/" + open + "/memo.pdf")).andExpect(status().isNotFound());
		LocalDate due = LocalDate.now().plusWeeks(6);
		assertThat(refusedToPublish(open, "da"))
			.isEqualTo("Høringsnotatet kan først offentliggøres, når høringen er slut; fristen for høringssvar er "
					+ DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.forLanguageTag("da")).format(due) + ".");
		assertThat(refusedToPublish(open, "en"))
			.isEqualTo("The consultation memo can be published only once the consultation is over; responses are "
					+ "due by " + DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).format(due) + ".");
		mvc.perform(get("/consultations/" + open + "/memo")).andExpect(status().isNotFound());

		mvc.perform(get("/consultations/" + consultation + "/memo")).andExpect(status().isNotFound());
		assertThat(mvc.perform(get("/consultations")).andReturn().getResponse().getContentAsString())
			.doesNotContain("/consultations/" + consultation + "/memo");
		mvc.perform(post("/processing/" + consultation + "/memo/publish").with(csrf()).with(Visitors.as(users, owner)))
			.andExpect(status().isForbidden());
		mvc.perform(post("/processing/" + consultation + "/memo/publish").with(csrf())
			.with(Visitors.as(users, Visitors.SECRETARIAT))).andExpect(status().is3xxRedirection());
		assertThat(mvc.perform(get("/consultations/" + consultation + "/memo"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).doesNotContain("Ulla Uden");
		mvc.perform(get("/consultations/" + consultation + "/memo.pdf")).andExpect(status().isOk());
		assertThat(mvc.perform(get("/consultations")).andReturn().getResponse().getContentAsString())
			.contains("/consultations/" + consultation + "/memo");
	}

	private void process(Response response, String user) throws Exception {
		mvc.perform(post("/processing/responses/" + response.id()).with(csrf())
			.with(Visitors.as(users, user))
			.param("version", String.valueOf(response.processingVersion()))
			.param("summary", "Behandlet af ejeren")
			.param("outcome", "NOTED")).andExpect(status().is3xxRedirection());
	}

	/** The reason shown back on the processing page the secretariat published from. */
	static final String CASEWORKER_UNKNOWN = "Vælg en af de personer, der står på listen.";

	private String refusedToPublish(long open, String language) throws Exception {
		return mvc
			.perform(post("/processing/" + open + "/memo/publish").with(csrf())
				.param("lang", language)
				.header("Referer", "http://localhost/processing/" + open)
				.with(Visitors.as(users, Visitors.SECRETARIAT)))
			.andExpect(redirectedUrl("/processing/" + open))
			.andReturn()
			.getFlashMap()
			.get("refused")
			.toString();
	}

	private long open(LocalDate start, GroupId owner) {
		return desk
			.open(new OpenConsultation("access-test", System.nanoTime(), "Adgangsplan " + run,
					List.of(new ConsultedSection("1", "vand", "Vand", "<p>Vand.</p>")), start, start.plusWeeks(8),
					false, null, owner))
			.value();
	}

	private Response store(String name, String postcode, String assignedTo) {
		Response stored = responses
			.store(consultation,
					new NewResponse(UUID.randomUUID().toString(), name,
							name.toLowerCase().replace(' ', '.') + "@example.org", postcode, null, null,
							List.of("vand"), "Mit eget svar om vandet fra " + name + ".", List.of(), "10.8.8.8"),
					false, UUID.randomUUID().toString())
			.response();
		if (assignedTo != null) {
			responses.process(stored.id(),
					new Processing(new Processing.Routing(assignedTo, null, null), Processing.Assessment.NONE), null);
		}
		return responses.find(stored.id()).orElseThrow();
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

	private String page(String path, String user) throws Exception {
		return mvc.perform(get(path).with(Visitors.as(users, user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
