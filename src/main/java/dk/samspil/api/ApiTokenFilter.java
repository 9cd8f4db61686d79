package dk.samspil.api;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads the token of an API call ({@code Authorization: Bearer …}). Without one the call
 * goes on anonymously; with one that is unknown, revoked or not sent as a bearer token it
 * stops at 401, so a client learns that its token no longer works rather than quietly
 * seeing less.
 */
class ApiTokenFilter extends OncePerRequestFilter {

	private static final String BEARER = "Bearer ";

	private final ApiCallers callers;

	private final ApiProblems problems;

	ApiTokenFilter(ApiCallers callers, ApiProblems problems) {
		this.callers = callers;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null) {
			chain.doFilter(request, response);
			return;
		}
		if (!header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			problems.write(request, response, HttpStatus.UNAUTHORIZED,
					"Send the API token as 'Authorization: Bearer <token>'.");
			return;
		}
		Optional<ApiCaller> caller = callers.forToken(header.substring(BEARER.length()).strip());
		if (caller.isEmpty()) {
			problems.write(request, response, HttpStatus.UNAUTHORIZED,
					"The API token is unknown or has been revoked; ask the secretariat for a new one.");
			return;
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(new PreAuthenticatedAuthenticationToken(caller.get(), null,
				List.of(new SimpleGrantedAuthority("SCOPE_read"))));
		SecurityContextHolder.setContext(context);
		chain.doFilter(request, response);
	}

}
