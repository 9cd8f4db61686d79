package dk.samspil.strategy;

import java.net.URI;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.support.RequestContextUtils;

/** A refused action sends the user back to the page they came from, with the reason shown there. */
@ControllerAdvice(basePackageClasses = StrategyAdvice.class)
class StrategyAdvice {

	private final MessageSource messages;

	StrategyAdvice(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(StrategyRefused.class)
	String refused(StrategyRefused ex, HttpServletRequest request, Locale locale) {
		RequestContextUtils.getOutputFlashMap(request)
			.put("refused", messages.getMessage(ex.messageKey(), ex.arguments(), locale));
		return "redirect:" + back(request);
	}

	/** The page the request came from, on this site only; else the strategy overview. */
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
		return "/strategy";
	}
}
