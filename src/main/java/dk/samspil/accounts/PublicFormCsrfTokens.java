package dk.samspil.accounts;

import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * The public consultation's response form and receipt keep their CSRF token in a cookie
 * (the token sent with the form must match the cookie, which another site can neither
 * read nor set), so a citizen's response needs no session: no session row is read and
 * written for every response. Every other page keeps the token in the session.
 */
class PublicFormCsrfTokens implements CsrfTokenRepository {

	/** The response form and the receipt with its withdrawal. */
	private static final Pattern PUBLIC_FORMS = Pattern
		.compile("/consultations/(\\d+/respond|responses/[^/]+(/withdraw)?)");

	private final CookieCsrfTokenRepository cookie = new CookieCsrfTokenRepository();

	private final HttpSessionCsrfTokenRepository session = new HttpSessionCsrfTokenRepository();

	PublicFormCsrfTokens() {
		cookie.setCookieName("SAMSPIL-FORM-CSRF");
		cookie.setCookieCustomizer(c -> c.sameSite("Lax"));
	}

	@Override
	public CsrfToken generateToken(HttpServletRequest request) {
		return repository(request).generateToken(request);
	}

	@Override
	public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
		repository(request).saveToken(token, request, response);
	}

	@Override
	public CsrfToken loadToken(HttpServletRequest request) {
		return repository(request).loadToken(request);
	}

	private CsrfTokenRepository repository(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return PUBLIC_FORMS.matcher(path).matches() ? cookie : session;
	}

}
