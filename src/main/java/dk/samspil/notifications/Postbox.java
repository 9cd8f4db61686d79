package dk.samspil.notifications;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where modules post mail. The mail is stored in the caller's transaction, so it is sent
 * if and only if what it tells about was committed; delivery happens afterwards, with
 * retries, in {@link MailDelivery}.
 */
@Component
public class Postbox {

	private final JdbcClient jdbc;

	Postbox(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional
	public void post(Mail mail) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("insert into notifications_mail (recipient, subject, body) values (?, ?, ?)")
			.params(mail.to(), mail.subject(), mail.body())
			.update(keys, "id");
		long id = keys.getKey().longValue();
		int position = 0;
		for (Mail.Attachment attachment : mail.attachments()) {
			jdbc.sql("""
					insert into notifications_attachment (mail_id, position, filename, content_type, content)
					values (?, ?, ?, ?, ?)""")
				.params(id, position++, attachment.filename(), attachment.contentType(), attachment.content())
				.update();
		}
	}

}
