package dk.samspil.goals;

import java.net.URI;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.support.RequestContextUtils;

import jakarta.servlet.http.HttpServletRequest;

/** A refused action goes back to the page it came from, with the reason in the reader's language. */
@ControllerAdvice(basePackageClasses = GoalsAdvice.class)
class GoalsAdvice {

	private final MessageSource messages;

	GoalsAdvice(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(GoalRuleException.class)
	String refused(GoalRuleException ex, HttpServletRequest request, Locale locale) {
		RequestContextUtils.getOutputFlashMap(request)
			.put("refused", messages.getMessage(ex.messageKey(), ex.arguments(), locale));
		return "redirect:" + back(request);
	}

	/** The page the request came from, on this site only; else the goals overview. */
	private static String back(HttpServletRequest request) {
		String referer = request.getHeader(HttpHeaders.REFERER);
		try {
			if (referer != null) {
				String path = URI.create(referer).getRawPath();
				if (path != null && path.startsWith(request.getContextPath() + "/") && !path.startsWith("//")) {
					return path.substring(request.getContextPath().length());
				}
			}
		}
		catch (IllegalArgumentException ex) {
			// an unreadable referer: fall through to the overview
		}
		return "/goals";
	}
}
