package dk.samspil.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells whoever started Samspil where to open it. */
@Component
class StartupMessage {

	private static final Logger log = LoggerFactory.getLogger(StartupMessage.class);

	@EventListener
	void on(ApplicationReadyEvent event) {
		if (event.getApplicationContext() instanceof WebServerApplicationContext context) {
			log.info("Samspil is running at http://localhost:{}/", context.getWebServer().getPort());
		}
	}

}
