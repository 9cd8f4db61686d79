package dk.samspil.notifications;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMailUtil;
import dk.samspil.SamspilTest;
import dk.samspil.TestMailServer;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@SamspilTest
class MailDeliveryTest {

	@Autowired
	Postbox postbox;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void emptyTheMailServer() throws Exception {
		TestMailServer.get().purgeEmailFromAllMailboxes();
	}

	@Test
	void aPostedMailArrivesOverSmtpWithItsAttachment() throws Exception {
		byte[] invitation = "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".getBytes(StandardCharsets.UTF_8);
		transactions.executeWithoutResult(status -> postbox.post(new Mail("anne@kommune.example", "Dagsorden: møde",
				"Hej Anne", List.of(new Mail.Attachment("invitation.ics", "text/calendar", invitation)))));
		Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.until(() -> TestMailServer.get().getReceivedMessagesForDomain("anne@kommune.example").length == 1);
		MimeMessage received = TestMailServer.get().getReceivedMessagesForDomain("anne@kommune.example")[0];
		assertThat(received.getSubject()).isEqualTo("Dagsorden: møde");
		Multipart parts = (Multipart) received.getContent();
		assertThat(GreenMailUtil.getBody(received)).contains("Hej Anne");
		assertThat(parts.getCount()).isEqualTo(2);
		assertThat(parts.getBodyPart(1).getFileName()).isEqualTo("invitation.ics");
	}

	@Test
	void nothingIsSentAboutWhatWasRolledBack() throws Exception {
		transactions.executeWithoutResult(status -> {
			postbox.post(new Mail("ghost@kommune.example", "Never", "Rolled back"));
			status.setRollbackOnly();
		});
		// A mail posted after it and delivered shows that delivery has run since; the
		// ghost was never in the outbox.
		transactions.executeWithoutResult(status -> postbox.post(new Mail("witness@kommune.example", "After", "Kept")));
		Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.until(() -> TestMailServer.get().getReceivedMessagesForDomain("witness@kommune.example").length == 1);
		assertThat(TestMailServer.get().getReceivedMessagesForDomain("ghost@kommune.example")).isEmpty();
		assertThat(jdbc.sql("select count(*) from notifications_mail where recipient = 'ghost@kommune.example'")
			.query(Integer.class)
			.single()).isZero();
	}

	/**
	 * Runs in one transaction that is rolled back, so the scheduled delivery never sees
	 * this mail.
	 */
	@Test
	void whenTheServerIsDownTheMailStaysInTheOutboxWithTheReason() {
		JavaMailSenderImpl down = new JavaMailSenderImpl();
		down.setHost("127.0.0.1");
		down.setPort(1);
		var provider = new StaticListableBeanFactory(Map.of("down", down)).getBeanProvider(JavaMailSender.class);
		transactions.executeWithoutResult(status -> {
			postbox.post(new Mail("later@down.example", "Later", "Body"));
			new MailDelivery(jdbc, provider, transactions, "samspil@localhost", 10, Duration.ofDays(30),
					Clock.systemUTC())
				.deliverPending();
			var row = jdbc
				.sql("select sent_at, attempts, last_error from notifications_mail "
						+ "where recipient = 'later@down.example'")
				.query()
				.singleRow();
			assertThat(row.get("sent_at")).isNull();
			assertThat(row.get("attempts")).isEqualTo(1);
			assertThat(row.get("last_error")).asString().isNotBlank();
			status.setRollbackOnly();
		});
	}

	@Autowired
	MailDelivery delivery;

	@Test
	void sentMailIsForgottenAfterTheKeepingPeriodButUnsentMailIsKept() {
		transactions.executeWithoutResult(status -> {
			postbox.post(new Mail("old@kept.example", "Old", "Sent long ago"));
			postbox.post(new Mail("waiting@kept.example", "Waiting", "Not sent yet"));
			jdbc.sql(
					"update notifications_mail set sent_at = now() - interval '40 days' where recipient = 'old@kept.example'")
				.update();
			delivery.forgetSentBefore(Instant.now().minus(Duration.ofDays(30)));
			assertThat(jdbc.sql("select recipient from notifications_mail where recipient like '%@kept.example'")
				.query(String.class)
				.list()).containsExactly("waiting@kept.example");
			status.setRollbackOnly();
		});
	}

}
