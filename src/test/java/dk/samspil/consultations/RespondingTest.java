package dk.samspil.consultations;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;

import dk.samspil.SamspilTest;
import dk.samspil.TestMailServer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.support.WebTestUtils;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A citizen responds without an account: receipt, double clicks, robots, attachments,
 * late responses, withdrawal.
 */
@SamspilTest
class RespondingTest {

	static final AtomicInteger ADDRESSES = new AtomicInteger(1);

	@Autowired
	MockMvc mvc;

	@Autowired
	ConsultationDesk desk;

	@Autowired
	Responses responses;

	@Autowired
	CsrfTokenRepository csrfTokens;

	long consultation;

	String address;

	@BeforeEach
	void openConsultation() throws Exception {
		TestMailServer.get().purgeEmailFromAllMailboxes();
		consultation = open(LocalDate.now().minusDays(3));
		address = "10.1.0." + ADDRESSES.getAndIncrement();
	}

	@Test
	void theConsultationPageShowsTheTextBySectionAndTheDeadlineWithoutALogin() throws Exception {
		String page = mvc.perform(get("/consultations/" + consultation))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Høringen er åben")
			.containsSubsequence("1", "Vision", "2", "Vand som ressource")
			.contains("/consultations/" + consultation + "/respond?section=vand-som-ressource");
		assertThat(mvc.perform(get("/consultations")).andReturn().getResponse().getContentAsString())
			.contains("href=\"/consultations/" + consultation + "\"");
	}

	@Test
	void aResponseIsStoredBeforeItsReceiptIsShownAndMailed() throws Exception {
		String token = formToken("vand-som-ressource");
		String receiptPage = follow(send(token).param("email", "borger@example.org"));
		Response stored = responses.byFormToken(token).orElseThrow();
		assertThat(receiptPage).contains(stored.receipt())
			.contains("Træk mit svar tilbage")
			.contains("En kopi af kvitteringen er på vej til borger@example.org.");
		assertThat(stored.municipality()).isEqualTo("0630");
		assertThat(stored.anchors()).containsExactly("vand-som-ressource");
		assertThat(stored.late()).isFalse();
		assertThat(TestMailServer.get().waitForIncomingEmail(10_000, 1)).isTrue();
		MimeMessage mail = TestMailServer.get().getReceivedMessages()[0];
		assertThat(mail.getSubject()).contains(stored.receipt());
		assertThat((String) mail.getContent()).contains("/consultations/responses/");
	}

	@Test
	void withoutAnAddressTheReceiptSaysNoMailWasSent() throws Exception {
		String receiptPage = follow(send(formToken(null)));
		assertThat(receiptPage).contains("Vi har ikke sendt en kvittering på e-mail")
			.doesNotContain("på vej til")
			.doesNotContain("sendt til din e-mail");
	}

	@Test
	void aResponseStoredWithAnAddressButNoReceiptMailDoesNotClaimOne() throws Exception {
		// as the demo data and imported responses are: an address, but nothing put in the
		// outbox
		String withdraw = "t" + System.nanoTime();
		responses.store(consultation, new NewResponse("f" + System.nanoTime(), "Ida Import", "ida@example.org", "7100",
				"0630", null, List.of(), "Importeret svar.", List.of(), null), false, withdraw);
		String receiptPage = mvc.perform(get("/consultations/responses/" + withdraw))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(receiptPage).contains("Vi har ikke sendt en kvittering på e-mail").doesNotContain("på vej til");
	}

	@Test
	void theFormTellsWhoIsDataControllerHowLongDataIsKeptAndTheCitizensRightsInBothLanguages() throws Exception {
		String danish = mvc.perform(get("/consultations/" + consultation + "/respond"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(danish).contains("Dataansvarlig: ")
			.contains("slettes 365 dage efter, at planen er endeligt vedtaget")
			.contains("Datatilsynet");
		String english = mvc.perform(get("/consultations/" + consultation + "/respond").param("lang", "en"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(english).contains("Data controller: ")
			.contains("erased 365 days after the plan is finally adopted")
			.contains("Danish Data Protection Agency");
	}

	@Test
	void theConsultedDocumentIsOfferedAsAPdfWithItsSections() throws Exception {
		assertThat(mvc.perform(get("/consultations/" + consultation)).andReturn().getResponse().getContentAsString())
			.contains("href=\"/consultations/" + consultation + "/document.pdf\"");
		byte[] pdf = mvc.perform(get("/consultations/" + consultation + "/document.pdf"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var document = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(document)).contains("Testplan")
				.contains("Vand som ressource")
				.contains("Drikkevand.");
		}
	}

	@Test
	void aDoubleClickGivesOneResponseAndTheSameReceipt() throws Exception {
		String token = formToken(null);
		String first = mvc.perform(send(token)).andReturn().getResponse().getRedirectedUrl();
		String second = mvc.perform(send(token)).andReturn().getResponse().getRedirectedUrl();
		assertThat(second).isEqualTo(first);
		assertThat(responses.ofConsultation(consultation)).hasSize(1);
	}

	@Test
	void theFormNeedsNoSessionButStillItsCsrfTokenAndCookie() throws Exception {
		var form = mvc.perform(get("/consultations/" + consultation + "/respond").with(applicationsCsrfTokens()))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(form.getRequest().getSession(false)).isNull();
		String page = form.getResponse().getContentAsString();
		String csrfToken = page.replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
		String token = page.replaceAll("(?s).*name=\"formToken\" value=\"([^\"]+)\".*", "$1");
		String setCookie = form.getResponse().getHeader("Set-Cookie");
		assertThat(setCookie).startsWith("SAMSPIL-FORM-CSRF=").contains("HttpOnly");
		var cookie = new Cookie("SAMSPIL-FORM-CSRF",
				setCookie.substring("SAMSPIL-FORM-CSRF=".length(), setCookie.indexOf(';')));
		mvc.perform(withoutCsrf(token).param("_csrf", csrfToken)).andExpect(status().isForbidden());
		mvc.perform(withoutCsrf(token).cookie(cookie)).andExpect(status().isForbidden());
		mvc.perform(withoutCsrf(token).cookie(cookie).param("_csrf", "forged")).andExpect(status().isForbidden());
		assertThat(responses.byFormToken(token)).isEmpty();
		var sent = mvc.perform(withoutCsrf(token).cookie(cookie).param("_csrf", csrfToken))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		assertThat(sent.getRequest().getSession(false)).isNull();
		assertThat(responses.byFormToken(token)).isPresent();
	}

	/**
	 * Undoes {@code csrf()} of the other tests, which swaps the application's token
	 * repository for its own.
	 */
	private RequestPostProcessor applicationsCsrfTokens() {
		return request -> {
			WebTestUtils.setCsrfTokenRepository(request, csrfTokens);
			return request;
		};
	}

	private MockMultipartHttpServletRequestBuilder withoutCsrf(String token) {
		return (MockMultipartHttpServletRequestBuilder) multipart("/consultations/" + consultation + "/respond")
			.with(applicationsCsrfTokens())
			.param("formToken", token)
			.param("name", "Karen Borger")
			.param("postcode", "7100")
			.param("body", "Jeg ønsker mere skov.")
			.with(from(address));
	}

	@Test
	void aRobotFillingTheHiddenFieldLeavesNothingBehind() throws Exception {
		mvc.perform(send(formToken(null)).param("website", "http://spam.example"))
			.andExpect(status().is3xxRedirection());
		assertThat(responses.ofConsultation(consultation)).isEmpty();
	}

	@Test
	void anAttachmentIsCheckedByItsContentAndNothingTypedIsLost() throws Exception {
		String page = mvc
			.perform(send(formToken(null))
				.file(new MockMultipartFile("files", "plan.pdf", "application/pdf", "<script>x</script>".getBytes())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Filen plan.pdf er hverken en PDF eller et billede")
			.contains("mere skov &amp; &lt;b&gt;natur&lt;/b&gt;.")
			.contains("value=\"Karen Borger\"");
		assertThat(responses.ofConsultation(consultation)).isEmpty();
		follow(send(formToken(null)).file(new MockMultipartFile("files", "kort.png", "text/plain",
				new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0 })));
		assertThat(responses.ofConsultation(consultation)).singleElement()
			.satisfies(r -> assertThat(r.attachments()).isEqualTo(1));
		assertThat(responses.attachments(responses.ofConsultation(consultation).get(0).id())).singleElement()
			.satisfies(a -> assertThat(a.contentType()).isEqualTo("image/png"));
	}

	@Test
	void aFormWithAMistakeComesBackWithEverythingTyped() throws Exception {
		String page = mvc.perform(send(formToken(null), ""))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Skal udfyldes.").contains("mere skov &amp;").contains("value=\"7100\"");
	}

	@Test
	void aResponseAfterTheDeadlineIsKeptAndMarkedLate() throws Exception {
		consultation = open(LocalDate.now().minusDays(70));
		String page = follow(send(formToken(null)));
		assertThat(page).contains("markeret som for sent");
		assertThat(responses.ofConsultation(consultation)).singleElement()
			.satisfies(r -> assertThat(r.late()).isTrue());
	}

	@Test
	void theAuthorWithdrawsThroughTheLinkInTheReceipt() throws Exception {
		String receipt = mvc.perform(send(formToken(null))).andReturn().getResponse().getRedirectedUrl();
		assertThat(mvc.perform(get(receipt)).andReturn().getResponse().getContentAsString())
			.contains("Modtaget " + LocalDate.now(ZoneId.of("Europe/Copenhagen")).getDayOfMonth() + ". ")
			.contains(" kl. ")
			.contains("Det, du skrev")
			.contains("data-confirm=\"Vil du trække dit svar tilbage?");
		mvc.perform(post(receipt + "/withdraw").with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(mvc.perform(get(receipt)).andReturn().getResponse().getContentAsString())
			.contains("Du har trukket dette svar tilbage")
			.doesNotContain("Vi har modtaget og gemt")
			.doesNotContain("Det, du skrev")
			.doesNotContain("/withdraw");
		assertThat(desk.trail("test-document", consultation)).isEmpty();
	}

	@Test
	void oneAddressSendingVeryManyResponsesIsHeldOffWithItsTextKept() throws Exception {
		for (int i = 0; i < 30; i++) {
			mvc.perform(send(formToken(null))).andExpect(status().is3xxRedirection());
		}
		String page = mvc.perform(send(formToken(null))).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Der er sendt mange svar fra din adresse").contains("mere skov &amp;");
		assertThat(responses.ofConsultation(consultation)).hasSize(30);
	}

	@Test
	void addressesInOneIpv6Slash64ShareTheLimitAndAnotherSlash64HasItsOwn() throws Exception {
		String slash64 = "2001:db8:ff:" + Integer.toHexString(ADDRESSES.getAndIncrement());
		for (int i = 1; i <= 30; i++) {
			address = slash64 + "::" + Integer.toHexString(i);
			mvc.perform(send(formToken(null))).andExpect(status().is3xxRedirection());
		}
		address = slash64.toUpperCase() + ":ABCD:0:0:1%eth0";
		assertThat(mvc.perform(send(formToken(null))).andReturn().getResponse().getContentAsString())
			.contains("Der er sendt mange svar fra din adresse");
		address = "2001:db8:fe:" + Integer.toHexString(ADDRESSES.getAndIncrement()) + "::1";
		mvc.perform(send(formToken(null))).andExpect(status().is3xxRedirection());
		assertThat(responses.ofConsultation(consultation)).hasSize(31);
	}

	private long open(LocalDate start) {
		return desk
			.open(new OpenConsultation("test-document", System.nanoTime(), "Testplan",
					List.of(new ConsultedSection("1", "vision", "Vision", "<p>Én region.</p>"), new ConsultedSection(
							"2", "vand-som-ressource", "Vand som ressource", "<p>Drikkevand.</p>")),
					start, start.plusWeeks(8), false, null, null))
			.value();
	}

	private String formToken(String section) throws Exception {
		String form = mvc
			.perform(
					get("/consultations/" + consultation + "/respond").param("section", section == null ? "" : section))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return form.replaceAll("(?s).*name=\"formToken\" value=\"([^\"]+)\".*", "$1");
	}

	private MockMultipartHttpServletRequestBuilder send(String token) {
		return send(token, "Karen Borger");
	}

	private MockMultipartHttpServletRequestBuilder send(String token, String name) {
		return (MockMultipartHttpServletRequestBuilder) multipart("/consultations/" + consultation + "/respond")
			.param("formToken", token)
			.param("name", name)
			.param("postcode", "7100")
			.param("sections", "vand-som-ressource")
			.param("body", "Jeg ønsker mere skov & <b>natur</b>.")
			.with(csrf())
			.with(from(address));
	}

	private String follow(MockMultipartHttpServletRequestBuilder request) throws Exception {
		String location = mvc.perform(request)
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return mvc.perform(get(location)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
