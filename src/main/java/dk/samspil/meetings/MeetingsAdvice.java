package dk.samspil.meetings;

import java.net.URI;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.support.RequestContextUtils;

/** A refused action (minutes locked, deadline passed) sends the user back where they were, with the reason shown. */
@ControllerAdvice(basePackageClasses = MeetingsAdvice.class)
class MeetingsAdvice {

	private final MessageSource messages;

	MeetingsAdvice(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(MeetingRuleException.class)
	String refused(MeetingRuleException ex, HttpServletRequest request, Locale locale) {
		RequestContextUtils.getOutputFlashMap(request).put("refused", messages.getMessage(ex.messageKey(), null, locale));
		return "redirect:" + back(request);
	}

	/** The page the request came from, on this site only; else the meetings overview. */
	private static String back(HttpServletRequest request) {
		String referer = request.getHeader(HttpHeaders.REFERER);
		try {
			if (referer != null) {
				URI uri = URI.create(referer);
				String path = uri.getRawPath();
				if (path != null && path.startsWith(request.getContextPath() + "/") && !path.startsWith("//")) {
					return path.substring(request.getContextPath().length());
				}
			}
		}
		catch (IllegalArgumentException ex) {
			// an unreadable referer: fall through to the overview
		}
		return "/tasks";
	}
}
