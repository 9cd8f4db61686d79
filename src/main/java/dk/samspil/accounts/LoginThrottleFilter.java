package dk.samspil.accounts;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stands in front of the login form's own filter (and behind the CSRF check): a sign-in
 * the throttle refuses goes back to the login page with the reason, and its password is
 * never looked at. Not a bean, so that the servlet container does not also run it outside
 * the security filters.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

	/** The request the login form's own filter handles: the form posts to its page. */
	private static final RequestMatcher SIGN_IN = PathPatternRequestMatcher.withDefaults()
		.matcher(HttpMethod.POST, SecurityConfiguration.LOGIN);

	private final LoginThrottle throttle;

	LoginThrottleFilter(LoginThrottle throttle) {
		this.throttle = throttle;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !SIGN_IN.matches(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var refusal = throttle.admit(LoginAttempt.of(request));
		if (refusal.isPresent()) {
			String page = SecurityConfiguration.LOGIN + "?" + refusal.get().parameter();
			response.sendRedirect(request.getContextPath() + page);
			return;
		}
		chain.doFilter(request, response);
	}

}
