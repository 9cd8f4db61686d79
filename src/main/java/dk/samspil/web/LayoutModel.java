package dk.samspil.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the shared layout needs on every page: the path, to mark the current link in the
 * navigation, and whether the visitor is signed in or the secretariat, to choose the
 * navigation. Pages ask {@code ${signedIn}} and {@code ${secretariat}} rather than
 * {@code sec:authorize}: each {@code sec:authorize} looks up the security expression
 * handler among all beans and parses its expression anew, which was a fifth of a group
 * page's time.
 */
@ControllerAdvice
class LayoutModel {

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	/**
	 * What {@code isAuthenticated()} says, from the same security context, error pages
	 * included.
	 */
	@ModelAttribute("signedIn")
	boolean signedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
	}

	/** What {@code hasRole('SECRETARIAT')} says. */
	@ModelAttribute("secretariat")
	boolean secretariat() {
		return hasRole("ROLE_SECRETARIAT");
	}

	/**
	 * What {@code hasRole('COUNCIL_SECRETARY')} says: the front page shows what waits for
	 * their council.
	 */
	@ModelAttribute("councilSecretary")
	boolean councilSecretary() {
		return hasRole("ROLE_COUNCIL_SECRETARY");
	}

	private boolean hasRole(String role) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return signedIn() && authentication.getAuthorities()
			.stream()
			.anyMatch(authority -> role.equals(authority.getAuthority()));
	}

}
