package dk.samspil.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the shared layout needs on every page: the path, to mark the current link in the
 * navigation, and whether the visitor is signed in or the secretariat, to choose the
 * navigation. Pages ask {@code ${signedIn}} and {@code ${secretariat}} rather than
 * {@code sec:authorize}: each {@code sec:authorize} looks up the security expression
 * handler among all beans and parses its expression anew, which was a fifth of a group
 * page's time.
 * <p>
 * One method adds them all: Spring MVC looks up, wraps and calls each model attribute
 * method of an advice reflectively on every request, the API's included, where four of
 * them were a twentieth of a call's CPU time.
 */
@ControllerAdvice
class LayoutModel {

	@ModelAttribute
	void layout(HttpServletRequest request, Model model) {
		addTo(model.asMap(), request);
	}

	/**
	 * The layout's attributes for {@code request}, put into {@code model}; also for pages
	 * of exception handlers, for which Spring MVC calls no model attribute method
	 * ({@link ExceptionPages}).
	 */
	static void addTo(Map<String, Object> model, HttpServletRequest request) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		// As isAuthenticated() says, from the same security context, error pages
		// included.
		boolean signedIn = authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
		model.put("currentPath", request.getRequestURI().substring(request.getContextPath().length()));
		model.put("signedIn", signedIn);
		// As hasRole(...) says; the front page shows a council secretary what waits for
		// their council.
		model.put("secretariat", signedIn && hasRole(authentication, "ROLE_SECRETARIAT"));
		model.put("councilSecretary", signedIn && hasRole(authentication, "ROLE_COUNCIL_SECRETARY"));
	}

	private static boolean hasRole(Authentication authentication, String role) {
		return authentication.getAuthorities().stream().anyMatch(authority -> role.equals(authority.getAuthority()));
	}

}
