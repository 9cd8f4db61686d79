package dk.samspil.notifications;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.github.kagkarlsson.scheduler.task.Priority;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what waits in the outbox. Delivery is a job of the product's one scheduler, so
 * one instance of the cluster delivers at a time; each mail is also locked while it is
 * sent ({@code skip locked}), so that even two deliveries at once (a test calling
 * {@link #deliverPending()}, an instance taken for dead while still sending) never send
 * the same mail twice. A failure is recorded and retried on a later round, up to a limit.
 */
@Component
class MailDelivery {

	private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

	private final JdbcClient jdbc;

	private final ObjectProvider<JavaMailSender> sender;

	private final TransactionTemplate transactions;

	private final String from;

	private final int maxAttempts;

	private final Duration keepSent;

	private boolean warnedNoServer;

	private final Clock clock;

	MailDelivery(JdbcClient jdbc, ObjectProvider<JavaMailSender> sender, TransactionTemplate transactions,
			@Value("${samspil.mail.from}") String from, @Value("${samspil.mail.max-attempts}") int maxAttempts,
			@Value("${samspil.mail.keep-sent}") Duration keepSent, Clock clock) {
		this.clock = clock;
		this.keepSent = keepSent;
		this.jdbc = jdbc;
		this.sender = sender;
		this.transactions = transactions;
		this.from = from;
		this.maxAttempts = maxAttempts;
	}

	@Bean
	static RecurringTask<Void> notificationsMailDelivery(MailDelivery delivery,
			@Value("${samspil.mail.delivery-interval}") Duration every) {
		return Tasks.recurring("notifications-mail-delivery", Schedules.fixedDelay(every))
			.defaultPriority(Priority.HIGH)
			.execute((instance, context) -> delivery.deliverPending());
	}

	@Bean
	static RecurringTask<Void> notificationsMailCleanup(MailDelivery delivery,
			@Value("${samspil.mail.cleanup-cron}") String cron) {
		return Tasks.recurring("notifications-mail-cleanup", Schedules.cron(cron))
			.defaultPriority(Priority.HIGH)
			.execute((instance, context) -> delivery.forgetOldMail());
	}

	void deliverPending() {
		JavaMailSender smtp = sender.getIfAvailable();
		if (smtp == null) {
			warnOnceAboutMissingServer();
			return;
		}
		while (Boolean.TRUE.equals(transactions.execute(status -> deliverOne(smtp)))) {
			// one mail per transaction, until none is left that may be tried now
		}
	}

	private boolean deliverOne(JavaMailSender smtp) {
		var pending = jdbc.sql("""
				select id, recipient, subject, body from notifications_mail
				where sent_at is null and attempts < ? order by id limit 1 for update skip locked""")
			.param(maxAttempts)
			.query((rs, row) -> new Pending(rs.getLong("id"), rs.getString("recipient"), rs.getString("subject"),
					rs.getString("body")))
			.optional();
		if (pending.isEmpty()) {
			return false;
		}
		Pending mail = pending.get();
		try {
			smtp.send(message(smtp, mail));
			jdbc.sql(
					"update notifications_mail set sent_at = now(), attempts = attempts + 1, last_error = null where id = ?")
				.param(mail.id())
				.update();
			log.info("Sent mail {} to {}: {}", mail.id(), mail.recipient(), mail.subject());
			return true;
		}
		catch (MailException | MessagingException ex) {
			jdbc.sql("update notifications_mail set attempts = attempts + 1, last_error = ? where id = ?")
				.params(String.valueOf(ex.getMessage()), mail.id())
				.update();
			log.warn("Could not send mail {} to {} ({}); it stays in the outbox", mail.id(), mail.recipient(),
					ex.getMessage());
			return false;
		}
	}

	private MimeMessage message(JavaMailSender smtp, Pending mail) throws MessagingException {
		MimeMessage message = smtp.createMimeMessage();
		List<Mail.Attachment> attachments = attachments(mail.id());
		MimeMessageHelper helper = new MimeMessageHelper(message, !attachments.isEmpty(), "UTF-8");
		helper.setFrom(from);
		helper.setTo(mail.recipient());
		helper.setSubject(mail.subject());
		helper.setText(mail.body());
		for (Mail.Attachment attachment : attachments) {
			helper.addAttachment(attachment.filename(), new ByteArrayResource(attachment.content()),
					attachment.contentType());
		}
		return message;
	}

	private List<Mail.Attachment> attachments(long mailId) {
		return jdbc
			.sql("""
					select filename, content_type, content from notifications_attachment where mail_id = ? order by position""")
			.param(mailId)
			.query((rs, row) -> new Mail.Attachment(rs.getString("filename"), rs.getString("content_type"),
					rs.getBytes("content")))
			.list();
	}

	/**
	 * Forgets mail some time after it was sent: the outbox is no archive, and receipts
	 * carry citizens' addresses.
	 */
	void forgetOldMail() {
		int forgotten = forgetSentBefore(clock.instant().minus(keepSent));
		if (forgotten > 0) {
			log.info("Forgot {} mails sent more than {} ago", forgotten, keepSent);
		}
	}

	int forgetSentBefore(Instant before) {
		return jdbc.sql("delete from notifications_mail where sent_at < ?").param(Timestamp.from(before)).update();
	}

	private void warnOnceAboutMissingServer() {
		if (!warnedNoServer) {
			warnedNoServer = true;
			log.warn("No SMTP server is configured (spring.mail.host), so e-mail waits in the outbox");
		}
	}

	private record Pending(long id, String recipient, String subject, String body) {
	}

}
