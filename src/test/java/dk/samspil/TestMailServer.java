package dk.samspil;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One real SMTP server (GreenMail) for the whole test run, on a free port, started before
 * the first application context; every context is pointed at it through
 * {@code spring.mail.host} and {@code spring.mail.port}. Since every test sends to this
 * one server, tests pick their mails by what the mails say ({@link #await}).
 */
public class TestMailServer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static GreenMail server;

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		TestPropertyValues.of("spring.mail.host=127.0.0.1", "spring.mail.port=" + get().getSmtp().getPort())
			.applyTo(context);
	}

	/** What a test looks for in a mail. */
	@FunctionalInterface
	public interface Wanted {

		boolean in(MimeMessage mail) throws Exception;

	}

	/** The mails received so far that are {@code wanted}. */
	public static List<MimeMessage> received(Wanted wanted) {
		List<MimeMessage> found = new ArrayList<>();
		for (MimeMessage mail : get().getReceivedMessages()) {
			try {
				if (wanted.in(mail)) {
					found.add(mail);
				}
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}
		return found;
	}

	/**
	 * Waits until at least {@code count} {@code wanted} mails have arrived, and returns
	 * all of them.
	 */
	public static List<MimeMessage> await(Wanted wanted, int count) {
		Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> received(wanted).size() >= count);
		return received(wanted);
	}

	public static synchronized GreenMail get() {
		if (server == null) {
			server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
			server.start();
		}
		return server;
	}

}
