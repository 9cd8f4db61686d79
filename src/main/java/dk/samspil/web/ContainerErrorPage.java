package dk.samspil.web;

import java.io.IOException;
import java.io.Writer;

import org.apache.catalina.core.StandardHost;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;

/**
 * A request Tomcat refuses before the application sees it (a NUL or a backslash written
 * as {@code %00} or {@code %5C} in the path): Tomcat's own error page would answer, in
 * English and in its own look. It answers instead with a short page in both languages
 * linking to the front page, or, under {@code /api/}, with a problem in JSON like the
 * API's other errors. Nothing of the request is echoed. Public, as Tomcat makes it from
 * its name.
 */
public class ContainerErrorPage extends ErrorReportValve {

	/** For Tomcat, which makes the valve from its class name. */
	public ContainerErrorPage() {
	}

	@Configuration(proxyBeanMethods = false)
	static class Registration {

		@Bean
		TomcatContextCustomizer containerErrorPage() {
			// the host's valve, which answers for requests that reach no application
			return context -> ((StandardHost) context.getParent())
				.setErrorReportValveClass(ContainerErrorPage.class.getName());
		}

	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		// as Tomcat's own: nothing when the response is no error, was written or reported
		if (response.getStatus() < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		int status = response.getStatus();
		// a 4xx here is a request Tomcat could not read; anything else failed on the way
		boolean unreadable = status < 500;
		String uri = request.getRequestURI();
		try {
			response.setCharacterEncoding("UTF-8");
			if (uri != null && uri.startsWith("/api/")) {
				response.setContentType("application/problem+json");
				write(response, """
						{"type":"about:blank","title":"%s","status":%d,"detail":"%s"}""".formatted(title(status),
						status, unreadable ? "The request could not be read." : "Please try again later."));
			}
			else {
				response.setContentType("text/html");
				write(response, """
						<!DOCTYPE html>
						<html lang="da">
						<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
						<title>%1$s – Samspil</title><link rel="stylesheet" href="/css/samspil.css"></head>
						<body><main id="main" class="narrow">
						<h1>%1$s</h1>
						<p>%2$s (fejl %5$d).</p>
						<p><a href="/">Til forsiden</a></p>
						<div lang="en"><h2>%3$s</h2>
						<p>%4$s (error %5$d).</p>
						<p><a href="/">To the front page</a></p></div>
						</main></body>
						</html>
						""".formatted(unreadable ? "Forespørgslen kan ikke læses" : "Der skete en fejl",
						unreadable ? "Adressen eller det sendte indeholder noget, som ingen side i Samspil sender"
								: "Prøv igen om lidt",
						unreadable ? "The request cannot be read" : "Something went wrong",
						unreadable ? "The address or what was sent holds something that no page of Samspil sends"
								: "Please try again in a moment",
						status));
			}
		}
		catch (IOException | IllegalStateException ex) {
			// the client has gone or the response cannot be written: nothing to answer
		}
	}

	/** The status's reason phrase, as the API's other problems have it. */
	private static String title(int status) {
		HttpStatus known = HttpStatus.resolve(status);
		return known == null ? "Error" : known.getReasonPhrase();
	}

	private static void write(Response response, String text) throws IOException {
		Writer writer = response.getReporter();
		if (writer != null) {
			writer.write(text);
			response.finishResponse();
		}
	}

}
