package dk.samspil.consultations;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import dk.samspil.SamspilTest;
import dk.samspil.Visitors;
import dk.samspil.files.ArchivablePdf;
import dk.samspil.groups.GroupDirectory;
import dk.samspil.groups.GroupId;
import dk.samspil.groups.GroupKind;
import dk.samspil.time.Written;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The consultation memo as a PDF fit to publish and archive (PDF/A with embedded fonts,
 * tagged for screen readers): numbered pages, its date and sender, every response whether
 * processed or not, and on every page of the internal version the warning that it must
 * not be published.
 */
@SamspilTest
class MemoPdfTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	ConsultationDesk desk;

	@Autowired
	Responses responses;

	@Autowired
	GroupDirectory groups;

	@Autowired
	Clock clock;

	@Test
	void theInternalMemoWarnsOnEveryPageAndListsEveryResponse() throws Exception {
		String run = Long.toString(System.nanoTime(), 36);
		GroupId owner = groups.start("Notatgruppen " + run, GroupKind.FIXED, "Ejer planen.");
		LocalDate start = LocalDate.now().minusWeeks(9);
		long consultation = desk
			.open(new OpenConsultation("memo-pdf-test", System.nanoTime(), "Notatplan " + run,
					List.of(new ConsultedSection("1", "vand", "Vand", "<p>Vand.</p>")), start, start.plusWeeks(8),
					false, null, owner))
			.value();
		for (int i = 0; i < 40; i++) {
			responses.store(consultation,
					new NewResponse(UUID.randomUUID().toString(), "Borger Nummer" + i, "b" + i + run + "@example.org",
							"7100", null, null, List.of("vand"),
							"Mit svar " + UUID.randomUUID() + " " + UUID.randomUUID(), List.of(), "10.9.9.9"),
					false, UUID.randomUUID().toString());
		}
		Response processed = responses.ofConsultation(consultation).get(0);
		responses.process(processed.id(),
				new Processing(Processing.Routing.NONE, new Processing.Assessment("Ønsker åen beskyttet.",
						"Tages til efterretning.", Outcome.NOTED, null, null)),
				null);

		byte[] bytes = mvc
			.perform(get("/processing/" + consultation + "/memo.pdf").with(Visitors.as(users, Visitors.SECRETARIAT)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		ArchivablePdf pdf = ArchivablePdf.read(bytes).isArchivableAndAccessible("da");
		assertThat(pdf.pages()).hasSizeGreaterThan(1);
		for (int page = 0; page < pdf.pages().size(); page++) {
			assertThat(pdf.pages().get(page)).as("page %d", page + 1)
				.contains("Intern version med navne og kontaktoplysninger. Må ikke offentliggøres.")
				.contains((page + 1) + " / " + pdf.pages().size());
		}
		assertThat(pdf.text())
			.contains(Written.in(Locale.forLanguageTag("da")).date(LocalDate.now(clock)) + ". Afsender: Notatgruppen "
					+ run)
			.contains("Ønsker åen beskyttet.", "Endnu ikke behandlet")
			.contains("Borger Nummer0", "Borger Nummer39");
	}

}
