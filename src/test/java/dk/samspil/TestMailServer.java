package dk.samspil;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One real SMTP server (GreenMail) for the whole test run, started before the first application context, so every
 * context sends its mail to it (see the test configuration's {@code spring.mail.port}).
 */
public class TestMailServer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	public static final int PORT = 3025;

	private static GreenMail server;

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		get();
	}

	public static synchronized GreenMail get() {
		if (server == null) {
			server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
			server.start();
		}
		return server;
	}
}
