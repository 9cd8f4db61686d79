package dk.samspil.rules;

import java.net.URI;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The one way a {@link Refusal} reaches the page: the person is sent back to the page
 * they acted on, which shows the reason (flash attribute {@code refused}, shown by the
 * fragment {@code fragments/forms :: refused}).
 */
@ControllerAdvice
class RefusalAdvice {

	private final MessageSource messages;

	RefusalAdvice(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(Refusal.class)
	String refused(Refusal refusal, HttpServletRequest request, Locale locale) {
		RequestContextUtils.getOutputFlashMap(request).put("refused", refusal.reason(messages, locale));
		return "redirect:" + back(request);
	}

	/** The page the request came from, on this site only; else the front page. */
	private static String back(HttpServletRequest request) {
		String referer = request.getHeader(HttpHeaders.REFERER);
		try {
			if (referer != null) {
				URI uri = URI.create(referer);
				String path = uri.getRawPath();
				String query = uri.getRawQuery();
				if (path != null && path.startsWith(request.getContextPath() + "/") && !path.startsWith("//")) {
					return path.substring(request.getContextPath().length()) + (query == null ? "" : "?" + query);
				}
			}
		}
		catch (IllegalArgumentException ex) {
			// an unreadable referer: fall through to the front page
		}
		return "/";
	}

}
